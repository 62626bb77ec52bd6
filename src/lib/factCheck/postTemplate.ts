import { isoDate } from '../formatDate.ts';
import { slugify } from '../slugify.ts';

/** The file of a new post: `posts/<year>/<slug>.mdx`, slug from the title with umlauts transliterated. */
export function newPostPath(title: string, now: Date): { slug: string; path: string } {
  const slug = slugify(title);
  if (!slug) throw new Error('Der Titel braucht mindestens einen Buchstaben oder eine Ziffer.');
  return { slug, path: `posts/${isoDate(now).slice(0, 4)}/${slug}.mdx` };
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * A new draft with the whole checklist as a commented template. It is valid
 * for the schema, so the dev server previews it, and incomplete for the
 * checklist, so no build publishes it before it is filled in and reviewed.
 */
export function postTemplate(options: { title: string; author: string; now: Date }): string {
  const today = isoDate(options.now);
  return `---
title: ${yamlString(options.title)}
# Vorspann: ein bis zwei Sätze, die sagen, worum es geht (Thema aus Überschrift, Kategorie oder Schlagwort).
lead: "Vorspann: ein bis zwei Sätze, worum es geht."
# Erscheinungsdatum; ein Datum in der Zukunft plant den Artikel ein.
pubDate: ${today}
author: ${options.author}
category: "Ohne Kategorie"
tags: ["Entwurf"]
draft: true
factCheck:
  # 1. Quellen: mindestens eine, davon eine Primärquelle (Gesetz, Urteil, Mitteilung der Beteiligten …).
  sources: []
  #  - id: kurzname
  #    title: "Titel der Quelle"
  #    url: https://…            # oder reference: "Buch, Seite 12"
  #    publisher: "Herausgeber"
  #    accessed: ${today}
  #    primary: true
  #    archiveUrl: https://…     # optional: archivierte Kopie
  # Keine Primärquelle? Dann hier begründen:
  # noPrimarySourceReason: ""
  # 2. Behauptungen: jede Zahl und jedes Zitat aus Überschrift und Vorspann, dazu die zentralen Aussagen.
  claims: []
  #  - claim: "Die Aussage, wie sie im Text steht."
  #    source: kurzname
  #    verified: true
  # 3. Überschrift: Warnungen der Überschriften-Prüfung nur mit Begründung übergehen.
  headline:
    overrides: []
  # 4. Bilder im Text: Urheber und Lizenz; Symbolbilder und KI-Bilder in der Bildunterschrift kennzeichnen.
  images: []
  # 5. Offenlegung: Anzeige? Interessenkonflikte („keine“ oder beschreiben)?
  disclosure:
    sponsored: false
    conflicts: ""
  # 6. Minderjährige und Privatpersonen: bei „true“ öffentliches Interesse begründen, Details entfernen.
  minors:
    concernsMinors: false
    namesPrivatePersons: false
  # 7. Recht auf Stellungnahme: wer kritisiert wird, wird vorher gefragt.
  rightOfReply:
    criticised: []
    requests: []
    #  - party: "Name"
    #    askedOn: ${today}
    #    answer: "Antwort oder „Keine Antwort bis …“"   # oder notAskedReason: "…"
  # 8. Vier-Augen-Prüfung: eine andere Person der Redaktion trägt sich nach der Prüfung ein,
  #    vor der Veröffentlichung; jede spätere Prüfung kommt als weiterer Eintrag dazu.
  reviews: []
  #  - reviewer: id-der-pruefenden-person
  #    date: ${today}
  # 9. Korrekturen nach Veröffentlichung, mit Datum; updatedDate folgt der jüngsten.
  corrections: []
---

## Erster Abschnitt

Hier beginnt der Text.
`;
}
