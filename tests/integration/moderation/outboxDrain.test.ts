import { beforeEach, describe, expect, it } from 'vitest';
import { drainOutbox, enqueueMail } from '../../../functions/mail/outbox.ts';
import type { OutgoingMail } from '../../../functions/mail/transport.ts';
import { DATABASE_KINDS, useOpenDatabase } from '../../support/testDatabase.ts';

const NOW = new Date('2026-11-25T12:00:00Z');

describe.each(DATABASE_KINDS)('outbox drain on %s', (kind) => {
  const open = useOpenDatabase(kind);
  beforeEach(() => open.db.deleteFrom('outbox').execute());

  async function queue(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      await enqueueMail(open.db, { kind: 'test', to: `leser${i}@example.org`, subject: `Mail ${i}`, text: 'Text', html: '<p>Text</p>' }, new Date(NOW.getTime() - 1000 + i));
    }
  }

  it('sends a backlog larger than one batch in one run, each mail once', async () => {
    await queue(7);
    const sent: string[] = [];
    expect(await drainOutbox(open.db, async (mail) => void sent.push(mail.subject), 'from@example.org', () => NOW, 3)).toBe(7);
    expect(sent).toEqual(['Mail 0', 'Mail 1', 'Mail 2', 'Mail 3', 'Mail 4', 'Mail 5', 'Mail 6']);
    expect(await drainOutbox(open.db, async (mail) => void sent.push(mail.subject), 'from@example.org', () => NOW, 3)).toBe(0);
  });

  it('tries a failing mail once per run and goes on with the rest', async () => {
    await queue(5);
    const tried: string[] = [];
    const send = async (mail: OutgoingMail) => {
      tried.push(mail.subject);
      if (mail.subject === 'Mail 1') throw new Error('421 try again later');
    };
    expect(await drainOutbox(open.db, send, 'from@example.org', () => NOW, 2)).toBe(4);
    expect(tried).toEqual(['Mail 0', 'Mail 1', 'Mail 2', 'Mail 3', 'Mail 4']);
    const failed = await open.db.selectFrom('outbox').select(['subject', 'status', 'attempts', 'last_error']).where('status', '!=', 'sent').execute();
    expect(failed).toEqual([{ subject: 'Mail 1', status: 'pending', attempts: 1, last_error: '421 try again later' }]);
  });
});
