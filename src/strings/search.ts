/**
 * The search's texts. A section of `strings` like any other; exported on its
 * own as well, so the search script in the browser bundles only these.
 */
export const searchStrings = {
  title: 'Suche',
  intro: 'Alle Artikel durchsuchen – auch nach Wortformen wie „Algorithmen“ oder „Kindern“.',
  label: 'Artikel durchsuchen',
  fieldLabel: 'Suchbegriff',
  placeholder: 'Suchen …',
  submit: 'Suchen',
  resultsLabel: 'Suchergebnisse',
  pageTitle: (query: string) => `Suche nach „${query}“`,
  count: (count: number, query: string) => (count === 1 ? `1 Treffer für „${query}“` : `${count} Treffer für „${query}“`),
  noResults: (query: string) => `Keine Treffer für „${query}“.`,
  suggestTags: 'Vielleicht hilft eines dieser Themen:',
  emptyQuery: 'Bitte einen Suchbegriff eingeben.',
  onlyStopWords: 'Wörter wie „und“ oder „die“ sucht die Suche nicht – bitte ein aussagekräftigeres Wort eingeben.',
  queryTooLong: (max: number) => `Der Suchbegriff ist zu lang: höchstens ${max} Zeichen.`,
  pageInvalid: 'Die Seitenzahl muss eine ganze Zahl ab 1 sein.',
  methodNotAllowed: 'Die Suche nimmt nur GET-Anfragen an.',
  rateLimited: 'Zu viele Suchanfragen in kurzer Zeit. Bitte einen Moment warten und dann noch einmal suchen.',
  showAll: (query: string) => `Alle Treffer für „${query}“`,
  more: 'Weitere Treffer',
  failed: 'Die Suche ist gerade nicht erreichbar. Bitte später noch einmal versuchen.',
  keyboardHint: 'Pfeiltasten wechseln zwischen den Treffern, Esc schließt die Liste.',
} as const;

/** The search: header field, search page, results, errors (browser, server and CLI). Part of `strings` (src/strings.ts). */
export const searchTexts = {
  search: searchStrings,
} as const;
