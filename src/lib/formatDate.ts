const TIME_ZONE = 'Europe/Berlin';
// Formatters are costly to create and safe to share: make each once.
const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: TIME_ZONE });
const isoDay = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE });
const yearOnly = new Intl.DateTimeFormat('de-DE', { year: 'numeric', timeZone: TIME_ZONE });
const dateAndTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });

/** "18. September 2025" — dates as German readers write them, in Berlin time. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2025-09-18" for `<time datetime>`, in Berlin time. */
export function isoDate(date: Date): string {
  return isoDay.format(date);
}

/** "2025" — the year of a date in Berlin time. */
export function berlinYear(date: Date): string {
  return yearOnly.format(date);
}

/** "25.11.2026, 11:00" — a moment for the moderators, in Berlin time; an unreadable stamp is shown as it is. */
export function formatDateTime(stamp: string): string {
  const date = new Date(stamp);
  return Number.isNaN(date.getTime()) ? stamp : dateAndTime.format(date);
}
