import { describe, expect, it } from 'vitest';
import { dataRequestAnswer } from '../../../../src/lib/privacy/dataRequestAnswer.ts';
import { strings } from '../../../../src/strings.ts';

const labels = { requested: strings.moderation.dataAccess.requested, invalidEmail: strings.commentFields.invalidEmail, rateLimited: strings.dataRequest.rateLimited, failed: strings.dataRequest.failed };

describe('lib/privacy/dataRequestAnswer', () => {
  it('says the same for every valid address: a mail is on its way if there are comments', () => {
    expect(dataRequestAnswer(202, { sent: true }, labels)).toEqual({ ok: true, message: labels.requested });
  });

  it('shows the service’s message for the e-mail field and names the field', () => {
    expect(dataRequestAnswer(400, { code: 'invalid-input', fields: { email: 'Bitte eine gültige E-Mail-Adresse angeben.' } }, labels)).toEqual({ ok: false, message: 'Bitte eine gültige E-Mail-Adresse angeben.', field: 'email' });
  });

  it('asks to wait when rate-limited, and fails in German for anything else', () => {
    expect(dataRequestAnswer(429, { code: 'rate-limited' }, labels).message).toBe(labels.rateLimited);
    expect(dataRequestAnswer(404, null, labels).message).toBe(labels.failed);
    expect(dataRequestAnswer(500, { code: 'internal', error: 'Ihr Kommentar …' }, labels).message).toBe(labels.failed);
  });
});
