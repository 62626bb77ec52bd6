import { findLinks, websiteLink, type FoundLink } from './linkParts.ts';
import { hasFancyLetters, normaliseText } from './normalise.ts';
import { detectLanguage, dominantScripts } from './scripts.ts';

/** What the filter looks at: the fields a reader filled in and how long the form was open. */
export interface FilterInput {
  name: string;
  url: string | null;
  body: string;
  /** Milliseconds between handing out the form and submitting it (the time-trap token's age); null without a token. */
  formAgeMs: number | null;
}

/**
 * A comment as the classifier sees it: a set of feature names, and one
 * smaller set per link (the link and the words around it), so that a spam
 * link cannot hide inside long, harmless padding.
 *
 * Feature names are stable strings with a prefix per kind (`w:` word, `b:`
 * word pair, `c:` character 4-gram, `d:` link domain …; see FEATURE_KINDS).
 */
export interface CommentFeatures {
  /** Everything, character 4-grams included: what training counts. */
  all: string[];
  linkContexts: string[][];
  /** The website field on its own (its domain, TLD and the words it is made of); null without one. */
  websiteContext: string[] | null;
  /** Each distinct word (`w:…`) with its character 4-grams, for scoring one word as one piece of evidence (wordEvidence). */
  wordGrams: Map<string, string[]>;
}

/**
 * Words before a link that count as its context: its anchor or lead-in text
 * ("[Casino Bonus](…)", "Freispiele hier: …"). Few, and none after it, or
 * harmless padding around the link would dilute it again.
 */
const LINK_CONTEXT_WORDS = 4;
const MIN_WORD = 2;
const MAX_WORD = 24;

const lengthBucket = (words: number) => (words <= 5 ? 'xs' : words <= 20 ? 's' : words <= 60 ? 'm' : words <= 150 ? 'l' : 'xl');
const linkBucket = (links: number) => (links >= 3 ? '3+' : String(links));

/** The form's age in coarse steps: bots post within seconds, people take a while (the time trap already refuses < 3 s). */
export function ageBucket(ms: number | null): string {
  if (ms === null) return 'none';
  const s = ms / 1000;
  return s < 10 ? '<10s' : s < 30 ? '<30s' : s < 120 ? '<2m' : s < 600 ? '<10m' : s < 3600 ? '<1h' : s < 86_400 ? '<1d' : '>1d';
}

/**
 * The words a domain is made of (`kredit-ohne-schufa.top` → kredit, ohne,
 * schufa): spam domains are named after what they sell, so a new domain still
 * says "casino" or "kredit". Shared by links in the text and the website field
 * (`u:`), as the same spammer uses both.
 */
export function domainWords(link: FoundLink): string[] {
  if (link.ip) return [];
  const name = link.domain.slice(0, link.domain.length - link.tld.length - 1);
  return [...new Set(name.split(/[^\p{L}]+/u).filter((word) => word.length >= 3 && word.length <= MAX_WORD))].map((word) => `u:${word}`);
}

function linkFeatures(link: FoundLink): string[] {
  return [`d:${link.domain}`, `tld:${link.tld}`, ...domainWords(link), ...(link.shortener ? ['link:shortener'] : []), ...(link.bare ? ['link:bare'] : []), ...(link.disguised ? ['link:disguised'] : []), ...(link.ip ? ['link:ip'] : [])];
}

function charGrams(word: string): string[] {
  if (word.length < 5) return [];
  const marked = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 4 <= marked.length; i++) grams.push(`c:${marked.slice(i, i + 4)}`);
  return grams;
}

const PLACEHOLDER = (i: number) => ` qqlink${String.fromCharCode(97 + (i % 26))}qq `;
const PLACEHOLDER_WORD = /^qqlink[a-z]qq$/;

/**
 * German formal address in mid-sentence ("wir bringen Sie auf Seite 1",
 * "Ihre Website"): sellers write to the site's owner that way, readers talk
 * about the article or to each other ("ihr", "du"). Lower case folds it away,
 * so it is looked for in the original text.
 */
const FORMAL_ADDRESS = /(?<![.!?:]\s*|^\s*)\b(?:Sie|Ihnen|Ihre[nmrs]?)\b/u;

function styleFeatures(raw: string, words: string[]): string[] {
  const features: string[] = [];
  const letters = raw.match(/\p{L}/gu) ?? [];
  const upper = raw.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters.length >= 20 && upper / letters.length > 0.5) features.push('style:caps');
  if ((raw.match(/!/g)?.length ?? 0) >= 3) features.push('style:exclaim');
  if (/(.)\1{4,}/u.test(raw)) features.push('style:repeated-chars');
  if ((raw.match(/\p{Extended_Pictographic}/gu)?.length ?? 0) >= 3) features.push('style:emoji');
  if (/[$€£]\s?\d|\d\s?(?:[$€£]|euro|dollar|usd|eur)\b/iu.test(raw)) features.push('style:money');
  if (/(?:\+|00)\d{2}[\s/-]?\d{2,4}[\s/-]?\d{3,}|\bwhats\s?app\b|\btelegram\b/iu.test(raw)) features.push('style:contact');
  if (/[\w.+-]+@[\w-]+\.[\w.-]+/u.test(raw)) features.push('style:email-in-text');
  const counts = new Map<string, number>();
  for (const word of words) if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  if (top >= 4 && top / Math.max(1, words.length) >= 0.12) features.push('style:repeated-word');
  return features;
}

/**
 * Everything the classifier looks at in one comment: words (after undoing
 * evasions), word pairs, character 4-grams, link domains and their number and
 * share of the text, shorteners, the website field, the name, script and
 * language, repetition and shouting, and the time-trap age. Pure.
 */
export function extractFeatures(input: FilterInput): CommentFeatures {
  const folded = input.body.normalize('NFKC');
  const links = findLinks(folded);
  // Links leave the text as placeholders, so their characters make no words and their place stays known.
  let withoutLinks = '';
  let last = 0;
  links.forEach((link, i) => {
    withoutLinks += folded.slice(last, link.start) + PLACEHOLDER(i);
    last = link.end;
  });
  withoutLinks += folded.slice(last);
  const normal = normaliseText(withoutLinks.replace(/[\w.+-]+@[\w-]+\.[\w.-]+/gu, ' '));
  const tokens = normal.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const words = tokens.filter((token) => !PLACEHOLDER_WORD.test(token));

  const all = new Set<string>();
  const wordGrams = new Map<string, string[]>();
  const usable = (word: string) => word.length >= MIN_WORD && word.length <= MAX_WORD && !/^\d+$/.test(word);
  for (const word of words) {
    if (!usable(word)) continue;
    all.add(`w:${word}`);
    const grams = charGrams(word);
    if (grams.length > 0) wordGrams.set(`w:${word}`, grams);
    for (const gram of grams) all.add(gram);
  }
  for (let i = 1; i < words.length; i++) if (usable(words[i - 1]!) && usable(words[i]!)) all.add(`b:${words[i - 1]} ${words[i]}`);
  // A number next to a word, as `#`: "15 Kilo", "in 24 Stunden", "ab 39" (the numbers themselves make no words).
  const numberOrWord = (word: string) => (/^\d+$/.test(word) ? '#' : usable(word) ? word : null);
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [numberOrWord(words[i - 1]!), numberOrWord(words[i]!)];
    if (a && b && (a === '#') !== (b === '#')) all.add(`b:${a} ${b}`);
  }
  if (FORMAL_ADDRESS.test(withoutLinks)) all.add('style:formal');

  for (const link of links) for (const feature of linkFeatures(link)) all.add(feature);
  // Domain words share their character 4-grams with the text's words: "kreditexpress" and "Sofortkredit" both have "kred".
  const domainGrams = (feature: string) => {
    if (!feature.startsWith('u:')) return;
    const grams = charGrams(feature.slice(2));
    if (grams.length === 0) return;
    wordGrams.set(feature, grams);
    for (const gram of grams) all.add(gram);
  };
  for (const feature of all) domainGrams(feature);
  all.add(`links:${linkBucket(links.length)}`);
  const linkChars = links.reduce((sum, link) => sum + link.end - link.start, 0);
  if (links.length > 0 && linkChars / Math.max(1, folded.length) > 0.3) all.add('links:most-of-text');
  if (new Set(links.map((link) => link.domain)).size < links.length) all.add('links:same-domain-again');

  const website = websiteLink(input.url);
  if (!website) all.add('site:none');
  else {
    all.add('site:given');
    all.add(`site:d:${website.domain}`);
    all.add(`site:tld:${website.tld}`);
    for (const word of domainWords(website)) {
      all.add(word);
      domainGrams(word);
    }
    if (website.shortener) all.add('site:shortener');
    if (links.some((link) => link.domain === website.domain)) all.add('site:linked-in-text');
  }

  const name = normaliseText(input.name);
  for (const word of name.text.match(/[\p{L}\p{N}]+/gu) ?? []) if (usable(word)) all.add(`n:${word}`);
  if ((name.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 4) all.add('name:long');
  if (/\d/.test(input.name)) all.add('name:digits');
  if (findLinks(input.name.normalize('NFKC')).length > 0) all.add('name:link');

  // The body was NFKC-folded before its links were found, so fancy letters are looked for in the original.
  const evasions = { ...normal.evasions, fancyLetters: hasFancyLetters(input.body) };
  for (const [evasion, present] of Object.entries(evasions)) if (present) all.add(`evasion:${evasion}`);
  for (const [evasion, present] of Object.entries(name.evasions)) if (present) all.add(`evasion:${evasion}`);
  for (const script of dominantScripts(folded)) all.add(`script:${script}`);
  all.add(`lang:${detectLanguage(words)}`);
  for (const feature of styleFeatures(folded, words)) all.add(feature);
  all.add(`len:${lengthBucket(words.length)}`);
  all.add(`age:${ageBucket(input.formAgeMs)}`);

  const linkContexts = links.map((link, i) => {
    const at = tokens.findIndex((token) => token === PLACEHOLDER(i).trim());
    const near = at < 0 ? [] : tokens.slice(Math.max(0, at - LINK_CONTEXT_WORDS), at).filter((token) => !PLACEHOLDER_WORD.test(token) && usable(token));
    return [...new Set([...linkFeatures(link), ...near.map((word) => `w:${word}`)])];
  });
  const websiteContext = website && [`site:d:${website.domain}`, `site:tld:${website.tld}`, ...domainWords(website), ...(website.shortener ? ['site:shortener'] : [])];
  return { all: [...all], linkContexts, websiteContext, wordGrams };
}
