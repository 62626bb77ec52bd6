import type { Locator, Page, Response } from 'playwright-core';

/**
 * Driving Keystatic's editor the way an author does: by the German labels
 * the project gives its fields (src/strings.ts, section `cms`).
 */
export function editor(page: Page) {
  const textbox = (label: string, scope: Page | Locator = page) => scope.getByRole('textbox', { name: label, exact: true });
  return {
    textbox,

    /** Opens a page of the editor; the first visit may meet the dev server's one reload after optimising dependencies. */
    async open(url: string, ready: Locator) {
      for (let attempt = 1; ; attempt++) {
        try {
          await page.goto(url);
          await ready.waitFor({ timeout: 30_000 });
          return;
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
    },

    /** A select field (Keystatic's picker), e.g. a yes/no question of the checklist. */
    async choose(label: string, option: string) {
      await page.getByRole('button', { name: new RegExp(` ${label}$`) }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },

    /** A relationship field: type and pick from the suggestions. */
    async pick(label: string, option: string) {
      await page.getByRole('combobox', { name: label }).fill(option);
      await page.getByRole('option', { name: option, exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },

    /** Adds an item to a list (sources, claims, tags …) through the list's dialog. */
    async addItem(list: string, fill: (dialog: Locator) => Promise<void>) {
      const group = page.getByRole('group', { name: new RegExp(`^${list}(\\(erforderlich\\))?$`) });
      await group.getByRole('button', { name: 'Hinzufügen' }).click();
      const dialog = page.getByRole('dialog');
      await fill(dialog);
      await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
      await dialog.waitFor({ state: 'detached' });
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
      return response;
    },
  };
}
