import { describe, expect, it } from 'vitest';
import { historyHtml } from '../../../../src/lib/moderation/historyView.ts';
import { queueLabels } from '../../../../src/lib/moderation/queueLabels.ts';
import { strings } from '../../../../src/strings.ts';

const m = strings.moderation;
const labels = queueLabels();
const h = m.queue.history;

describe('moderation history markup', () => {
  it('lists every decision with what, why, who and when, in German', () => {
    const html = historyHtml(
      {
        log: [
          { action: 'approve', reason: null, moderatorName: 'Lena Hoffmann', createdAt: '2026-11-25T10:00:00.000Z' },
          { action: 'reported', reason: 'insult', moderatorName: null, createdAt: '2026-11-25T11:00:00.000Z' },
          { action: 'reject', reason: 'insult', moderatorName: 'Deniz', createdAt: '2026-11-25T12:00:00.000Z' },
        ],
        edits: [],
      },
      labels,
    );
    expect(html).toContain(`25.11.2026, 11:00</time> · ${h.actions.approve} · von Lena Hoffmann</li>`);
    expect(html).toContain(`25.11.2026, 12:00</time> · ${h.actions.reported} (${m.rejectReasons.insult})</li>`);
    expect(html).toContain(`${h.actions.reject} (${m.rejectReasons.insult}) · von Deniz</li>`);
    expect(html).not.toContain(h.previousHeading);
  });

  it('shows earlier texts as text, never as markup', () => {
    const html = historyHtml({ log: [], edits: [{ previousBody: '<img src=x onerror=alert(1)> **alt**', moderatorName: '<b>Mod</b>', createdAt: '2026-11-25T10:00:00.000Z' }] }, labels);
    expect(html).toContain(h.empty);
    expect(html).toContain(h.previousHeading);
    expect(html).toContain('<blockquote>&lt;img src=x onerror=alert(1)&gt; **alt**</blockquote>');
    expect(html).toContain('von &lt;b&gt;Mod&lt;/b&gt;');
    expect(html).not.toContain('<img');
  });

  it('marks the author’s own edits and their entries in the log', () => {
    const html = historyHtml(
      {
        log: [{ action: 'author-edit', reason: null, moderatorName: null, createdAt: '2026-11-25T10:05:00.000Z' }],
        edits: [{ previousBody: 'Erste Fassung', moderator: null, moderatorName: null, createdAt: '2026-11-25T10:05:00.000Z' }],
      },
      labels,
    );
    expect(html).toContain(`· ${h.actions['author-edit']}</li>`);
    expect(html).toContain(`</time> · ${h.byAuthor}<blockquote>Erste Fassung</blockquote>`);
  });
});
