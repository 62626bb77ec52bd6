import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FeatureCounts, ModelTotals } from './bayes.ts';
import { FORGOTTEN_FEATURE, readFeatureChanges, TOTALS_FEATURE } from './filterQueries.ts';
import type { ModelView } from './localFilter.ts';

/**
 * The filter's counts, held in memory and kept in step with the database:
 * before each use, one indexed query fetches the rows whose generation is
 * newer than the newest one seen. Rows carry absolute counts, so reading a
 * row twice does no harm, and every instance sees every other's training.
 * Rows of features that fell back to 0/0 are deleted (filterQueries.ts); as a
 * deleted row cannot be read by generation, a change of the deletion count
 * (FORGOTTEN_FEATURE) makes the next refresh read the whole model again, so a
 * forgotten word leaves every instance's memory too.
 */
export class FilterModel implements ModelView {
  private readonly counts = new Map<string, FeatureCounts>();
  private generation = -1;
  /** Deletions seen so far (FORGOTTEN_FEATURE's count); null before the first read. */
  private forgotten: number | null = null;
  totals: ModelTotals = { spamDocs: 0, hamDocs: 0 };

  readonly countsOf = (feature: string): FeatureCounts | undefined => this.counts.get(feature);

  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  /**
   * Reads what changed since the last call (everything the first time). Reads
   * never overlap: one that started earlier could otherwise write older counts
   * over newer ones. A call during a read waits for it and then reads again
   * (callers arriving meanwhile share that second read).
   */
  refresh(db: Kysely<Database>): Promise<void> {
    if (!this.running) {
      this.running = this.load(db).finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.refresh(db);
    });
    return this.queued;
  }

  private async load(db: Kysely<Database>): Promise<void> {
    let rows = await readFeatureChanges(db, this.generation);
    const forgotten = rows.find((row) => row.feature === FORGOTTEN_FEATURE);
    if (forgotten && this.forgotten !== null && forgotten.spam !== this.forgotten) {
      // Rows were deleted since the last read: which ones, only a full read tells.
      rows = await readFeatureChanges(db, -1);
      this.counts.clear();
    }
    for (const row of rows) {
      if (row.feature === TOTALS_FEATURE) this.totals = { spamDocs: row.spam, hamDocs: row.ham };
      else if (row.feature === FORGOTTEN_FEATURE) this.forgotten = row.spam;
      else this.counts.set(row.feature, { spam: row.spam, ham: row.ham });
      if (row.generation > this.generation) this.generation = row.generation;
    }
    this.forgotten ??= 0;
  }

  /** Features the model knows (for tests and the benchmark's report). */
  get size(): number {
    return this.counts.size;
  }
}
