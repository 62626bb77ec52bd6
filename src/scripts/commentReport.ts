/**
 * "Melden" on the article page: the disclosure button under a comment opens
 * a small form with the guidelines' reasons, which is sent in place. Part of
 * the comment script: loaded lazily it saved under 0.2 kB gzip, because the
 * bundler then adds its module-preload helper to the page's script.
 */
import { reportAnswer } from '../lib/comments/reportAnswer.ts';
import { reportFormHtml, reportFormId } from '../lib/comments/reportFormHtml.ts';
import type { reportLabels } from '../lib/comments/reportLabels.ts';

type Labels = ReturnType<typeof reportLabels>;

/** Opens the report form under the button's comment, or closes it when it is open. */
export function toggleReportForm(button: HTMLButtonElement, section: HTMLElement): void {
  const id = button.dataset.report!;
  const existing = document.getElementById(reportFormId(id));
  if (existing) {
    setOpen(button, existing as HTMLFormElement, existing.hidden !== false);
    return;
  }
  const labels = JSON.parse(section.dataset.reportLabels!) as Labels;
  button.closest('.comment-actions')!.insertAdjacentHTML('afterend', reportFormHtml(id, labels));
  const form = document.getElementById(reportFormId(id)) as HTMLFormElement;
  button.setAttribute('aria-controls', form.id);
  wire(button, form, labels);
  setOpen(button, form, true);
}

function setOpen(button: HTMLButtonElement, form: HTMLFormElement, open: boolean): void {
  form.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (open) form.querySelector<HTMLInputElement>('input[name="reason"]')!.focus();
  else button.focus();
}

function wire(button: HTMLButtonElement, form: HTMLFormElement, labels: Labels): void {
  const status = form.querySelector<HTMLElement>('.report-status')!;
  // Not disabled while sending: a disabled button would drop the keyboard focus.
  let busy = false;
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="reason"]')];
  const show = (message: string, invalid = false) => {
    status.textContent = message;
    for (const radio of radios) {
      if (invalid) radio.setAttribute('aria-invalid', 'true');
      else radio.removeAttribute('aria-invalid');
    }
  };

  form.querySelector('.report-cancel')!.addEventListener('click', () => setOpen(button, form, false));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setOpen(button, form, false);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const reason = radios.find((radio) => radio.checked)?.value;
    if (!reason) {
      show(labels.chooseReason, true);
      radios[0]!.focus();
      return;
    }
    show(labels.sending);
    busy = true;
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ reason }),
      });
      const answer = reportAnswer(res.status, await res.json().catch(() => null), labels);
      show(answer.message, !answer.ok && answer.message === labels.chooseReason);
      if (answer.ok) done(button, form, status);
    } catch {
      show(labels.failed);
    } finally {
      busy = false;
    }
  });
}

/** The report arrived: the thanks stay where the form was, and the button goes (one report per reader). */
function done(button: HTMLButtonElement, form: HTMLFormElement, status: HTMLElement): void {
  for (const child of form.children) if (child !== status) (child as HTMLElement).hidden = true;
  button.hidden = true;
  status.focus();
}
