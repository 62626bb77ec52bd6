/**
 * The moderation page: login, the queue from GET /api/moderation/comments,
 * one-click and keyboard actions, filters, bulk actions. All words come from
 * the page (data-labels); all decisions about views, keys and markup live in
 * src/lib/moderation/ and are tested there.
 */
import { apiPathForView, pageCount, searchForView, viewFromSearch, QUEUE_TABS, type QueueView } from '../../lib/moderation/queueQuery.ts';
import { historyHtml, type CommentHistory } from '../../lib/moderation/historyView.ts';
import { fill } from '../../lib/fillPlaceholders.ts';
import { queueCommentHtml, type QueueAction, type QueueComment, type QueueLabels } from '../../lib/moderation/queueView.ts';
import { shortcutFor } from '../../lib/moderation/shortcuts.ts';

interface QueueAnswer {
  comments: QueueComment[];
  page: number;
  pageSize: number;
  total: number;
  counts: Record<string, number>;
}

interface Account {
  moderator: { email: string; name: string };
  csrfToken: string;
}

class SessionEnded extends Error {}

const root = document.getElementById('moderation');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const labels = JSON.parse(root.dataset.labels!) as QueueLabels;
  const t = labels.queue;
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const status = $<HTMLElement>('mod-status');
  const loginForm = $<HTMLFormElement>('mod-login');
  const loginError = $<HTMLElement>('mod-login-error');
  const app = $<HTMLElement>('mod-app');
  const list = $<HTMLOListElement>('mod-queue');
  const filters = $<HTMLFormElement>('mod-filters');
  const postSelect = $<HTMLSelectElement>('mod-post');
  const query = $<HTMLInputElement>('mod-q');
  const selectAll = $<HTMLInputElement>('mod-select-all');
  const selectedCount = $<HTMLElement>('mod-selected');
  const bulkReason = $<HTMLSelectElement>('mod-bulk-reason');
  const prev = $<HTMLAnchorElement>('mod-prev');
  const next = $<HTMLAnchorElement>('mod-next');

  let csrfToken = '';
  let view: QueueView = viewFromSearch(location.search);
  let articlesLoaded = false;

  const say = (text: string) => (status.textContent = text);

  /** A request to the service; changes carry the CSRF token. A 401 means the session is gone. */
  async function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(path, { method, headers, credentials: 'same-origin', body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    if (res.status === 401 && !path.startsWith('/api/auth/login')) {
      await res.body?.cancel();
      throw new SessionEnded();
    }
    return res;
  }

  function showLogin(message = ''): void {
    app.hidden = true;
    loginForm.hidden = false;
    say(message);
    (loginForm.elements.namedItem('email') as HTMLInputElement).focus();
  }

  async function showQueue(account: Account): Promise<void> {
    csrfToken = account.csrfToken;
    $('mod-who').textContent = fill(t.signedInAs, { name: account.moderator.name || account.moderator.email });
    loginForm.hidden = true;
    app.hidden = false;
    if (!articlesLoaded) await loadArticles();
    await loadQueue();
  }

  async function loadArticles(): Promise<void> {
    articlesLoaded = true;
    try {
      const res = await fetch('/comment-posts.json');
      const { posts } = (await res.json()) as { posts: { id: string; title: string }[] };
      for (const post of posts.sort((a, b) => a.title.localeCompare(b.title, 'de'))) postSelect.add(new Option(post.title, post.id));
    } catch {
      // The filter still offers "all articles"; the queue does not depend on it.
    }
  }

  /** Loads the current view; keeps the keyboard position at `focusIndex` when given. */
  async function loadQueue(focusIndex?: number): Promise<void> {
    postSelect.value = view.post;
    query.value = view.q;
    const res = await api(apiPathForView(view));
    if (!res.ok) throw new Error(String(res.status));
    const answer = (await res.json()) as QueueAnswer;
    render(answer);
    if (focusIndex !== undefined) cards()[Math.min(focusIndex, cards().length - 1)]?.focus();
  }

  function render(answer: QueueAnswer): void {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.mod-tabs a')) {
      const linkStatus = link.dataset.status!;
      if (linkStatus === view.status) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
      link.href = addressFor({ ...view, status: linkStatus as QueueView['status'], page: 1 });
    }
    for (const code of QUEUE_TABS) root.querySelector(`[data-count="${code}"]`)!.textContent = `(${answer.counts[code] ?? 0})`;
    list.innerHTML = answer.comments.map((comment) => queueCommentHtml(comment, labels)).join('');
    $('mod-total').textContent = answer.comments.length === 0 ? t.empty : fill(t.total, { n: answer.total });
    const pages = pageCount(answer.total, answer.pageSize);
    $('mod-page').textContent = fill(t.page, { page: view.page, pages });
    pageLink(prev, view.page > 1 ? view.page - 1 : 0);
    pageLink(next, view.page < pages ? view.page + 1 : 0);
    selectAll.checked = false;
    updateSelection();
    say('');
  }

  function pageLink(link: HTMLAnchorElement, page: number): void {
    link.hidden = page === 0;
    if (page) link.href = addressFor({ ...view, page });
  }

  function go(to: QueueView): void {
    view = to;
    history.pushState(null, '', addressFor(view));
    void guarded(() => loadQueue());
  }

  const cards = () => [...list.querySelectorAll<HTMLLIElement>('.mod-comment')];
  /** The API address of the comment a card shows. */
  const commentPath = (card: HTMLLIElement) => `/api/moderation/comments/${encodeURIComponent(card.dataset.id!)}`;
  /** The page's own address for a view (the bare path for the default view). */
  const addressFor = (to: QueueView) => searchForView(to) || location.pathname;
  const selectedIds = () => cards().filter((card) => card.querySelector<HTMLInputElement>('.mod-select')!.checked).map((card) => card.dataset.id!);

  function updateSelection(): void {
    const ids = selectedIds();
    selectedCount.textContent = ids.length > 0 ? fill(t.selected, { n: ids.length }) : '';
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-bulk]')) button.disabled = ids.length === 0;
  }

  /** Runs a step; a lost session leads back to the login, other failures are said, never swallowed. */
  async function guarded(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (error instanceof SessionEnded) showLogin(t.sessionEnded);
      else say(t.failed);
    }
  }

  async function act(card: HTMLLIElement, action: QueueAction): Promise<void> {
    let body: unknown;
    if (action === 'reject') {
      const reason = card.querySelector<HTMLSelectElement>('.mod-reason');
      if (!reason?.value) {
        say(t.chooseReason);
        reason?.focus();
        return;
      }
      body = { reason: reason.value };
    }
    if (action === 'delete' && !confirm(t.confirmDelete)) return;
    const index = cards().indexOf(card);
    const path = commentPath(card);
    const res = action === 'delete' ? await api(path, { method: 'DELETE' }) : await api(`${path}/${action}`, { method: 'POST', body: body ?? {} });
    if (!res.ok) throw new Error(String(res.status));
    // "Behalten" approves a reported, published comment again: it stays, its reports are handled.
    const kept = card.querySelector(`button[data-action="${action}"][data-keep]`) !== null;
    await loadQueue(index);
    say(fill(kept ? t.done.keep : t.done[action], { name: card.dataset.name! }));
  }

  async function actOnSelection(action: QueueAction): Promise<void> {
    const ids = selectedIds();
    if (ids.length === 0) return;
    if (action === 'reject' && !bulkReason.value) {
      say(t.chooseReason);
      bulkReason.focus();
      return;
    }
    if (action === 'delete' && !confirm(t.confirmDelete)) return;
    const res = await api('/api/moderation/comments/bulk', { method: 'POST', body: { action, ids, ...(action === 'reject' ? { reason: bulkReason.value } : {}) } });
    if (!res.ok) throw new Error(String(res.status));
    const { results } = (await res.json()) as { results: Record<string, string> };
    await loadQueue(0);
    say(fill(t.done.bulk, { n: Object.values(results).filter((result) => result === 'ok').length }));
  }

  /** Opens or closes the edit form under a comment; opening puts the cursor into the text. */
  function toggleEdit(card: HTMLLIElement, open: boolean): void {
    const form = card.querySelector<HTMLFormElement>('form.mod-edit');
    const button = card.querySelector<HTMLButtonElement>('button[data-edit]');
    if (!form || !button) return;
    form.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) form.querySelector('textarea')!.focus();
    else button.focus();
  }

  async function saveEdit(form: HTMLFormElement): Promise<void> {
    const card = form.closest<HTMLLIElement>('.mod-comment')!;
    const error = form.querySelector<HTMLElement>('.mod-edit-error')!;
    const text = form.querySelector('textarea')!;
    error.textContent = '';
    text.removeAttribute('aria-invalid');
    const res = await api(commentPath(card), { method: 'PATCH', body: { body: text.value } });
    if (res.status === 400) {
      const answer = (await res.json()) as { fields?: Record<string, string> };
      error.textContent = answer.fields?.body ?? t.failed;
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }
    if (!res.ok) throw new Error(String(res.status));
    const index = cards().indexOf(card);
    await loadQueue(index);
    say(fill(t.done.edit, { name: card.dataset.name! }));
  }

  /** Shows or hides a comment's history, loaded fresh each time it opens. */
  async function toggleHistory(card: HTMLLIElement): Promise<void> {
    const box = card.querySelector<HTMLElement>('.mod-history')!;
    const button = card.querySelector<HTMLButtonElement>('button[data-history]')!;
    if (!box.hidden) {
      box.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const res = await api(commentPath(card));
    if (res.ok) box.innerHTML = historyHtml(((await res.json()) as { comment: CommentHistory }).comment, labels);
    else box.textContent = t.history.failed;
    box.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  }

  list.addEventListener('submit', (event) => {
    const form = (event.target as HTMLElement).closest<HTMLFormElement>('form.mod-edit');
    if (!form) return;
    event.preventDefault();
    void guarded(() => saveEdit(form));
  });

  loginForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const email = (loginForm.elements.namedItem('email') as HTMLInputElement).value.trim();
    const password = (loginForm.elements.namedItem('password') as HTMLInputElement).value;
    loginError.textContent = '';
    if (!email || !password) {
      loginError.textContent = t.login.missing;
      return;
    }
    void (async () => {
      try {
        const res = await api('/api/auth/login', { method: 'POST', body: { email, password } });
        if (res.status === 200) {
          (loginForm.elements.namedItem('password') as HTMLInputElement).value = '';
          const account = (await res.json()) as Account;
          await guarded(() => showQueue(account));
          cards()[0]?.focus();
        } else if (res.status === 429) {
          const seconds = Number(res.headers.get('Retry-After')) || 60;
          loginError.textContent = fill(t.login.throttled, { n: Math.max(1, Math.ceil(seconds / 60)) });
        } else if (res.status === 401 || res.status === 400) {
          loginError.textContent = t.login.failed;
        } else {
          loginError.textContent = t.unavailable;
        }
      } catch {
        loginError.textContent = t.unavailable;
      }
    })();
  });

  $('mod-logout').addEventListener('click', () => {
    void guarded(async () => {
      await (await api('/api/auth/logout', { method: 'POST' })).body?.cancel();
      csrfToken = '';
      list.innerHTML = '';
      showLogin();
    });
  });

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ ...view, post: postSelect.value, q: query.value.trim(), page: 1 });
  });

  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const link = target.closest<HTMLAnchorElement>('.mod-tabs a, .mod-pages a');
    if (link) {
      event.preventDefault();
      go(viewFromSearch(new URL(link.href).search));
      return;
    }
    const card = target.closest<HTMLLIElement>('.mod-comment');
    if (card && target.closest('button[data-edit]')) return toggleEdit(card, card.querySelector<HTMLFormElement>('form.mod-edit')!.hidden === true);
    if (card && target.closest('button[data-cancel]')) return toggleEdit(card, false);
    if (card && target.closest('button[data-history]')) return void guarded(() => toggleHistory(card));
    const button = target.closest<HTMLButtonElement>('button[data-action], button[data-bulk]');
    if (!button) return;
    if (button.dataset.bulk) void guarded(() => actOnSelection(button.dataset.bulk as QueueAction));
    else void guarded(() => act(button.closest<HTMLLIElement>('.mod-comment')!, button.dataset.action as QueueAction));
  });

  list.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).classList.contains('mod-select')) updateSelection();
  });
  selectAll.addEventListener('change', () => {
    for (const box of list.querySelectorAll<HTMLInputElement>('.mod-select')) box.checked = selectAll.checked;
    updateSelection();
  });

  window.addEventListener('popstate', () => {
    view = viewFromSearch(location.search);
    if (!app.hidden) void guarded(() => loadQueue());
  });

  document.addEventListener('keydown', (event) => {
    if (app.hidden) return;
    const target = event.target as HTMLElement;
    const command = shortcutFor({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      targetTag: target.tagName,
      targetType: (target as HTMLInputElement).type,
      targetEditable: target.isContentEditable,
    });
    if (!command) return;
    const all = cards();
    const current = target.closest<HTMLLIElement>('.mod-comment');
    const index = current ? all.indexOf(current) : -1;
    if (command === 'next' || command === 'previous') {
      event.preventDefault();
      const to = command === 'next' ? Math.min(index + 1, all.length - 1) : Math.max(index - 1, 0);
      all[to]?.focus();
      return;
    }
    if (!current) return;
    event.preventDefault();
    if (command === 'select') {
      const box = current.querySelector<HTMLInputElement>('.mod-select')!;
      box.checked = !box.checked;
      updateSelection();
    } else if (command === 'reject') {
      current.querySelector<HTMLSelectElement>('.mod-reason')?.focus();
    } else if (command === 'edit') {
      toggleEdit(current, true);
    } else if (current.querySelector(`button[data-action="${command}"]`)) {
      void guarded(() => act(current, command));
    }
  });

  void (async () => {
    try {
      const res = await fetch('/api/auth/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (res.status === 200) {
        const account = (await res.json()) as Account;
        await guarded(() => showQueue(account));
      }
      else {
        // An unread body keeps the request open in the browser.
        await res.body?.cancel();
        if (res.status === 401) showLogin();
        else say(t.unavailable);
      }
    } catch {
      say(t.unavailable);
    }
  })();
}
