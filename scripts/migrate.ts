// `npm run migrate`: brings DATABASE_URL's database to the newest schema (the server also does this on start).
import { migrateToLatest } from '../functions/db/migrate.ts';
import { openDatabase } from '../functions/db/openDatabase.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';

const config = await selfHostedConfig(process.env).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const { db, kind } = await openDatabase(config.databaseUrl, { poolMax: 1 });
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length ? `Migrationen angewendet (${kind}): ${applied.join(', ')}` : `Datenbank (${kind}) ist aktuell.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
