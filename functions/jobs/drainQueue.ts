import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import { afterFailure } from './backoff.ts';

/** The tables that are job queues; they share the columns status, attempts, next_attempt_at, last_error, sent_at. */
export type QueueTable = 'outbox' | 'akismet_feedback';

/**
 * Runs every due job of a queue once, oldest first, reading `batch` jobs at a
 * time until none is due (a backlog after an outage goes out in one run, not
 * 100 per timer tick). Each job is claimed with a conditional update
 * (`pending` → `sending`) before `run`, so two workers never run the same one;
 * success marks it `sent`, a failure puts it back with backoff (or `failed`
 * after the last attempt), so this run does not meet it again. Returns how
 * many succeeded.
 */
export async function drainQueue<T extends QueueTable>(
  db: Kysely<Database>,
  table: T,
  run: (job: Selectable<Database[T]>) => Promise<void>,
  now: () => Date,
  batch = 100,
): Promise<number> {
  let done = 0;
  for (;;) {
    const { read, succeeded } = await drainBatch(db, table, run, now, batch);
    done += succeeded;
    if (read < batch) return done;
  }
}

async function drainBatch<T extends QueueTable>(
  db: Kysely<Database>,
  table: T,
  run: (job: Selectable<Database[T]>) => Promise<void>,
  now: () => Date,
  batch: number,
): Promise<{ read: number; succeeded: number }> {
  // Both tables have the same queue columns; Kysely cannot type a query over a union of tables, so it is written for one.
  const queue = db as unknown as Kysely<{ queue: Database['outbox'] }>;
  const due = await queue
    .selectFrom(`${table} as queue` as 'queue')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now().toISOString())
    .orderBy('next_attempt_at')
    .orderBy('created_at')
    .limit(batch)
    .execute();
  let done = 0;
  for (const job of due) {
    const claim = await queue.updateTable(table as 'queue').set({ status: 'sending' }).where('id', '=', job.id).where('status', '=', 'pending').executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    const attempts = job.attempts + 1;
    try {
      await run(job as unknown as Selectable<Database[T]>);
      await queue.updateTable(table as 'queue').set({ status: 'sent', attempts, sent_at: now().toISOString(), last_error: null }).where('id', '=', job.id).execute();
      done++;
    } catch (error) {
      await queue
        .updateTable(table as 'queue')
        .set({ attempts, last_error: String((error as Error).message ?? error).slice(0, 500), ...afterFailure(attempts, now()) })
        .where('id', '=', job.id)
        .execute();
    }
  }
  return { read: due.length, succeeded: done };
}
