// `npm run moderator -- add <email> [--name …] [--password-stdin] | list | remove <email> | reset <email> [--password-stdin]`
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { createServices } from '../functions/app/createServices.ts';
import {
  addModerator,
  clearModeratorPassword,
  findModeratorByEmail,
  listModerators,
  removeModerator,
  setModeratorPassword,
  setPasswordLink,
} from '../functions/moderation/moderators.ts';
import { passwordMessage } from '../functions/moderation/password.ts';
import { selfHostedConfig } from '../functions/selfhost/selfHostedConfig.ts';
import { strings } from '../src/strings.ts';

const messages = strings.moderation.cli;

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  // One line: the trailing newline of `echo` or a here-string is not part of the password.
  return text.replace(/\r?\n$/, '');
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, 'password-stdin': { type: 'boolean' } } });
  const [command, email] = positionals;
  if (!command || !['add', 'list', 'remove', 'reset'].includes(command) || (command !== 'list' && !email)) throw new UsageError(messages.usage);
  if (email !== undefined && !z.email().safeParse(email.trim()).success) throw new UsageError(messages.invalidEmail(email));
  const password = values['password-stdin'] ? await readStdin() : undefined;
  if (password !== undefined) {
    const problem = passwordMessage(password);
    if (problem) throw new UsageError(problem);
  }

  const config = await selfHostedConfig(process.env);
  const services = await createServices(config);
  const now = new Date();
  try {
    if (command === 'list') {
      const all = await listModerators(services.db);
      console.log(all.length === 0 ? messages.none : all.map((m) => messages.row(m.email, m.name, m.hasPassword)).join('\n'));
      return;
    }
    if (command === 'remove') {
      if (!(await removeModerator(services.db, email!))) throw new UsageError(messages.unknown(email!));
      console.log(messages.removed(email!));
      return;
    }
    let moderator = await findModeratorByEmail(services.db, email!);
    if (command === 'add') {
      if (moderator) throw new UsageError(messages.exists(email!));
      const added = await addModerator(services.db, email!, values.name ?? '', now);
      if (!added) throw new UsageError(messages.exists(email!));
      console.log(messages.added(added.email));
    } else {
      if (!moderator) throw new UsageError(messages.unknown(email!));
      await clearModeratorPassword(services.db, moderator.id, now);
      console.log(messages.reset(moderator.email));
    }
    moderator = await findModeratorByEmail(services.db, email!);
    if (password !== undefined) {
      await setModeratorPassword(services.db, moderator!.id, password, now);
      console.log(messages.passwordSet(moderator!.email));
    } else {
      console.log(messages.link(await setPasswordLink(services.db, config.secret, config.siteUrl, moderator!.id, now)));
    }
  } finally {
    await services.close();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
