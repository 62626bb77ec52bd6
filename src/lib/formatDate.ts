const TIME_ZONE = 'Europe/Berlin';

/**
 * Formatters are costly to create and safe to share: each is made once, on first use. Not at import: the four
 * took 14 ms of every cold start of the Netlify function (docs/deploy.md), whose calls mostly format no date.
 */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE }));
}

const longDate = formatter('de-DE', { dateStyle: 'long' });
const isoDay = formatter('sv-SE', {});
const yearOnly = formatter('de-DE', { year: 'numeric' });
const dateAndTime = formatter('de-DE', { dateStyle: 'medium', timeStyle: 'short' });

/** "18. September 2025" — dates as German readers write them, in Berlin time. */
export function formatDate(date: Date): string {
  return longDate().format(date);
}

/** "2025-09-18" for `<time datetime>`, in Berlin time. */
export function isoDate(date: Date): string {
  return isoDay().format(date);
}

/** "2025" — the year of a date in Berlin time. */
export function berlinYear(date: Date): string {
  return yearOnly().format(date);
}

/** "25.11.2026, 11:00" — a moment for the moderators, in Berlin time; an unreadable stamp is shown as it is. */
export function formatDateTime(stamp: string): string {
  const date = new Date(stamp);
  return Number.isNaN(date.getTime()) ? stamp : dateAndTime().format(date);
}
