import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Transporter } from 'nodemailer';
import { startOnce } from '../app/startOnce.ts';

/** One mail as the outbox hands it to a transport. */
export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Delivers one mail; throws when it was not accepted. */
export type MailTransport = (mail: OutgoingMail) => Promise<void>;

/** How long an SMTP server may take for one mail. */
const SMTP_TIMEOUT_MS = 15_000;

function message(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    // The outbox id as Message-ID: a retried mail keeps its id, so a receiver can drop a second copy.
    messageId: `<${mail.id}@klartext.outbox>`,
  };
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set (a connection per mail, so
 * no idle socket outlives a mail server's restart; `?pool=true` in the URL
 * keeps connections open for high volume, see README);
 * otherwise each mail becomes `<dataDir>/outbox/<id>.eml`, so a fresh
 * checkout works without a mail server and nothing is lost.
 * nodemailer is loaded with the first mail, not on every start: most calls of a
 * serverless instance send none (docs/deploy.md).
 */
export function createMailTransport(options: { smtpUrl?: string; dataDir: string }): { send: MailTransport; close: () => void } {
  let transporter: Transporter | undefined;
  const ready = startOnce(async () => {
    const { default: nodemailer } = await import('nodemailer');
    transporter = options.smtpUrl
      ? nodemailer.createTransport({
          url: options.smtpUrl,
          connectionTimeout: SMTP_TIMEOUT_MS,
          greetingTimeout: SMTP_TIMEOUT_MS,
          socketTimeout: SMTP_TIMEOUT_MS,
        } as Parameters<typeof nodemailer.createTransport>[0])
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    return transporter;
  });
  const close = () => transporter?.close();
  if (options.smtpUrl) {
    return {
      send: async (mail) => {
        await (await ready()).sendMail(message(mail));
      },
      close,
    };
  }
  const folder = resolve(join(options.dataDir, 'outbox'));
  return {
    send: async (mail) => {
      const info = await (await ready()).sendMail(message(mail));
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, `${mail.id}.eml`), info.message as Buffer);
    },
    close,
  };
}
