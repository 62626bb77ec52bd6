import { describe, expect, it } from 'vitest';
import { fill } from '../../../../src/lib/fillPlaceholders.ts';
import { buttonsFor, queueCommentHtml, type QueueComment } from '../../../../src/lib/moderation/queueView.ts';
import { queueLabels } from '../../../../src/lib/moderation/queueLabels.ts';
import { strings } from '../../../../src/strings.ts';

const m = strings.moderation;
const labels = queueLabels();

const comment = (more: Partial<QueueComment> = {}): QueueComment => ({
  id: 'abc123',
  post: 'dark-patterns-einwilligung',
  postTitle: 'Dark Patterns',
  parent: null,
  name: 'Erika',
  email: 'erika@example.org',
  url: null,
  body: 'Guter Text',
  html: '<p>Guter Text</p>',
  status: 'pending',
  spamReasons: ['first-comment'],
  spamFilter: null,
  rejectReason: null,
  deleted: false,
  reports: 0,
  reportReasons: [],
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  ...more,
});

describe('moderation queue markup', () => {
  it('shows who, where, the text and why the comment waits, in German', () => {
    const html = queueCommentHtml(comment(), labels);
    expect(html).toContain('<strong class="mod-name">Erika</strong>');
    expect(html).toContain('erika@example.org');
    expect(html).toContain('href="/artikel/dark-patterns-einwilligung/#kommentar-abc123"');
    expect(html).toContain('>Dark Patterns</a>');
    expect(html).toContain('<p>Guter Text</p>');
    expect(html).toContain(m.spamReasons['first-comment']);
    expect(html).toContain('25.11.2026, 11:00');
  });

  it('offers the actions that fit the status', () => {
    const actions = (more: Partial<QueueComment>) => buttonsFor(comment(more)).map((button) => button.label);
    expect(actions({ status: 'pending' })).toEqual(['approve', 'reject', 'spam', 'delete']);
    expect(actions({ status: 'spam' })).toEqual(['ham', 'delete']);
    expect(actions({ status: 'approved' })).toEqual(['reject', 'spam', 'delete']);
    // A published comment readers reported can be kept: approved again, the reports handled.
    expect(actions({ status: 'approved', reports: 1 })).toEqual(['keep', 'reject', 'spam', 'delete']);
    expect(buttonsFor(comment({ status: 'approved', reports: 1 }))[0]).toEqual({ action: 'approve', label: 'keep' });
    const html = queueCommentHtml(comment({ status: 'approved' }), labels);
    expect(html).not.toContain('data-action="approve"');
    expect(html).toContain('data-action="reject"');
    for (const reason of Object.values(m.rejectReasons)) expect(html).toContain(`>${reason}</option>`);
  });

  it('escapes everything the commenter wrote except the sanitized text', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const html = queueCommentHtml(comment({ id: 'x"y', name: evil, email: `${evil}@x.de`, url: `https://x.de/${evil}`, postTitle: evil, spamReasons: [evil] }), labels);
    expect(html).not.toContain('<img');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('data-id="x&quot;y"');
  });

  it('links only http(s) websites', () => {
    expect(queueCommentHtml(comment({ url: 'javascript:alert(1)' }), labels)).not.toContain('javascript:');
    expect(queueCommentHtml(comment({ url: 'https://example.org/' }), labels)).toContain('href="https://example.org/" rel="nofollow noopener noreferrer ugc"');
  });

  it('says how often a comment was reported and why it was rejected', () => {
    const html = queueCommentHtml(comment({ status: 'rejected', reports: 3, reportReasons: ['advertising', 'insult'], rejectReason: 'insult', spamReasons: [] }), labels);
    expect(html).toContain(`3× gemeldet: ${m.rejectReasons.advertising}, ${m.rejectReasons.insult}`);
    expect(html).toContain(fill(m.queue.rejectedFor, { reason: m.rejectReasons.insult }));
  });

  it('offers an edit form with the text as written, escaped, except for a deleted comment', () => {
    const html = queueCommentHtml(comment({ body: '</textarea><script>x</script> **fett**' }), labels);
    expect(html).toContain('<textarea id="m-abc123-text" name="body" rows="6" maxlength="5000" aria-describedby="m-abc123-fehler">&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt; **fett**</textarea>');
    expect(html).toContain('<button type="button" data-edit aria-expanded="false" aria-controls="m-abc123-bearbeiten">');
    const deleted = queueCommentHtml(comment({ deleted: true }), labels);
    expect(deleted).not.toContain('mod-edit');
    expect(deleted).not.toContain('data-edit');
  });

});
