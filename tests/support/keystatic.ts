import type { Locator, Page, Response } from 'playwright-core';

/** Waits until the form shows a value (React applies input a moment later). */
async function settled(read: () => Promise<string>, expected: string) {
  for (let attempt = 0; attempt < 40; attempt++) {
    if ((await read()).includes(expected)) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`Das Formular zeigt nicht „${expected}“, sondern „${await read()}“.`);
}

/**
 * Driving Keystatic's editor the way an author does: by the German labels
 * the project gives its fields (src/strings.ts, section `cms`).
 */
export function editor(page: Page) {
  const textbox = (label: string, scope: Page | Locator = page) => scope.getByRole('textbox', { name: label, exact: true });
  return {
    textbox,

    /**
     * Opens a page of the editor; the first visit may meet the dev server's one reload after optimising
     * dependencies. Ready once `ready` shows and this document has loaded the content tree: the form shows
     * before it, and a relationship field typed into before then stays without suggestions.
     */
    async open(url: string, ready: Locator) {
      for (let attempt = 1; ; attempt++) {
        try {
          await page.goto(url);
          await ready.waitFor({ timeout: 30_000 });
          await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/api/keystatic/tree') && (entry as PerformanceResourceTiming).responseEnd > 0), undefined, { timeout: 30_000 });
          return;
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
    },

    /**
     * Goes to another page of the already open editor inside the app, as its own links and the browser's
     * back button do (Keystatic's router follows `popstate`), instead of loading the whole app again.
     */
    async navigate(url: string, ready: Locator) {
      await page.evaluate((target) => {
        history.pushState(null, '', target);
        dispatchEvent(new PopStateEvent('popstate'));
      }, url);
      await ready.waitFor({ timeout: 30_000 });
    },

    /** A select field (Keystatic's picker), e.g. a yes/no question of the checklist. */
    async choose(label: string, option: string, scope: Page | Locator = page) {
      const picker = scope.getByRole('button', { name: new RegExp(` ${label}$`) });
      await picker.click();
      await page.getByRole('option', { name: option, exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await settled(() => picker.innerText(), option);
    },

    /** A date field (the browser's date input takes YYYY-MM-DD). */
    async date(label: string, value: string, scope: Page | Locator = page) {
      const input = scope.getByLabel(label);
      await input.fill(value);
      await settled(() => input.inputValue(), value);
    },

    /**
     * A relationship field: type and pick from the suggestions. Typed in the moment between the tree's
     * answer and the editor taking it in, the list stays closed: an author then types again, and so does this.
     */
    async pick(label: string, option: string) {
      const combobox = page.getByRole('combobox', { name: label });
      const suggestion = page.getByRole('option', { name: option, exact: true });
      for (let attempt = 1; ; attempt++) {
        await combobox.fill('');
        await combobox.fill(option);
        if (await suggestion.waitFor({ timeout: 3_000 }).then(() => true, () => false)) break;
        if (attempt >= 3) throw new Error(`Das Feld „${label}“ schlägt „${option}“ nicht vor.`);
      }
      // A toast after saving may cover the suggestions for the mouse; a virtual click (as from a screen reader) is not covered.
      await suggestion.dispatchEvent('click');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await settled(() => combobox.inputValue(), option);
    },

    /** Adds an item to a list (sources, claims, tags …) through the list's dialog. */
    async addItem(list: string, fill: (dialog: Locator) => Promise<void>) {
      const group = page.getByRole('group', { name: new RegExp(`^${list}(\\(erforderlich\\))?$`) });
      await group.getByRole('button', { name: 'Hinzufügen' }).click();
      const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Abbrechen' }) });
      await fill(dialog);
      await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
      await dialog.waitFor({ state: 'detached' });
    },

    /** Inserts an image into the text after the cursor through the "/" menu, with its alternative text. */
    async insertImage(file: string, alt: string) {
      await page.keyboard.press('Enter');
      await page.keyboard.type('/');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('option', { name: /^Image/ }).click();
      await (await chooser).setFiles(file);
      await page.locator('[contenteditable="true"] img:not(.ProseMirror-separator)').last().click();
      // The image's toolbar (its buttons have no names; the first edits). The split view's handle covers it for the mouse.
      await page.getByRole('dialog').first().getByRole('button').first().press('Enter');
      const details = page.getByRole('dialog', { name: 'Image details' });
      await textbox('Alternativtext', details).fill(alt);
      await details.getByRole('button', { name: 'Speichern' }).click();
      await details.waitFor({ state: 'detached' });
    },

    /**
     * Types a new value into a field until the editor counts the entry as
     * changed: right after opening, Keystatic may still replace the form's
     * state once, which would swallow an early edit.
     */
    async change(field: Locator, value: string) {
      const save = page.getByRole('button', { name: 'Speichern', exact: true });
      for (let attempt = 1; ; attempt++) {
        if ((await field.inputValue()) !== value) await field.fill(value);
        if (await save.isEnabled()) return;
        if (attempt >= 20) throw new Error(`Der Editor übernimmt „${value}“ nicht.`);
        await page.waitForTimeout(250);
      }
    },

    /** Clicks "Speichern" or "Erstellen" and returns the file API's answer. */
    async save(button: 'Speichern' | 'Erstellen' = 'Speichern'): Promise<Response> {
      const response = page.waitForResponse((r) => r.url().includes('/api/keystatic/update') && r.request().method() === 'POST');
      await page.getByRole('button', { name: button, exact: true }).click();
      const answer = await response;
      // A refused save names the file and field in its body; a failing test should show it.
      if (answer.status() !== 200) throw new Error(`Speichern: ${answer.status()} ${await answer.text()}`);
      return answer;
    },
  };
}
