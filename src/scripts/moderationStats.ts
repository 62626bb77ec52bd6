/**
 * "Moderation in Zahlen" on /leitlinien/: fetches the current month's counts
 * from the comment service and lets readers step back through earlier months.
 * Without this script, or without the service, the page keeps its text.
 */
import { parseModerationStats, formatMonth, shiftMonth } from '../lib/moderationStats/moderationStats.ts';
import { moderationStatsTables, type ModerationStatsLabels, type StatsTable } from '../lib/moderationStats/moderationStatsTables.ts';
import { fill } from '../lib/fillPlaceholders.ts';

type Labels = ModerationStatsLabels & { loading: string; loadFailed: string; shown: string };

const section = document.querySelector<HTMLElement>('.moderation-stats');
if (section) setUp(section);

function setUp(section: HTMLElement): void {
  const labels = JSON.parse(section.dataset.labels!) as Labels;
  const nav = section.querySelector<HTMLElement>('.stats-nav')!;
  const previous = nav.querySelector<HTMLButtonElement>('.stats-previous')!;
  const next = nav.querySelector<HTMLButtonElement>('.stats-next')!;
  const status = section.querySelector<HTMLElement>('.stats-status')!;
  const tables = section.querySelector<HTMLElement>('.stats-tables')!;
  const reasons = labels.reasons.map(([code]) => code);
  // The service's clock decides which month is the current one; its first answer tells.
  let current: string | undefined;
  let shown: string | undefined;
  let busy = false;

  async function show(month?: string): Promise<void> {
    if (busy) return;
    busy = true;
    status.textContent = labels.loading;
    try {
      const res = await fetch(`/api/moderation-stats${month ? `?month=${month}` : ''}`, { headers: { Accept: 'application/json' } });
      const stats = res.ok ? parseModerationStats(await res.json(), reasons) : undefined;
      if (!stats) throw new Error(String(res.status));
      current ??= stats.month;
      shown = stats.month;
      tables.replaceChildren(...moderationStatsTables(stats, labels).map(tableElement));
      status.textContent = fill(labels.shown, { month: formatMonth(stats.month) });
      nav.hidden = false;
    } catch {
      status.textContent = labels.loadFailed;
    } finally {
      busy = false;
      const focused = document.activeElement === next;
      next.disabled = shown === current;
      // A disabled button drops the keyboard focus; hand it to the other one.
      if (focused && next.disabled) previous.focus();
    }
  }

  previous.addEventListener('click', () => void show(shiftMonth(shown!, -1)));
  next.addEventListener('click', () => void show(shiftMonth(shown!, 1)));
  void show();
}

function tableElement(table: StatsTable): HTMLTableElement {
  const element = document.createElement('table');
  element.className = 'stats-table';
  element.createCaption().textContent = table.caption;
  const row = (section: HTMLTableSectionElement, [label, count]: [string, string], header = false) => {
    const tr = section.insertRow();
    const th = document.createElement('th');
    th.scope = header ? 'col' : 'row';
    th.textContent = label;
    const td = document.createElement(header ? 'th' : 'td');
    if (header) (td as HTMLTableCellElement).scope = 'col';
    td.textContent = count;
    tr.append(th, td);
  };
  row(element.createTHead(), table.columns, true);
  const body = element.createTBody();
  for (const entry of table.rows) row(body, entry);
  row(element.createTFoot(), table.total);
  return element;
}
