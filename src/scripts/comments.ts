/**
 * The comment section of an article page: loads the approved comments,
 * submits the form in place and shows whether a comment waits for a
 * moderator. Without this script the form still posts (303 to the confirmation page) and
 * the <noscript> link leads to the server-rendered comments page.
 */
import { commentListHtml } from '../lib/comments/commentListHtml.ts';
import type { PublicComment } from '../lib/comments/commentThread.ts';
import { toggleReportForm } from './commentReport.ts';
import { setUpPreview, type PreviewLabels } from './commentPreview.ts';
import { countForm, fill } from '../lib/fillPlaceholders.ts';
import { timeTrapToken } from './timeTrapToken.ts';
import { markOwn, rememberOwn, setUpOwnComments } from './commentEdits.ts';

interface Labels extends PreviewLabels {
  reply: string;
  report: string;
  reportOf: string;
  edited: string;
  replyTo: string;
  count: [string, string, string];
  loadFailed: string;
  loadMore: string;
  sending: string;
  pending: string;
  approved: string;
  failed: string;
  fixFields: string;
  subscribeRequested: string;
  subscribeRateLimited: string;
  subscribeFailed: string;
}

const section = document.getElementById('kommentare');
if (section) setUp(section);

function setUp(section: HTMLElement): void {
  const post = section.dataset.post!;
  const labels = JSON.parse(section.dataset.labels!) as Labels;
  const thread = section.querySelector<HTMLElement>('.comment-thread')!;
  const count = section.querySelector<HTMLElement>('.comment-count')!;
  const form = section.querySelector<HTMLFormElement>('form.comment-form')!;
  const status = form.querySelector<HTMLElement>('.comment-status')!;
  const replying = form.querySelector<HTMLElement>('.comment-replying')!;
  const submit = form.querySelector<HTMLButtonElement>('.comment-submit')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null;
  const query = `?post=${encodeURIComponent(post)}`;
  setUpPreview(form, post, labels);

  // Pages hold whole threads, so the pages loaded so far render as one list.
  let shown: PublicComment[] = [];
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'comment-more';
  more.textContent = labels.loadMore;
  more.hidden = true;
  thread.after(more);

  async function loadComments(url = `/api/comments${query}`): Promise<void> {
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      const { comments, next, total } = (await res.json()) as { comments: PublicComment[]; next?: string | null; total?: number };
      shown = url.includes('page=') ? shown.concat(comments) : comments;
      thread.innerHTML = commentListHtml(shown, { labels, replyHref: (id) => `/kommentare/${post}/?antwort=${id}#kommentar-formular` });
      markOwn(thread, editLabels);
      more.hidden = !next;
      more.onclick = () => loadComments(next!);
      // A link to a comment on a later page (#kommentar-<id>): load pages until it is there.
      const target = decodeURIComponent(location.hash.slice(1));
      if (target.startsWith('kommentar-')) {
        if (next && !document.getElementById(target)) return loadComments(next);
        document.getElementById(target)?.scrollIntoView();
      }
      const n = total ?? shown.length;
      count.textContent = fill(countForm(labels.count, n), { n });
      count.hidden = false;
    } catch {
      thread.textContent = labels.loadFailed;
    }
  }

  const editLabels = setUpOwnComments(section, thread, () => loadComments());
  // For a comment that waits for a moderator: the no-JS edit page, as the form post's confirmation offers it.
  const editLink = document.createElement('a');
  status.after(editLink);
  editLink.className = 'comment-edit-link';
  editLink.textContent = editLabels.edit;
  editLink.hidden = true;
  const token = timeTrapToken(`/api/comments/token${query}`, (value) => (field('token')!.value = value));

  function replyTo(id: string, name: string): void {
    field('parent')!.value = id;
    replying.querySelector('span')!.textContent = id ? fill(labels.replyTo, { name }) : '';
    replying.hidden = !id;
    if (id) field('body')!.focus();
  }

  function showErrors(fields: Record<string, string>): void {
    for (const element of form.querySelectorAll<HTMLElement>('.form-error')) {
      const name = element.id.replace(/^kommentar-|-fehler$/g, '');
      element.textContent = fields[name] ?? '';
      element.hidden = !fields[name];
      field(name)?.setAttribute('aria-invalid', String(Boolean(fields[name])));
    }
  }

  thread.addEventListener('click', (event) => {
    const target = event.target as Element;
    const report = target.closest<HTMLButtonElement>('button.comment-report');
    if (report) toggleReportForm(report, section);
    const link = target.closest<HTMLAnchorElement>('a.comment-reply');
    if (!link) return;
    event.preventDefault();
    replyTo(link.dataset.reply!, link.dataset.name!);
  });
  replying.querySelector('button')!.addEventListener('click', () => replyTo('', ''));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data: Record<string, unknown> = Object.fromEntries(new FormData(form));
    data.notify = data.notify === 'on';
    submit.disabled = true;
    editLink.hidden = true;
    status.textContent = labels.sending;
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(data),
      });
      const answer = (await res.json()) as { id?: string; status?: string; editToken?: string; error?: string; fields?: Record<string, string> };
      showErrors(answer.fields ?? {});
      if (res.status === 201) {
        status.textContent = answer.status === 'approved' ? labels.approved : labels.pending;
        // 15 minutes to change it: buttons under a published comment, the edit page's link for one that waits.
        rememberOwn(answer.id!, answer.editToken!, String(data.body));
        editLink.href = `/kommentare/bearbeiten/?${new URLSearchParams({ id: answer.id!, token: answer.editToken! })}`;
        editLink.hidden = answer.status === 'approved';
        field('body')!.value = '';
        replyTo('', '');
        if (answer.status === 'approved') await loadComments();
        await token.load();
      } else {
        status.textContent = answer.fields ? `${labels.fixFields} ${answer.fields.post ?? answer.fields.parent ?? ''}`.trim() : (answer.error ?? labels.failed);
      }
    } catch {
      status.textContent = labels.failed;
    } finally {
      submit.disabled = false;
    }
  });

  const subscribeForm = section.querySelector<HTMLFormElement>('form.subscribe-form');
  if (subscribeForm) setUpSubscription(subscribeForm, labels);

  void loadComments();
  // The ready signal (tests wait for it): the form holds a token, or the script gave up and the server will moderate.
  void token.load().then(() => (form.dataset.ready = 'true'));
}

/** The form "Neue Kommentare per E-Mail": sent in place, the answer shown under it. */
function setUpSubscription(form: HTMLFormElement, labels: Labels): void {
  const status = form.querySelector<HTMLElement>('.subscribe-status')!;
  const email = form.elements.namedItem('email') as HTMLInputElement;
  const error = form.querySelector<HTMLElement>('.form-error')!;
  const button = form.querySelector<HTMLButtonElement>('button')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.textContent = labels.sending;
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(Object.fromEntries(new FormData(form))),
      });
      const answer = (await res.json()) as { error?: string; fields?: Record<string, string> };
      const message = answer.fields?.email ?? '';
      error.textContent = message;
      error.hidden = !message;
      email.setAttribute('aria-invalid', String(Boolean(message)));
      if (res.status === 202) email.value = '';
      status.textContent =
        res.status === 202 ? labels.subscribeRequested : res.status === 429 ? labels.subscribeRateLimited : answer.fields ? labels.fixFields : (answer.error ?? labels.subscribeFailed);
    } catch {
      status.textContent = labels.subscribeFailed;
    } finally {
      button.disabled = false;
    }
  });
}
