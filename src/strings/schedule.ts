/** Texts of the section "schedule" (not in the mapping of split-strings; move them to the feature they belong to). Part of `strings` (src/strings.ts). */
export const scheduleTexts = {
  // Output of `npm run purge` (scripts/purge.ts), for whoever runs the site.
  /** Scheduled publishing (scripts/serve.ts, functions/maintenance.ts): log lines for whoever runs the site. */
  schedule: {
    next: (at: string) => `Nächster geplanter Artikel fällig um ${at}: dann wird neu gebaut.`,
    rebuilding: 'Ein geplanter Artikel ist fällig: die Seite wird neu gebaut …',
    rebuilt: (dir: string) => `Neuer Build ist online (${dir}).`,
    rebuildFailed: (reason: string) => `Neu-Bauen fehlgeschlagen, die bisherige Seite bleibt online:\n${reason}`,
    stillDue: 'Der neue Build listet noch einen fälligen Artikel als geplant (ist KLARTEXT_BUILD_TIME gesetzt?). Kein weiterer Build.',
    hookCalled: (n: number) => `Build-Hook aufgerufen für ${n} fällige(n) Artikel.`,
    hookFailed: (reason: string) => `Build-Hook fehlgeschlagen (nächster Versuch beim nächsten Lauf): ${reason}`,
  },
} as const;
