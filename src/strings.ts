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
  ogImage: { footer: 'klartext · faktengeprüft' },
} as const;

export type Strings = typeof strings;
