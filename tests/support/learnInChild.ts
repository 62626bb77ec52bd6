/**
 * Another instance of the service, as a process of its own: opens the
 * database, learns from one comment, prints whether the model changed.
 * `node tests/support/learnInChild.ts <DATABASE_URL> <comment id>`; it waits
 * for a line on stdin before learning, so the test can start two at once.
 */
import { createInterface } from 'node:readline';
import { openDatabase } from '../../functions/db/openDatabase.ts';
import { learnFromComment } from '../../functions/spam/trainFilter.ts';

const [url, id] = process.argv.slice(2) as [string, string];
const { db } = await openDatabase(url);
const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
console.log('ready');
await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
console.log(String(await learnFromComment(db, row, new Date())));
await db.destroy();
process.exit(0);
