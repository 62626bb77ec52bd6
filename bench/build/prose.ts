/**
 * Grammatical German filler text: sentences, paragraphs and lists built from
 * the word pool. Pure: all randomness comes from the `Random` passed in.
 */
import type { Random } from './random.ts';
import { ADJECTIVES, ADVERBS, CONNECTORS, NOUNS, ORGANISATIONS, SUBORDINATORS, VERBS, type Noun } from './wordPool.ts';

type Case = 'nominative' | 'accusative' | 'dative';

const ARTICLES: Record<Case, Record<Noun['gender'], string>> = {
  nominative: { m: 'der', f: 'die', n: 'das' },
  accusative: { m: 'den', f: 'die', n: 'das' },
  dative: { m: 'dem', f: 'der', n: 'dem' },
};

/** Weak adjective ending after a definite article. */
function adjectiveEnding(grammaticalCase: Case, gender: Noun['gender']): string {
  if (grammaticalCase === 'nominative') return 'e';
  if (grammaticalCase === 'accusative') return gender === 'm' ? 'en' : 'e';
  return 'en';
}

/** "der neue Vertrag", "den digitalen Markt", "der zuständigen Behörde". */
export function nounPhrase(random: Random, grammaticalCase: Case, noun: Noun = random.pick(NOUNS)): string {
  const article = ARTICLES[grammaticalCase][noun.gender];
  if (!random.chance(0.6)) return `${article} ${noun.word}`;
  return `${article} ${random.pick(ADJECTIVES)}${adjectiveEnding(grammaticalCase, noun.gender)} ${noun.word}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Options for one sentence. */
export interface SentenceOptions {
  /** Allow figures (years, percentages); headlines and leads have none. */
  numbers?: boolean;
}

function mainClause(random: Random): string {
  const subject = nounPhrase(random, 'nominative');
  const verb = random.pick(VERBS);
  const object = nounPhrase(random, 'accusative');
  const adverb = random.chance(0.5) ? ` ${random.pick(ADVERBS)}` : '';
  return `${subject} ${verb}${adverb} ${object}`;
}

function subordinateClause(random: Random): string {
  return `${random.pick(SUBORDINATORS)} ${nounPhrase(random, 'nominative')} ${nounPhrase(random, 'accusative')} ${random.pick(VERBS)}`;
}

/** One sentence ending with a full stop. */
export function sentence(random: Random, options: SentenceOptions = {}): string {
  const form = random.int(0, options.numbers ? 6 : 4);
  switch (form) {
    case 0:
      return `${capitalise(mainClause(random))}.`;
    case 1: {
      const subject = nounPhrase(random, 'nominative');
      const verb = random.pick(VERBS);
      return `${random.pick(CONNECTORS)} ${verb} ${subject} ${random.pick(ADVERBS)} ${nounPhrase(random, 'accusative')}.`;
    }
    case 2:
      return `${capitalise(mainClause(random))}, ${subordinateClause(random)}.`;
    case 3:
      return `${capitalise(subordinateClause(random))}, ${random.pick(VERBS)} ${nounPhrase(random, 'nominative')} ${nounPhrase(random, 'accusative')}.`;
    case 4:
      return `Laut ${random.pick(ORGANISATIONS)} ${random.pick(VERBS)} ${nounPhrase(random, 'nominative')} ${nounPhrase(random, 'accusative')}.`;
    case 5:
      return `Rund ${random.int(3, 92)} Prozent der Befragten gaben an, dass ${nounPhrase(random, 'nominative')} ${nounPhrase(random, 'accusative')} ${random.pick(VERBS)}.`;
    default:
      return `Im Jahr ${random.int(2008, 2025)} ${random.pick(VERBS)} ${nounPhrase(random, 'nominative')} erstmals ${nounPhrase(random, 'accusative')}.`;
  }
}

/** A paragraph of three to six sentences. */
export function paragraph(random: Random, options: SentenceOptions = {}): string {
  return Array.from({ length: random.int(3, 6) }, () => sentence(random, options)).join(' ');
}

/** A Markdown list of three to five items, bulleted or numbered. */
export function list(random: Random): string {
  const ordered = random.chance(0.3);
  return Array.from({ length: random.int(3, 5) }, (_, i) => {
    const marker = ordered ? `${i + 1}.` : '-';
    const item = random.chance(0.5)
      ? `**${capitalise(nounPhrase(random, 'nominative'))}:** ${sentence(random)}`
      : sentence(random);
    return `${marker} ${item}`;
  }).join('\n');
}
