/**
 * The data request form on /datenschutz/: sends the address in place and says
 * in German what happens next. Without this script the form posts and the
 * service answers with a page of its own.
 */
import { dataRequestAnswer, type DataRequestLabels } from '../lib/privacy/dataRequestAnswer.ts';

const form = document.querySelector<HTMLFormElement>('form.data-request');
if (form) setUp(form);

function setUp(form: HTMLFormElement): void {
  const labels = JSON.parse(form.dataset.labels!) as DataRequestLabels & { sending: string };
  const email = form.querySelector<HTMLInputElement>('input[name="email"]')!;
  // Not disabled while sending: a disabled button would drop the keyboard focus.
  let busy = false;
  const status = form.querySelector<HTMLElement>('.data-request-status')!;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    status.textContent = labels.sending;
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email: email.value }),
      });
      const answer = dataRequestAnswer(res.status, await res.json().catch(() => null), labels);
      status.textContent = answer.message;
      email.setAttribute('aria-invalid', String(answer.field === 'email'));
      if (answer.ok) email.value = '';
      else if (answer.field) email.focus();
    } catch {
      status.textContent = labels.failed;
    } finally {
      busy = false;
    }
  });
}
