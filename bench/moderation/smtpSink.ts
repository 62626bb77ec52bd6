/**
 * The moderation benchmark's mail server: smtp-server on 127.0.0.1 in its own
 * process (`node bench/moderation/smtpSink.ts`, started with an IPC channel),
 * so receiving mail does not share the sender's event loop. It counts every
 * mail by its per-mail marker (`X-Bench-Mail`) and Message-ID, and can stop
 * after a given number of mails and start again on the same port, to play an
 * outage. Messages: see SinkCommand and SinkEvent.
 */
import { SMTPServer } from 'smtp-server';

/** What the benchmark tells the sink. */
export type SinkCommand =
  /** Forget the counts; stop by itself after accepting `stopAfter` mails (none: never). */
  | { type: 'reset'; stopAfter?: number }
  | { type: 'start' }
  | { type: 'report' };

/** What the sink tells the benchmark. */
export type SinkEvent =
  | { type: 'listening'; port: number }
  | { type: 'stopped'; accepted: number }
  | { type: 'reset' }
  | { type: 'report'; accepted: number; markers: [string, number][]; messageIds: [string, number][]; unmarked: number };

/** How long connections open at a stop may finish their mail before they get 421 and are closed. */
const CLOSE_GRACE_MS = 100;

const send = (event: SinkEvent) => process.send!(event);

let port = 0;
let server: SMTPServer | undefined;
let stopAfter = Number.POSITIVE_INFINITY;
let accepted = 0;
let unmarked = 0;
let markers = new Map<string, number>();
let messageIds = new Map<string, number>();

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** A header's value from the raw message's header block (unfolded), or undefined. */
function header(raw: string, name: string): string | undefined {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(block);
  return match?.[1]?.trim();
}

function stop(): void {
  const closing = server;
  server = undefined;
  // Stops accepting at once; open connections get CLOSE_GRACE_MS, then 421 and a closed socket.
  closing?.close(() => undefined);
  send({ type: 'stopped', accepted });
}

function start(): Promise<void> {
  const instance = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: CLOSE_GRACE_MS,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const marker = header(raw, 'X-Bench-Mail');
        const messageId = header(raw, 'Message-ID');
        if (marker) bump(markers, marker);
        else unmarked++;
        if (messageId) bump(messageIds, messageId);
        accepted++;
        // Accepted (250) before the stop, as a real server finishes the mail it has.
        callback();
        if (accepted === stopAfter && server === instance) stop();
      });
    },
  });
  return new Promise((resolve, reject) => {
    instance.once('error', reject);
    instance.listen(port, '127.0.0.1', () => {
      port = (instance.server.address() as { port: number }).port;
      server = instance;
      resolve();
    });
  });
}

process.on('message', (command: SinkCommand) => {
  if (command.type === 'reset') {
    stopAfter = command.stopAfter ?? Number.POSITIVE_INFINITY;
    accepted = 0;
    unmarked = 0;
    markers = new Map();
    messageIds = new Map();
    send({ type: 'reset' });
  } else if (command.type === 'start') {
    start().then(
      () => send({ type: 'listening', port }),
      (error: Error) => {
        console.error(`SMTP sink: ${error.message}`);
        process.exit(1);
      },
    );
  } else if (command.type === 'report') {
    send({ type: 'report', accepted, markers: [...markers], messageIds: [...messageIds], unmarked });
  }
});
// The benchmark ends the sink by closing the channel (or by its own exit).
process.on('disconnect', () => process.exit(0));
