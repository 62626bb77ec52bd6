/**
 * The „Vorschau“ toggle beside the comment text: asks the service for the HTML
 * it would store (POST /api/comments/preview), so no Markdown renderer ships to
 * the browser, and shows it in place of the text field until toggled back.
 */
export interface PreviewLabels {
  preview: string;
  previewBack: string;
  previewFailed: string;
}

export function setUpPreview(form: HTMLFormElement, post: string, labels: PreviewLabels): void {
  const text = form.elements.namedItem('body') as HTMLTextAreaElement | null;
  if (!text) return;
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'comment-preview-toggle';
  const shown = document.createElement('div');
  shown.className = 'comment-preview comment-body';
  shown.setAttribute('aria-live', 'polite');
  const show = (previewing: boolean) => {
    shown.hidden = !previewing;
    text.hidden = previewing;
    toggle.textContent = previewing ? labels.previewBack : labels.preview;
    toggle.setAttribute('aria-pressed', String(previewing));
  };
  show(false);
  text.after(toggle, shown);
  toggle.addEventListener('click', async () => {
    if (text.hidden) {
      show(false);
      text.focus();
      return;
    }
    try {
      const res = await fetch('/api/comments/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ post, body: text.value }),
      });
      const answer = (await res.json()) as { html?: string; fields?: Record<string, string> };
      if (res.ok && answer.html !== undefined) shown.innerHTML = answer.html;
      else shown.textContent = answer.fields?.body ?? labels.previewFailed;
    } catch {
      shown.textContent = labels.previewFailed;
    }
    show(true);
  });
  form.addEventListener('submit', () => show(false));
}
