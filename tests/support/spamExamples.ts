/**
 * Labelled comments for the spam filter's integration and browser tests:
 * enough for a moderator to train it past SPAM_MIN_DECISIONS=6, each distinct.
 */
export const SPAM_EXAMPLES = [
  'Bestes Online Casino mit 500 € Bonus ohne Einzahlung, jetzt spielen auf https://lucky-casino.xyz',
  'Casino bonus free spins today only, register at https://spin-palace.top and win big',
  'Gratis Freispiele und Casino Bonus! Mehr unter https://lucky-casino.xyz/bonus',
  'Cheap viagra and cialis without prescription, order now at https://pharma-direct.top',
  'Online Casino Echtgeld Bonus sichern, Jackpot wartet auf https://lucky-casino.xyz/jackpot',
  'Win free bitcoin now, best crypto casino bonus at https://crypto-spin.top',
  'Sportwetten Bonus 100 € gratis, jetzt Wettkonto eröffnen https://wett-bonus.top',
  'Kredit ohne Schufa sofort, schnell und einfach beantragen: https://kredit-sofort.xyz',
];

export const HAM_EXAMPLES = [
  'Danke für den Artikel. Die Zahlen zur Einwilligung decken sich mit dem Bericht der Datenschutzbehörde.',
  'Ich sehe das anders: Die Plattformen haben kein Interesse daran, ihre Empfehlungsalgorithmen offenzulegen.',
  'Gibt es zu der Studie über Dark Patterns eine Quelle? Ich würde sie gern selbst lesen.',
  'Spannender Text. Mich würde interessieren, wie die Aufsicht in anderen EU-Ländern damit umgeht.',
  'Der Absatz über die Kinder-Apps hat mich nachdenklich gemacht, unsere Schule nutzt genau so eine App.',
  'Kleine Korrektur: Die Strafe wurde 2019 verhängt, nicht 2018, so steht es auch in der Meldung der Behörde.',
  'Ich arbeite selbst in einer Redaktion und kann bestätigen, dass die Reichweite oft wichtiger ist als die Qualität.',
  'Die DSGVO allein reicht nicht, solange die Datenschutzbehörden so wenig Personal haben.',
];

/** Held out from training: clearly spam, clearly ham, and a text the filter has learned nothing about. */
export const HELD_OUT = {
  spam: 'Casino Bonus ohne Einzahlung und Freispiele, jetzt auf https://lucky-casino.xyz/neu spielen',
  ham: 'Danke für den Artikel, die Einwilligung in der Schule ist auch bei uns ein Thema für die Datenschutzbehörde.',
  unknown: 'Lorem ipsum dolor sit amet',
};
