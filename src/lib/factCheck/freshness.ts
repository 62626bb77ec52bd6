import { numbersIn, sameNumber } from '../headline/germanNumbers.ts';
import { toDate, type PostToCheck } from './postToCheck.ts';

/** A figure older than this, counted from the post's date, is no longer "today's". */
export const STALE_AFTER_YEARS = 2;

/** Words that present a figure as current. */
const NOW_WORDS = /(?<!\p{L})(heute|derzeit|aktuell|gegenwärtig|zurzeit|momentan)(?!\p{L})/iu;
/** Verbs in the past tense that date a sentence: "meldete", "hatte", "waren". */
const PAST_TENSE =
  /(?<!\p{L})(war|waren|hatte|hatten|wurde|wurden|lag|lagen|betrug|kam|kamen|gab|zählte|zählten|meldete|meldeten|schätzte|schätzten|erreichte|erreichten|zahlte|zahlten|nutzten|verbrachten|nannte|nannten|berichtete|berichteten|entfiel|entfielen|stammte|stammten|stieg|stiegen|sank|sanken|ging|gingen)(?!\p{L})/iu;
const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/;

/** A claim with the date its figure refers to. */
export interface DatedClaim {
  claim: string;
  source: string;
  asOf: Date;
}

type Data = Record<string, unknown>;

/** The claims of a post that carry `asOf`. */
export function datedClaims(factCheck: unknown): DatedClaim[] {
  const claims = factCheck && typeof factCheck === 'object' ? (factCheck as Data).claims : undefined;
  if (!Array.isArray(claims)) return [];
  return claims.flatMap((claim: Data) => {
    const asOf = toDate(claim?.asOf);
    return asOf && typeof claim.claim === 'string' ? [{ claim: claim.claim, source: String(claim.source ?? ''), asOf }] : [];
  });
}

/** The figures of a claim, without years and days of the month, which date it rather than state it. */
export function figuresOf(text: string): number[] {
  return numbersIn(text).filter((value) => !(Number.isInteger(value) && (value <= 31 || (value >= 1900 && value <= 2100))));
}

// Single letters („z. B.“, „d. h.“) are abbreviations too.
const ABBREVIATIONS = ['Mio', 'Mrd', 'Tsd', 'Nr', 'Abs', 'Art', 'bzw', 'ca', 'vgl', 'Dr', 'Prof', 'St', '\\p{L}'];
const SENTENCE_END = new RegExp(
  `(?<=[^\\d\\s][.!?]["“”«»]?)(?<!(?:^|[^\\p{L}])(?:${ABBREVIATIONS.join('|')})\\.)\\s+(?=[\\p{Lu}„"\\d])|\\n+`,
  'u',
);

/**
 * Sentences of a text. A full stop after a digit is an ordinal („31. Dezember“),
 * not a sentence end, and neither is the full stop of „Mio.“, „Art.“ or „z. B.“.
 */
export function sentences(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
}

export interface StaleUse {
  claim: DatedClaim;
  sentence: string;
  /** `now-word`: "heute", "derzeit" …; `present`: an undated sentence in the present tense. */
  why: 'now-word' | 'present';
}

/**
 * Figures more than two years older than the post, used in a sentence that
 * presents them as current: with "heute", "derzeit", "aktuell" … in it or earlier
 * in its paragraph, or in the present tense without a year.
 */
export function staleUses(post: Pick<PostToCheck, 'title' | 'lead' | 'bodyText' | 'pubDate' | 'factCheck'>): StaleUse[] {
  if (!post.pubDate) return [];
  const limit = new Date(post.pubDate);
  limit.setUTCFullYear(limit.getUTCFullYear() - STALE_AFTER_YEARS);
  // Each sentence with what leads up to it in its paragraph: „Wer heute … Meta meldete 2,91 Milliarden …“ reads as today's figure.
  const paragraphs = `${post.title}\n${post.lead}\n${post.bodyText}`.split(/\n+/);
  const text = paragraphs.flatMap((paragraph) => sentences(paragraph).map((sentence, i, all) => ({ sentence, before: all.slice(0, i).join(' ') })));
  return datedClaims(post.factCheck)
    .filter((claim) => claim.asOf < limit)
    .flatMap((claim) => {
      const figures = figuresOf(claim.claim);
      const uses = text.filter(({ sentence }) => figuresOf(sentence).some((value) => figures.some((figure) => sameNumber(value, figure))));
      return uses.flatMap(({ sentence, before }): StaleUse[] => {
        if (NOW_WORDS.test(sentence) || NOW_WORDS.test(before)) return [{ claim, sentence, why: 'now-word' }];
        if (!YEAR.test(sentence) && !PAST_TENSE.test(sentence)) return [{ claim, sentence, why: 'present' }];
        return [];
      });
    });
}

/** A dated claim of a post and a newer figure the site published later from the same source. */
export interface SupersededClaim {
  postId: string;
  claim: DatedClaim;
  newer: { postId: string; asOf: Date };
}

interface PostSources {
  id: string;
  pubDate?: Date;
  factCheck?: Record<string, unknown>;
}

const sourceKeys = (factCheck: Data | undefined): Map<string, string> => {
  const sources = Array.isArray(factCheck?.sources) ? (factCheck.sources as Data[]) : [];
  // The same source is the same address (or, offline, the same reference).
  return new Map(sources.map((source) => [String(source?.id ?? ''), String(source?.url ?? source?.reference ?? source?.id ?? '')]));
};

/**
 * Claims older than a claim of a later post of the site on the same source:
 * the site itself has since published a newer figure.
 */
export function supersededClaims(posts: readonly PostSources[]): SupersededClaim[] {
  const dated = posts.map((post) => {
    const keys = sourceKeys(post.factCheck);
    return { post, claims: datedClaims(post.factCheck).map((claim) => ({ claim, key: keys.get(claim.source) ?? claim.source })) };
  });
  return dated.flatMap(({ post, claims }) =>
    claims.flatMap(({ claim, key }) => {
      const newer = dated
        .filter((other) => other.post.id !== post.id && post.pubDate && other.post.pubDate && other.post.pubDate > post.pubDate)
        .flatMap((other) => other.claims.filter((c) => c.key === key && c.claim.asOf > claim.asOf).map((c) => ({ postId: other.post.id, asOf: c.claim.asOf })))
        .sort((a, b) => b.asOf.getTime() - a.asOf.getTime())[0];
      return newer ? [{ postId: post.id, claim, newer }] : [];
    }),
  );
}
