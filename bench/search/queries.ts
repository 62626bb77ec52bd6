/**
 * Queries for the search benchmark: words and pairs the synthetic corpus
 * (bench/build/wordPool.ts) uses, in the forms readers type them.
 */
export const BENCH_QUERIES: readonly string[] = [
  'Plattform',
  'Datenschutzbehörde',
  'Einwilligung Transparenz',
  'Empfehlungssysteme',
  'Künstliche Intelligenz',
  'Jugendschutz Schule',
  'Algorithmus',
  'Suchmaschine',
  'Verordnung Haftung',
  'Desinformation',
  'Wettbewerb',
  'Moderation Netzwerk',
  'Bundesnetzagentur',
  'Dark Patterns',
  'Verschlüsselung Messenger',
  'Öffentlichkeit',
  'Werbung Tracking',
  'Barrierefreiheit',
  'Medienkompetenz Eltern',
  'Richtlinie Kommission',
];
