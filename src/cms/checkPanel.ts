import { createElement as h, useEffect, useState } from 'react';
import { postIdFromPath } from '../lib/postId.ts';
import { strings } from '../strings.ts';

const t = strings.cms.panel;
const REFRESH_MS = 3000;

interface Report {
  text: string;
  preview: string;
  blocksBuild: boolean;
}

/** The post open in the editor, from Keystatic's address (…/collection/posts/item/2026%2Fname). */
function openPostId(): string | undefined {
  const slug = /\/collection\/posts\/item\/([^/?#]+)/.exec(window.location.pathname)?.[1];
  return slug ? postIdFromPath(decodeURIComponent(slug)) : undefined;
}

function CheckPanel() {
  const [report, setReport] = useState<Report | 'failed' | undefined>();
  const id = openPostId();
  useEffect(() => {
    if (!id) return;
    let stopped = false;
    // The report is the saved file's, so it is fetched again while the page is open (cheap: one dev-server request).
    const load = async () => {
      let result: Report | 'failed';
      try {
        const response = await fetch(`/redaktion/pruefung/${encodeURIComponent(id)}/`);
        result = response.ok ? ((await response.json()) as Report) : 'failed';
      } catch {
        result = 'failed';
      }
      if (!stopped) setReport(result);
    };
    load();
    const timer = setInterval(() => document.visibilityState === 'visible' && load(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id]);
  const body = !id
    ? h('p', null, t.unsaved)
    : report === 'failed'
      ? h('p', { role: 'alert' }, t.failed)
      : report
        ? h('pre', { 'data-check-report': '', style: { whiteSpace: 'pre-wrap', font: '12px/1.45 ui-monospace, monospace', margin: 0 } }, report.text)
        : null;
  return h(
    'section',
    { 'aria-label': t.title, style: { border: '1px solid #c8c8c8', borderRadius: 6, padding: 12, font: '14px/1.4 system-ui, sans-serif' } },
    h('strong', null, t.title),
    h('p', { style: { margin: '4px 0 8px', color: '#555' } }, t.intro),
    body,
    report && report !== 'failed'
      ? h('p', { style: { margin: '8px 0 0', display: 'flex', gap: 12 } },
          h('a', { href: report.preview, target: '_blank' }, t.preview),
          h('a', { href: '/redaktion/', target: '_blank' }, t.dashboard))
      : null,
  );
}

/**
 * A panel in the editor's form that shows the checklist report of the open
 * post: a form field that stores nothing (its value is never written to the
 * file), because Keystatic offers no other place for custom UI beside a post.
 */
export function checkPanelField() {
  return {
    kind: 'form' as const,
    label: t.title,
    Input: CheckPanel,
    defaultValue: () => null,
    parse: () => null,
    serialize: () => ({ value: undefined }),
    validate: (value: null) => value,
    reader: { parse: () => null },
  };
}
