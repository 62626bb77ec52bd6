// `npm run import -- <file>`: restores a file of `npm run export` into a database without comments (DATABASE_URL).
import { readFile } from 'node:fs/promises';
import { createServices } from '../functions/app/createServices.ts';
import { importComments, parseBackup } from '../functions/backup/commentsBackup.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';

try {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) throw new Error('Aufruf: npm run import -- <Datei aus npm run export>');
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} ist keine lesbare JSON-Datei: ${(error as Error).message}`);
  }
  const backup = parseBackup(data);
  const services = await createServices(await selfHostedConfig(process.env));
  try {
    console.log(`${await importComments(services.db, backup)} Kommentare importiert.`);
  } finally {
    await services.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
