/**
 * The moment a build treats as "now" when it decides which posts are public.
 * `KLARTEXT_BUILD_TIME` (an ISO time) lets a build look as it did at an earlier
 * moment — for tests and previews of scheduled publishing — but never later
 * than the real clock, so no setting can publish an embargoed post early.
 */
export function buildTime(setting: string | undefined, now: Date): Date {
  if (setting === undefined || setting.trim() === '') return now;
  const asked = new Date(setting.trim());
  if (Number.isNaN(asked.getTime())) {
    throw new Error(`KLARTEXT_BUILD_TIME: „${setting}“ ist kein Zeitpunkt. Erwartet wird ISO 8601, z. B. 2026-12-05T08:00:00Z.`);
  }
  return asked.getTime() < now.getTime() ? asked : now;
}
