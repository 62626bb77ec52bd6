import { strings } from '../../strings.ts';
import { numbersIn, sameNumber } from './germanNumbers.ts';
import { mentionsName } from './germanNames.ts';

export type Severity = 'error' | 'warning' | 'off';

export interface HeadlineInput {
  title: string;
  lead: string;
  /** The article text without Markdown syntax. */
  body: string;
  tags: readonly string[];
  category: string;
  /** How many sections and list items the article has (ownCounts): headline numbers that count them are no claims. */
  counts?: readonly number[];
}

export interface HeadlineFinding {
  rule: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
}

export type HeadlineRuleId = keyof typeof strings.headlineRules;

/** A rule's explanation and example live in the strings module under its id. */
export interface HeadlineRule {
  id: HeadlineRuleId;
  defaultSeverity: Exclude<Severity, 'off'>;
  check(input: HeadlineInput): string[];
}

const text = strings.headlineRules;

export const MAX_TITLE_LENGTH = 70;

const CURIOSITY_GAPS = [
  /sie werden (es )?nicht glauben/i,
  /was dann (geschah|passierte|kam)/i,
  /(das|dies) (passiert|geschieht),? wenn/i,
  /der grund (wird|ist) (sie|euch)/i,
  /(sie|ihr) werden? staunen/i,
  /(schockierend|unfassbar|unglaublich)/i,
  /kaum zu glauben/i,
  /\b(die|das|der) (dich|sie|euch) umhauen (wird|werden)\b/iu,
  /mit diesem (einen )?trick/i,
  // „Das müssen Sie jetzt über Cookies wissen“, „das solltest Du dazu wissen“, „Das sollten Sie unbedingt beachten“.
  /\b(das|dies) (müssen|muss|musst|sollten|solltest) (sie|du|ihr) (?:\p{L}+ ){0,3}(wissen|beachten|kennen)\b/iu,
  /niemand (hat|hätte) (damit )?gerechnet/i,
  // Forward references whose referent the headline withholds: „Deshalb muss Meta …“, „eine dieser vier Apps“, „Diese Apps können …“.
  /(?:^|[:–—]\s*)(deshalb|darum) \p{L}+/iu,
  /\beine[rnms]? dieser\b/iu,
  /(?:^|[:–—]\s*)diese[rnms]? [\p{L}-]+ (können|könnten|sollten|müssen|werden|machen|sind)\b/iu,
];

/** Quoted titles („Kaum zu glauben!“, the show) are names, not the headline's own words. */
const withoutQuotes = (text: string) => text.replace(/[„"“»][^"“”«]*["“”«]/g, ' ');

// Word edges by letter, not \b: in JavaScript \b only knows ASCII, so „best“ ended before the „ä“ of „bestätigt“.
const SUPERLATIVES =
  /(?<![\p{L}\p{N}])(aller\p{L}+st(?:e|en|er|es|em)?|(?:größt|best|schlimmst|wichtigst|gefährlichst|erfolgreichst|krassest|heftigst|ultimativ|mächtigst|teuerst|schnellst)(?:e|en|er|es|em)?)(?![\p{L}\p{N}])/iu;

// More superlative stems; these need an ending, because some bare forms are adverbs („längst“, „jüngst“, „höchst“).
// „das höchste Gericht“ names a court and claims no record.
const MORE_SUPERLATIVES =
  /(?<![\p{L}\p{N}])(?:lustigst|schönst|höchst|neuest|häufigst|beliebtest|bekanntest|spannendst|verrücktest|günstigst|billigst|sicherst|stärkst|schwächst|kleinst|längst|härtest|strengst|ältest|jüngst|modernst|peinlichst|dümmst|kuriosest|brutalst|tödlichst|reichst|teuerst)(?:e|en|er|es|em)(?![\p{L}\p{N}])(?!\s+(?:gericht|gerichtshof|instanz)\b)/iu;

const LISTICLE = [/nummer \d+ wird/i, /\b\d+ (dinge|gründe|tricks|fakten|fehler|tipps|geheimnisse),? die\b/i, /platz \d+ wird/i];

// „ihr schwächster Punkt“, „sein bester Film“: ranked within their owner, a judgement about the subject, not a record.
const POSSESSIVE_BEFORE = /\b(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|er|es|en|em)?\s+$/iu;

/** The first superlative in a text that claims a record. */
export function superlativeIn(text: string): string | undefined {
  for (const pattern of [SUPERLATIVES, MORE_SUPERLATIVES]) {
    const all = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(all)) {
      if (!POSSESSIVE_BEFORE.test(text.slice(0, match.index))) return match[0];
    }
  }
  return undefined;
}

/**
 * Words in title or lead that name someone: short acronyms, CamelCase, dotted
 * names and quoted titles. Longer all-caps words are the all-caps rule's.
 */
export function namesIn(text: string): string[] {
  // Quoted titles start with a capital („The Social Dilemma“); scare quotes („kostenlos“) do not.
  const quoted = [...text.matchAll(/[„"“»](\p{Lu}[^"“”«]{1,59})["“”«]/gu)].map((m) => m[1]!.trim());
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}.&-]*[\p{L}\p{N}]/gu) ?? [];
  // The parts of a compound can be names: „EU-Kommission“, „KI-Kern“.
  const parts = words.flatMap((word) => (word.includes('-') ? word.split('-').filter(Boolean) : [word]));
  const named = parts
    .filter(
      (word) =>
        /^\p{Lu}{2,3}s?$/u.test(word) || // acronym, also in the genitive: FTC, EU, FTCs
        /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(word) || // CamelCase: TikTok, YouTube
        /^\p{L}+\.\p{L}+/u.test(word), // dotted: Musical.ly
    )
    // „FTCs“ is the FTC's genitive, not a name of its own.
    .map((word) => (/^\p{Lu}{2,3}s$/u.test(word) ? word.slice(0, -1) : word));
  return [...new Set([...quoted, ...named])];
}

function stem(word: string): string {
  return word.toLowerCase().slice(0, Math.max(4, Math.min(word.length - 2, 7)));
}

export const HEADLINE_RULES: readonly HeadlineRule[] = [
  {
    id: 'curiosity-gap',
    defaultSeverity: 'error',
    check: ({ title, lead }) => {
      const own = withoutQuotes(`${title} ${lead}`);
      return CURIOSITY_GAPS.filter((p) => p.test(own)).map((p) => text['curiosity-gap'].finding(own.match(p)![0].trim()));
    },
  },
  {
    id: 'superlative',
    defaultSeverity: 'warning',
    check: ({ title, lead }) => {
      const match = superlativeIn(`${title} ${lead}`);
      return match ? [text.superlative.finding(match)] : [];
    },
  },
  {
    id: 'all-caps',
    defaultSeverity: 'warning',
    check: ({ title, lead, body }) =>
      [...new Set(`${title} ${lead}`.match(/(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu) ?? [])]
        .filter((word) => !new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(body))
        .map((word) => text['all-caps'].finding(word)),
  },
  {
    id: 'punctuation',
    defaultSeverity: 'error',
    check: ({ title, lead }) => {
      const match = `${title} ${lead}`.match(/[!?]{2,}/);
      return match ? [text.punctuation.finding(match[0])] : [];
    },
  },
  {
    id: 'listicle-teaser',
    defaultSeverity: 'error',
    check: ({ title, lead }) =>
      LISTICLE.filter((p) => p.test(`${title} ${lead}`)).map((p) => text['listicle-teaser'].finding(`${title} ${lead}`.match(p)![0])),
  },
  {
    id: 'number-missing',
    defaultSeverity: 'error',
    check: ({ title, lead, body, counts = [] }) => {
      const inBody = [...numbersIn(body), ...counts];
      return numbersIn(`${title} ${lead}`)
        .filter((value) => !inBody.some((other) => sameNumber(value, other)))
        .map((value) => text['number-missing'].finding(value.toLocaleString('de-DE')));
    },
  },
  {
    id: 'name-missing',
    defaultSeverity: 'error',
    check: ({ title, lead, body }) =>
      namesIn(`${title} ${lead}`)
        .filter((name) => !mentionsName(body, name))
        .map((name) => text['name-missing'].finding(name)),
  },
  {
    id: 'title-length',
    defaultSeverity: 'error',
    check: ({ title }) =>
      title.length > MAX_TITLE_LENGTH ? [text['title-length'].finding(title.length, MAX_TITLE_LENGTH)] : [],
  },
  {
    id: 'lead-topic',
    defaultSeverity: 'warning',
    check: ({ title, lead, tags, category }) => {
      // Acronyms are topics too („Was verlangt der DSA?“).
      const topicWords = [...(title.match(/\p{Lu}[\p{L}.-]{3,}|\p{Lu}{2,}/gu) ?? []), category, ...tags].filter(Boolean).map(stem);
      const leadWords = (lead.match(/\p{L}[\p{L}.-]{1,}/gu) ?? []).map((word) => word.toLowerCase());
      const mentioned = topicWords.some((topic) => leadWords.some((word) => word.startsWith(topic)));
      return mentioned ? [] : [text['lead-topic'].finding()];
    },
  },
];

/** Severity per rule id; rules not named keep their default. */
export type HeadlineConfig = Partial<Record<HeadlineRuleId, Severity>>;

/** All findings of the headline linter for one article. */
export function lintHeadline(input: HeadlineInput, config: HeadlineConfig = {}): HeadlineFinding[] {
  return HEADLINE_RULES.flatMap((rule) => {
    const severity = config[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') return [];
    return rule.check(input).map((message) => ({ rule: rule.id, severity, message }));
  });
}
