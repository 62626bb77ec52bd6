/**
 * German vocabulary for synthetic articles. Nouns carry their gender so the
 * generated sentences get articles and adjective endings right.
 */

/** Grammatical gender: masculine, feminine, neuter. */
export type Gender = 'm' | 'f' | 'n';

/** A noun with its gender. */
export interface Noun {
  word: string;
  gender: Gender;
}

const m = (word: string): Noun => ({ word, gender: 'm' });
const f = (word: string): Noun => ({ word, gender: 'f' });
const n = (word: string): Noun => ({ word, gender: 'n' });

/** Nouns from the blog's field: platforms, data, regulation, media. */
export const NOUNS: readonly Noun[] = [
  m('Algorithmus'), m('Anbieter'), m('Bericht'), m('Beschluss'), m('Datensatz'), m('Dienst'),
  m('Entwurf'), m('Feed'), m('Grundsatz'), m('Konzern'), m('Markt'), m('Maßstab'),
  m('Nutzer'), m('Rahmen'), m('Schutz'), m('Standard'), m('Vertrag'), m('Vorschlag'),
  m('Zugang'), m('Zweck'), m('Wettbewerb'), m('Verdacht'), m('Kompromiss'), m('Ansatz'),
  m('Einfluss'), m('Umgang'), m('Zusammenhang'), m('Fortschritt'), m('Widerspruch'), m('Prozess'),
  f('Plattform'), f('Aufsicht'), f('Behörde'), f('Einwilligung'), f('Empfehlung'), f('Forschung'),
  f('Gesellschaft'), f('Kommission'), f('Kontrolle'), f('Nachricht'), f('Öffentlichkeit'), f('Pflicht'),
  f('Redaktion'), f('Regel'), f('Richtlinie'), f('Schnittstelle'), f('Studie'), f('Transparenz'),
  f('Verantwortung'), f('Verordnung'), f('Werbung'), f('Wirkung'), f('Debatte'), f('Entscheidung'),
  f('Anwendung'), f('Suchmaschine'), f('Statistik'), f('Umfrage'), f('Praxis'), f('Strategie'),
  f('Datenbank'), f('Sicherheit'), f('Haftung'), f('Zustimmung'), f('Reichweite'), f('Moderation'),
  n('Angebot'), n('Gesetz'), n('Geschäftsmodell'), n('Gericht'), n('Interesse'), n('Konto'),
  n('Netzwerk'), n('Profil'), n('Problem'), n('Projekt'), n('Risiko'), n('Signal'),
  n('System'), n('Verfahren'), n('Verhalten'), n('Werkzeug'), n('Ziel'), n('Urteil'),
  n('Ergebnis'), n('Recht'), n('Publikum'), n('Ranking'), n('Dokument'), n('Modell'),
  n('Programm'), n('Bündnis'), n('Vertrauen'), n('Wissen'), n('Archiv'), n('Bewusstsein'),
];

/** Adjective stems; endings are added by case and gender. */
export const ADJECTIVES: readonly string[] = [
  'digital', 'neu', 'europäisch', 'zuständig', 'öffentlich', 'privat', 'gesamt', 'technisch',
  'rechtlich', 'wirtschaftlich', 'gesellschaftlich', 'kritisch', 'unabhängig', 'umstritten', 'bekannt', 'aktuell',
  'ursprünglich', 'einfach', 'klar', 'offen', 'sicher', 'jung', 'alt', 'wichtig',
  'eigen', 'kommerziell', 'politisch', 'sozial', 'persönlich', 'automatisch', 'transparent', 'verbindlich',
  'freiwillig', 'bisherig', 'nächst', 'regional', 'national', 'international', 'verständlich', 'sorgfältig',
  'schnell', 'langsam', 'modern', 'günstig', 'redaktionell', 'statistisch', 'deutlich', 'schwierig',
];

/** Transitive verbs, third person singular present. */
export const VERBS: readonly string[] = [
  'verändert', 'prüft', 'beschreibt', 'erklärt', 'kritisiert', 'begrenzt', 'erweitert', 'regelt',
  'beeinflusst', 'ersetzt', 'bewertet', 'verlangt', 'unterstützt', 'ermöglicht', 'verhindert', 'erfasst',
  'veröffentlicht', 'übernimmt', 'betrifft', 'verschärft', 'vereinfacht', 'dokumentiert', 'ordnet', 'hinterfragt',
  'verbessert', 'verteidigt', 'untersucht', 'begründet', 'benötigt', 'schützt', 'gefährdet', 'stärkt',
  'schwächt', 'überwacht', 'sortiert', 'empfiehlt', 'belegt', 'widerlegt', 'erreicht', 'prägt',
];

/** Adverbs and adverbial phrases that fit after the verb. */
export const ADVERBS: readonly string[] = [
  'deutlich', 'kaum', 'oft', 'selten', 'kaum sichtbar', 'zunehmend', 'bislang', 'inzwischen',
  'erstmals', 'weiterhin', 'ausdrücklich', 'offenbar', 'tatsächlich', 'bereits', 'nur teilweise', 'vor allem',
  'im Hintergrund', 'ohne Begründung', 'auf Nachfrage', 'seit Jahren', 'in der Praxis', 'nach eigenen Angaben',
];

/** Sentence openers that move the verb before the subject. */
export const CONNECTORS: readonly string[] = [
  'Deshalb', 'Trotzdem', 'Außerdem', 'Zugleich', 'Dennoch', 'Allerdings', 'Inzwischen', 'Bislang',
  'Zudem', 'Daher', 'Gleichzeitig', 'Schließlich', 'Vor allem', 'Im Alltag', 'In der Praxis', 'Auf den ersten Blick',
];

/** Conjunctions that start a subordinate clause (verb last). */
export const SUBORDINATORS: readonly string[] = ['weil', 'obwohl', 'während', 'da', 'wenn', 'sobald', 'solange', 'nachdem'];

/** Organisations quoted as publishers of sources (names that need no article after „laut“). */
export const ORGANISATIONS: readonly string[] = [
  'Verbraucherzentrale', 'Datenschutzbehörde', 'Medienanstalt', 'EU-Kommission', 'Forschungsstelle Digitales',
  'Landesamt für Statistik', 'Landgericht', 'Bundesnetzagentur', 'Presserat', 'Stiftung Medienbildung',
  'Institut für Plattformforschung', 'Verband der Internetwirtschaft',
];

/** Ready-made section headings (a post also gets generated ones). */
export const HEADINGS: readonly string[] = [
  'Worum es geht', 'Was die Aufsicht prüft', 'Was sich ändert', 'Wer profitiert', 'Wer zahlt', 'Was Nutzer tun können',
  'Die Vorgeschichte', 'Was die Forschung sagt', 'Offene Fragen', 'Wie es weitergeht', 'Die Rechtslage',
  'Was Redaktionen lernen können', 'Kritik an dem Vorhaben', 'Ein Blick nach Europa', 'Zahlen und Daten',
  'Was Eltern wissen sollten', 'Die Sicht der Anbieter', 'Einordnung', 'Was bleibt', 'Praktische Tipps',
];

/** Tags (about thirty), as authors would write them. */
export const TAGS: readonly string[] = [
  'DSGVO', 'Digital Services Act', 'TikTok', 'Instagram', 'YouTube', 'Jugendschutz', 'Werbung', 'Tracking',
  'Cookies', 'Empfehlungssysteme', 'Künstliche Intelligenz', 'Desinformation', 'Moderation', 'Urheberrecht',
  'Plattformarbeit', 'Transparenz', 'Einwilligung', 'Dark Patterns', 'Medienkompetenz', 'Journalismus',
  'Überschriften', 'Open Source', 'Verschlüsselung', 'Messenger', 'Suchmaschinen', 'Wettbewerbsrecht',
  'Datenhandel', 'Biometrie', 'Barrierefreiheit', 'Schule',
];

/** Categories (one per post). */
export const CATEGORIES: readonly string[] = [
  'Algorithmen', 'Datenschutz', 'Regulierung', 'Medienkompetenz', 'Geschäftsmodelle', 'Kommunikation',
  'Sicherheit', 'Gesellschaft',
];

/** Subtitles for headlines: factual, no superlatives, no numbers. */
export const TITLE_PHRASES: readonly string[] = [
  'Was die Aufsicht prüft', 'Ein Überblick', 'Welche Regeln gelten', 'Fragen und Antworten',
  'Was Nutzerinnen und Nutzer wissen sollten', 'Zwischen Anspruch und Wirklichkeit', 'Eine Bestandsaufnahme',
  'Was sich für Verbraucher ändert', 'Wer profitiert und wer zahlt', 'Wo die Grenzen liegen',
  'Was Redaktionen daraus lernen', 'Wie es funktioniert', 'Was die Forschung weiß', 'Was Eltern tun können',
  'Wie Anbieter reagieren',
];

/** Settings that narrow a headline. */
export const TITLE_CONTEXTS: readonly string[] = [
  'im Alltag', 'in der Schule', 'im Netz', 'bei Behörden', 'in Unternehmen', 'für Familien', 'in Europa',
  'in Redaktionen', 'auf dem Smartphone',
];
