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
  showAll: (query: string) => `Alle Treffer für „${query}“`,
  more: 'Weitere Treffer',
  failed: 'Die Suche ist gerade nicht erreichbar. Bitte später noch einmal versuchen.',
  keyboardHint: 'Pfeiltasten wechseln zwischen den Treffern, Esc schließt die Liste.',
} as const;

/**
 * Every text a reader, author or editor sees, in one place. German now; a
 * second language would be a second object of the same shape.
 */
export const strings = {
  site: {
    name: 'Klartext',
    tagline: 'Digitale Plattformen und Datenethik – geprüft, belegt, ohne Tracking.',
    description:
      'Klartext ist ein unabhängiges Blog über digitale Plattformen, Algorithmen und Datenethik. Jeder Artikel ist faktengeprüft und nennt seine Quellen.',
    locale: 'de_DE',
    language: 'de',
  },
  nav: {
    label: 'Hauptnavigation',
    home: 'Start',
    topics: 'Themen',
    archive: 'Archiv',
    authors: 'Autorinnen und Autoren',
    guidelines: 'Leitlinien',
    skipLink: 'Zum Inhalt springen',
    footerLabel: 'Service',
    privacy: 'Datenschutz',
    imprint: 'Impressum',
    rss: 'RSS-Feed',
    corrections: 'Korrekturen',
  },
  post: {
    by: 'von',
    published: 'Veröffentlicht am',
    updated: 'Aktualisiert am',
    readingTime: (minutes: number) => `${minutes} Min. Lesezeit`,
    category: 'Kategorie',
    tags: 'Schlagwörter',
    toc: 'Inhalt',
    related: 'Weiterführend',
    previous: 'Vorheriger Artikel',
    next: 'Nächster Artikel',
    adjacentLabel: 'Weitere Artikel',
    imageCredit: 'Bild',
    imageKind: { photo: '', symbolic: 'Symbolbild', generated: 'KI-generiert' },
    sponsored: 'Anzeige',
    draftBanner: 'Entwurf — nicht geprüft',
    aboutAuthor: 'Über die Autorin/den Autor',
  },
  sources: {
    heading: 'Quellen & Prüfung',
    intro: 'Diese Quellen belegen die Angaben im Artikel.',
    accessed: 'abgerufen am',
    primary: 'Primärquelle',
    archive: 'Archivkopie',
    reviewedBy: (name: string, date: string) => `Geprüft von ${name} am ${date}.`,
    notReviewed: 'Die redaktionelle Prüfung ist noch nicht dokumentiert.',
    disclosure: 'Interessenkonflikte',
    noConflicts: 'Keine.',
    sponsoredBy: (sponsor: string) => `Dieser Beitrag ist eine Anzeige von ${sponsor}.`,
    corrections: 'Korrekturen',
    noSources: 'Für diesen Artikel sind keine Quellen hinterlegt.',
    reportCorrection: 'Fehler entdeckt? Korrektur melden',
    noPrimaryReason: 'Warum es keine Primärquelle gibt:',
  },
  list: {
    newest: 'Neueste Artikel',
    page: (page: number, total: number) => `Seite ${page} von ${total}`,
    pagination: 'Seitennavigation',
    newer: 'Neuere Artikel',
    older: 'Ältere Artikel',
    empty: 'Hier gibt es noch keine Artikel.',
    articles: (count: number) => (count === 1 ? '1 Artikel' : `${count} Artikel`),
  },
  taxonomy: {
    tagsTitle: 'Themen',
    tagsIntro: 'Alle Schlagwörter und Kategorien, unter denen Klartext schreibt.',
    tagTitle: (tag: string) => `Schlagwort: ${tag}`,
    categoryTitle: (category: string) => `Kategorie: ${category}`,
    categoriesHeading: 'Kategorien',
    tagsHeading: 'Schlagwörter',
  },
  authors: {
    title: 'Autorinnen und Autoren',
    intro: 'Die Menschen hinter Klartext.',
    articlesBy: (name: string) => `Artikel von ${name}`,
    links: 'Links',
  },
  archive: {
    title: 'Archiv',
    intro: 'Alle Artikel nach Jahren.',
    yearTitle: (year: string) => `Archiv ${year}`,
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Startseite oder das Archiv weiter.',
    home: 'Zur Startseite',
    archive: 'Zum Archiv',
  },
  guidelines: {
    checklistHeading: 'Die Prüfliste für jeden Artikel',
    checklistIntro:
      'Kein Artikel erscheint, bevor diese neun Punkte erfüllt und dokumentiert sind. Die Liste wird aus denselben Regeln erzeugt, mit denen die Veröffentlichung technisch geprüft wird.',
  },
  checklist: {
    sources: {
      title: 'Quellen',
      text: 'Mindestens eine Quelle mit Titel, Adresse oder Fundstelle, Herausgeber und Abrufdatum; mindestens eine Primärquelle oder eine schriftliche Begründung, warum es keine gibt.',
    },
    claims: {
      title: 'Behauptungen',
      text: 'Die zentralen Tatsachenbehauptungen – mindestens jede Zahl und jedes Zitat in Überschrift und Vorspann – sind einzeln aufgeführt, einer Quelle zugeordnet und geprüft.',
    },
    headline: {
      title: 'Überschrift',
      text: 'Überschrift und Vorspann halten, was der Text verspricht: Jede Zahl und jeder Name daraus steht im Text, und die Clickbait-Prüfung ist bestanden oder eine Warnung ist begründet übergangen.',
    },
    images: {
      title: 'Bilder',
      text: 'Jedes Bild hat Urheber und Lizenz; Symbolbilder und KI-generierte Bilder sind in der Bildunterschrift als solche gekennzeichnet.',
    },
    disclosure: {
      title: 'Offenlegung',
      text: 'Werbung und Sponsoring werden als „Anzeige“ gekennzeichnet, Interessenkonflikte genannt – oder ausdrücklich ausgeschlossen.',
    },
    minors: {
      title: 'Minderjährige und Privatpersonen',
      text: 'Betrifft ein Artikel Minderjährige oder nennt er Privatpersonen, ist das öffentliche Interesse begründet und sind identifizierende Details entfernt.',
    },
    rightOfReply: {
      title: 'Recht auf Stellungnahme',
      text: 'Wer kritisiert wird, wurde vorher um eine Stellungnahme gebeten – mit Datum und Antwort – oder es ist begründet, warum nicht.',
    },
    review: {
      title: 'Vier-Augen-Prüfung',
      text: 'Eine Redakteurin oder ein Redakteur, die den Text nicht geschrieben haben, prüft ihn und dokumentiert das Datum. Eine Prüfung, die älter ist als die letzte Änderung, gilt als veraltet.',
    },
    corrections: {
      title: 'Korrekturen',
      text: 'Korrekturen nach der Veröffentlichung werden mit Datum im Artikel und auf der Korrekturseite gezeigt; das Aktualisierungsdatum folgt der jüngsten Korrektur.',
    },
  },
  search: searchStrings,
  ogImage: { footer: 'klartext · faktengeprüft' },
  headlineRules: {
    'curiosity-gap': {
      explanation: 'Die Überschrift verschweigt absichtlich, worum es geht, damit man klickt. Sagen Sie, was passiert ist.',
      example: 'Sie werden nicht glauben, was diese App mit Ihren Daten macht',
      finding: (match: string) => `Neugierlücke: „${match}“.`,
    },
    superlative: {
      explanation: 'Ein Superlativ behauptet einen Rekord. Er braucht einen Beleg in den Quellen – sonst streichen.',
      example: 'Die gefährlichste App der Welt',
      finding: (match: string) => `Superlativ „${match}“ – ist er belegt?`,
    },
    'all-caps': {
      explanation: 'Großbuchstaben schreien. Abkürzungen wie DSGVO sind erlaubt, wenn der Text sie genauso verwendet.',
      example: 'ACHTUNG: Diese Einstellung sollten Sie ändern',
      finding: (word: string) => `„${word}“ in Großbuchstaben, im Text aber nicht als Abkürzung verwendet.`,
    },
    punctuation: {
      explanation: 'Mehrfache Ausrufe- oder Fragezeichen („!!“, „?!“) ersetzen Information durch Aufregung.',
      example: 'Datenleck bei Streamingdienst!!',
      finding: (match: string) => `Satzzeichenfolge „${match}“.`,
    },
    'listicle-teaser': {
      explanation: 'Listen-Anreißer („Nummer 5 wird Sie überraschen“) versprechen eine Pointe statt einer Information.',
      example: '7 Gründe, die gegen soziale Netzwerke sprechen – Nummer 5 wird Sie überraschen',
      finding: (match: string) => `Listen-Anreißer: „${match}“.`,
    },
    'number-missing': {
      explanation: 'Jede Zahl aus Überschrift und Vorspann muss im Text stehen – dort wird sie eingeordnet und belegt.',
      example: 'Überschrift „5,7 Millionen Dollar Strafe“, im Text steht keine Summe',
      finding: (value: string) => `Die Zahl ${value} aus Überschrift oder Vorspann kommt im Text nicht vor.`,
    },
    'name-missing': {
      explanation: 'Wer in Überschrift oder Vorspann genannt wird, muss im Text vorkommen – sonst verspricht der Titel etwas anderes.',
      example: 'Überschrift über „TikTok“, der Text handelt nur von Instagram',
      finding: (name: string) => `„${name}“ aus Überschrift oder Vorspann kommt im Text nicht vor.`,
    },
    'title-length': {
      explanation: 'Überschriften über 70 Zeichen werden in Suchmaschinen und Feeds abgeschnitten.',
      example: 'Eine sehr lange Überschrift, die alles auf einmal sagen will und deshalb am Ende niemand mehr liest',
      finding: (length: number, max: number) => `Die Überschrift hat ${length} Zeichen (höchstens ${max}).`,
    },
    'lead-topic': {
      explanation: 'Der Vorspann soll sagen, worum es geht: Er nennt das Thema aus Überschrift, Kategorie oder Schlagwörtern.',
      example: 'Vorspann „Es ist wieder passiert.“',
      finding: () => 'Der Vorspann nennt weder ein Wort der Überschrift noch Kategorie oder Schlagwörter.',
    },
  },
  contentErrors: {
    heading: (count: number) => (count === 1 ? 'Der Inhalt enthält 1 Fehler:' : `Der Inhalt enthält ${count} Fehler:`),
    hintLabel: 'Hinweis',
    invalidDate: (value: string) => `„${value}“ ist kein gültiges Datum.`,
    dateHint: 'Schreibe das Datum als JJJJ-MM-TT, zum Beispiel 2026-03-12.',
    unknownPerson: (id: string) => `Die Person „${id}“ gibt es nicht.`,
    unknownPersonHint: (id: string, known: string) => `Lege content/authors/${id}.json an oder verwende eine vorhandene ID: ${known}.`,
    fileNameField: 'Dateiname',
    duplicateSlug: (slug: string, first: string) => `Die Adresse /artikel/${slug}/ ist schon durch ${first} belegt.`,
    duplicateSlugHint: 'Gib einer der beiden Dateien einen anderen Namen; der Dateiname ist die Adresse des Artikels.',
  },
} as const;

export type Strings = typeof strings;
