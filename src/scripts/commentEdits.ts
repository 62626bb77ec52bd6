/**
 * A reader's own comments during the 15-minute edit window (issue 15): the `editToken` of the 201 answer
 * and the text are kept in sessionStorage (no cookie; gone with the tab), and the reader's own comments in
 * the list get „Bearbeiten“ and „Löschen“ until the token expires. Words come from `data-edit-labels`.
 */

interface EditLabels {
  edit: string;
  delete: string;
  save: string;
  cancel: string;
  confirmDelete: string;
  savedPending: string;
  failed: string;
}

type Own = Record<string, { token: string; body: string }>;

const KEY = 'klartext-eigene-kommentare';

/** When a token ends: its first part is the expiry in base 36 (functions/comments/editToken.ts). */
const expiry = (token: string) => parseInt(token, 36);

function load(): Own {
  try {
    const own = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Own;
    for (const id of Object.keys(own)) if (expiry(own[id]!.token) <= Date.now()) delete own[id];
    return own;
  } catch {
    return {};
  }
}

function store(own: Own): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(own));
  } catch {
    // Storage refused (private mode, quota): the comment is sent anyway, only the edit buttons are missing.
  }
}

/** Keeps the token of a comment just sent (or the text just saved). */
export function rememberOwn(id: string, token: string, body: string): void {
  store({ ...load(), [id]: { token, body } });
}

function forget(id: string): void {
  const own = load();
  delete own[id];
  store(own);
}

/** „Bearbeiten“ and „Löschen“ under each of the reader's own comments in `thread`, removed when the window ends. */
export function markOwn(thread: HTMLElement, labels: EditLabels): void {
  for (const [id, { token }] of Object.entries(load())) {
    const actions = thread.querySelector(`#kommentar-${CSS.escape(id)} > .comment-actions`);
    if (!actions || actions.querySelector('[data-edit]')) continue;
    const buttons = [document.createElement('button'), document.createElement('button')];
    buttons.forEach((button, i) => {
      button.type = 'button';
      button.className = i ? 'comment-delete' : 'comment-edit';
      button.textContent = i ? labels.delete : labels.edit;
      button.dataset[i ? 'delete' : 'edit'] = id;
      actions.append(' ', button);
      setTimeout(() => button.remove(), expiry(token) - Date.now());
    });
  }
}

async function send(method: 'PATCH' | 'DELETE', id: string, payload: Record<string, string>): Promise<{ res: Response; answer: { status?: string; error?: string; fields?: Record<string, string> } }> {
  const res = await fetch(`/api/comments/${encodeURIComponent(id)}`, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
  });
  return { res, answer: await res.json() };
}

/** Handles the clicks on „Bearbeiten“/„Löschen“; `reload` shows the list again after a change. */
export function setUpOwnComments(section: HTMLElement, thread: HTMLElement, reload: () => Promise<void>): EditLabels {
  const labels = JSON.parse(section.dataset.editLabels!) as EditLabels;
  thread.addEventListener('click', async (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('button[data-edit], button[data-delete]');
    if (!target) return;
    const id = (target.dataset.edit ?? target.dataset.delete)!;
    const own = load()[id];
    const article = target.closest('article')!;
    if (!own) {
      target.remove();
      return;
    }
    if (target.dataset.delete) {
      if (!confirm(labels.confirmDelete)) return;
      const { res, answer } = await send('DELETE', id, { editToken: own.token }).catch(() => ({ res: undefined, answer: {} as { error?: string } }));
      if (res?.ok) {
        forget(id);
        return reload();
      }
      article.querySelector('.comment-actions')!.textContent = answer.error ?? labels.failed;
      return;
    }
    const body = article.querySelector<HTMLElement>('.comment-body')!;
    if (body.querySelector('form')) return;
    const before = body.innerHTML;
    body.innerHTML =
      `<form class="comment-edit-form"><textarea name="body" rows="6" maxlength="5000" required></textarea>` +
      `<p><button type="submit"></button> <button type="button"></button></p><p class="comment-edit-status" role="status"></p></form>`;
    const form = body.querySelector('form')!;
    const [save, cancel] = form.querySelectorAll('button');
    const status = form.querySelector('p.comment-edit-status')!;
    const textarea = form.querySelector('textarea')!;
    textarea.value = own.body;
    save!.textContent = labels.save;
    cancel!.textContent = labels.cancel;
    cancel!.onclick = () => (body.innerHTML = before);
    form.onsubmit = async (submitEvent) => {
      submitEvent.preventDefault();
      const text = textarea.value;
      save!.disabled = true;
      try {
        const { res, answer } = await send('PATCH', id, { body: text, editToken: own.token });
        if (res.ok) {
          rememberOwn(id, own.token, text);
          if (answer.status === 'approved') return reload();
          article.innerHTML = `<p class="comment-edit-status" role="status"></p>`;
          article.firstElementChild!.textContent = labels.savedPending;
          return;
        }
        status.textContent = answer.fields?.body ?? answer.error ?? labels.failed;
      } catch {
        status.textContent = labels.failed;
      }
      save!.disabled = false;
    };
    textarea.focus();
  });
  return labels;
}
