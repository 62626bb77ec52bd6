const TIME_ZONE = 'Europe/Berlin';
const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: TIME_ZONE });

/** "18. September 2025" — dates as German readers write them, in Berlin time. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2025-09-18" for `<time datetime>`, in Berlin time. */
export function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(date);
}
