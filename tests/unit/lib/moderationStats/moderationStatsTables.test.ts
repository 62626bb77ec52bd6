import { describe, expect, it } from 'vitest';
import { moderationStatsLabels } from '../../../../src/lib/moderationStats/moderationStatsLabels.ts';
import { moderationStatsTables } from '../../../../src/lib/moderationStats/moderationStatsTables.ts';
import { strings } from '../../../../src/strings.ts';

const labels = moderationStatsLabels();

describe('lib/moderationStats/moderationStatsTables', () => {
  const [statuses, reasons] = moderationStatsTables(
    { month: '2026-11', comments: { approved: 1200, pending: 3, rejected: 4, spam: 0 }, rejectReasons: { insult: 3, advertising: 1 } },
    labels,
  );

  it('shows the month’s comments by status with German labels, German numbers and a total', () => {
    expect(statuses).toEqual({
      caption: 'Kommentare aus November 2026, nach heutigem Stand',
      columns: ['Stand', 'Anzahl'],
      rows: [['Veröffentlicht', '1.200'], ['Wartet auf Freigabe', '3'], ['Abgelehnt', '4'], ['Als Spam aussortiert', '0']],
      total: ['Insgesamt', '1.207'],
    });
  });

  it('shows every guideline reason in the guidelines’ order, zero where nothing was rejected for it', () => {
    expect(reasons.caption).toBe('Ablehnungen im November 2026, nach Grund');
    expect(reasons.columns).toEqual(['Grund', 'Anzahl']);
    expect(reasons.rows).toEqual([
      [strings.moderation.rejectReasons.insult, '3'],
      [strings.moderation.rejectReasons['off-topic'], '0'],
      [strings.moderation.rejectReasons.unverifiable, '0'],
      [strings.moderation.rejectReasons.advertising, '1'],
      [strings.moderation.rejectReasons['personal-data'], '0'],
    ]);
    expect(reasons.total).toEqual(['Insgesamt', '4']);
  });
});
