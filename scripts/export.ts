// `npm run export [-- <file>]`: every comment as JSON (to the file, or to stdout) — a backup `npm run import` restores.
import { writeFile } from 'node:fs/promises';
import { createServices } from '../functions/app/createServices.ts';
import { exportComments } from '../functions/backup/commentsBackup.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';

try {
  const services = await createServices(await selfHostedConfig(process.env));
  try {
    const backup = await exportComments(services.db, new Date());
    const json = `${JSON.stringify(backup, null, 2)}\n`;
    const file = process.argv[2];
    if (file) {
      await writeFile(file, json);
      console.error(`${backup.comments.length} Kommentare nach ${file} exportiert.`);
    } else {
      process.stdout.write(json);
    }
  } finally {
    await services.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
