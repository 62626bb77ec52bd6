import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FeatureCounts, ModelTotals } from './bayes.ts';
import { readFeatureChanges, TOTALS_FEATURE } from './filterQueries.ts';
import type { ModelView } from './localFilter.ts';

/**
 * The filter's counts, held in memory and kept in step with the database:
 * before each use, one indexed query fetches the rows whose generation is
 * newer than the newest one seen. Rows carry absolute counts, so reading a
 * row twice does no harm, and every instance sees every other's training.
 */
export class FilterModel implements ModelView {
  private readonly counts = new Map<string, FeatureCounts>();
  private generation = -1;
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
    const rows = await readFeatureChanges(db, this.generation);
    for (const row of rows) {
      if (row.feature === TOTALS_FEATURE) this.totals = { spamDocs: row.spam, hamDocs: row.ham };
      else this.counts.set(row.feature, { spam: row.spam, ham: row.ham });
      if (row.generation > this.generation) this.generation = row.generation;
    }
  }

  /** Features the model knows (for tests and the benchmark's report). */
  get size(): number {
    return this.counts.size;
  }
}
