import { spawn, type ChildProcess } from 'node:child_process';
import type { SinkCommand, SinkEvent } from './smtpSink.ts';

type Report = Extract<SinkEvent, { type: 'report' }>;

/** The benchmark's side of `smtpSink.ts`: starts the process and talks to it. */
export class SmtpSink {
  readonly #child: ChildProcess;
  readonly #waiting = new Map<SinkEvent['type'], (event: SinkEvent) => void>();
  #onStopped: ((accepted: number) => void) | undefined;
  port = 0;

  private constructor(child: ChildProcess) {
    this.#child = child;
    child.on('message', (event: SinkEvent) => {
      if (event.type === 'stopped') this.#onStopped?.(event.accepted);
      const resolve = this.#waiting.get(event.type);
      this.#waiting.delete(event.type);
      resolve?.(event);
    });
  }

  /** Starts the sink process and its server on a free loopback port. */
  static async start(): Promise<SmtpSink> {
    const child = spawn(process.execPath, ['bench/moderation/smtpSink.ts'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const sink = new SmtpSink(child);
    child.once('exit', (code) => code && console.error(`SMTP sink exited with ${code}`));
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  #ask<T extends SinkEvent['type']>(command: SinkCommand, answer: T): Promise<Extract<SinkEvent, { type: T }>> {
    return new Promise((resolve) => {
      this.#waiting.set(answer, resolve as (event: SinkEvent) => void);
      this.#child.send(command);
    });
  }

  /** Starts (again) on the same port; resolves once it accepts connections. */
  async listen(): Promise<void> {
    this.port = (await this.#ask({ type: 'start' }, 'listening')).port;
  }

  /** Forgets the counts; with `stopAfter`, the server stops by itself after that many mails and calls `onStopped`. */
  async reset(stopAfter?: number, onStopped?: (accepted: number) => void): Promise<void> {
    this.#onStopped = onStopped;
    await this.#ask({ type: 'reset', stopAfter }, 'reset');
  }

  /** How often each marker and Message-ID arrived since the last reset. */
  async report(): Promise<{ accepted: number; markers: Map<string, number>; messageIds: Map<string, number>; unmarked: number }> {
    const report: Report = await this.#ask({ type: 'report' }, 'report');
    return { accepted: report.accepted, markers: new Map(report.markers), messageIds: new Map(report.messageIds), unmarked: report.unmarked };
  }

  /** Ends the sink process. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.#child.exitCode !== null || !this.#child.connected) return resolve();
      this.#child.once('exit', () => resolve());
      this.#child.disconnect();
    });
  }
}
