// A process that opens DATABASE_URL as the service does, says "ready", and migrates when it reads a line
// on stdin: tests start several and release them together, as several instances starting at once would.
import { createInterface } from 'node:readline';
import { migrateToLatest } from '../../functions/db/migrate.ts';
import { openDatabase } from '../../functions/db/openDatabase.ts';

const { db } = await openDatabase(process.env.DATABASE_URL!);
console.log('ready');
await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
try {
  console.log(JSON.stringify(await migrateToLatest(db)));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.destroy();
  process.stdin.destroy();
}
