/**
 * One synthetic article: headline, lead, an MDX body of 800–1200 words with
 * headings, lists and links, and a complete fact-check block. Pure.
 */
import { countWords, markdownText } from '../../src/lib/markdownText.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { addDays } from './calendar.ts';
import { list, nounPhrase, paragraph, sentence } from './prose.ts';
import type { Random } from './random.ts';
import { CATEGORIES, HEADINGS, ORGANISATIONS, TAGS, TITLE_CONTEXTS, TITLE_PHRASES } from './wordPool.ts';

/** What the corpus decides for a post before it is written. */
export interface PostSpec {
  /** Position in the corpus, oldest first; makes the slug unique. */
  index: number;
  /** YYYY-MM-DD. */
  pubDate: string;
  author: string;
  reviewer: string;
  /** Older posts the body may link to. */
  earlier: readonly { slug: string; title: string }[];
}

/** A generated post, ready to be written to `posts/<year>/<slug>.mdx`. */
export interface SyntheticPost {
  slug: string;
  year: string;
  title: string;
  /** Words in the body, counted like the site's reading time. */
  words: number;
  /** Number of `##` headings in the body. */
  headings: number;
  /** The whole file: frontmatter and body. */
  source: string;
}

const MAX_TITLE = 70;

/** A factual headline: no numbers, no superlatives, no exclamation marks, at most 70 characters. */
export function headline(random: Random, topic: string): string {
  const phrase = random.pick(TITLE_PHRASES);
  const candidates = [
    `${topic}: ${phrase}`,
    `${phrase}: ${topic} ${random.pick(TITLE_CONTEXTS)}`,
    `${topic} ${random.pick(TITLE_CONTEXTS)}: ${phrase}`,
  ];
  const title = random.pick(candidates);
  return title.length <= MAX_TITLE ? title : candidates[0]!.slice(0, MAX_TITLE).trim();
}

function sectionHeadings(random: Random, count: number): string[] {
  const fixed = random.sample(HEADINGS, count - 1);
  const generated = nounPhrase(random, 'nominative');
  const all = [...fixed, generated.charAt(0).toUpperCase() + generated.slice(1)];
  return random.sample(all, all.length);
}

interface Source {
  id: string;
  title: string;
  url: string;
  publisher: string;
  accessed: string;
  primary: boolean;
}

function sources(random: Random, slug: string, topic: string, pubDate: string): Source[] {
  return Array.from({ length: random.int(1, 3) }, (_, i) => {
    const publisher = random.pick(ORGANISATIONS);
    return {
      id: `quelle-${i + 1}`,
      title: `${random.pick(['Bericht', 'Stellungnahme', 'Studie', 'Pressemitteilung', 'Jahresbericht'])} zu ${topic}`,
      url: `https://example.org/quellen/${slug}/${i + 1}`,
      publisher,
      accessed: addDays(pubDate, -random.int(1, 30)),
      primary: i === 0,
    };
  });
}

function linkSentence(random: Random, spec: PostSpec, sourceList: readonly Source[]): string {
  const kind = random.int(0, 9);
  if (kind < 4 && spec.earlier.length > 0) {
    const other = random.pick(spec.earlier);
    return `Hintergründe stehen in [unserem Beitrag „${other.title}“](/artikel/${other.slug}/).`;
  }
  if (kind === 9) return 'Wie wir Quellen prüfen, beschreiben unsere [Leitlinien](/leitlinien/).';
  const source = random.pick(sourceList);
  return `Die Einzelheiten stehen [im Dokument der Quelle ${source.publisher}](${source.url}).`;
}

const words = (markdown: string) => countWords(markdownText(markdown));

interface Body {
  markdown: string;
  words: number;
  headings: number;
}

function body(random: Random, spec: PostSpec, sourceList: readonly Source[], claims: readonly string[]): Body {
  const target = random.int(800, 1140); // the last block may overshoot by a paragraph
  // Seven in ten posts get four or more headings and so a table of contents.
  const headingCount = random.chance(0.7) ? random.int(4, 6) : random.int(2, 3);
  const blocks: string[] = [paragraph(random, { numbers: true })];
  let total = words(blocks[0]!);
  const pendingClaims = [...claims];
  const titles = sectionHeadings(random, headingCount);
  titles.forEach((title, i) => {
    const heading = `## ${title}`;
    blocks.push(heading);
    total += words(heading);
    const sectionEnd = Math.round(((i + 1) * target) / titles.length);
    do {
      let block: string;
      if (random.chance(0.15)) {
        block = `${sentence(random)} Dabei geht es um diese Punkte:\n\n${list(random)}`;
      } else {
        block = paragraph(random, { numbers: true });
        const claim = pendingClaims.shift();
        if (claim) block = `${claim} ${block}`;
        if (random.chance(0.35)) block = `${block} ${linkSentence(random, spec, sourceList)}`;
      }
      blocks.push(block);
      total += words(block);
    } while (total < sectionEnd);
  });
  return { markdown: blocks.join('\n\n'), words: total, headings: titles.length };
}

const quoted = (text: string) => JSON.stringify(text);

function frontmatter(fields: {
  title: string;
  lead: string;
  spec: PostSpec;
  category: string;
  tags: readonly string[];
  sources: readonly Source[];
  claims: readonly { claim: string; source: string }[];
}): string {
  const { title, lead, spec, category, tags } = fields;
  return [
    `title: ${quoted(title)}`,
    `lead: ${quoted(lead)}`,
    `pubDate: ${spec.pubDate}`,
    `author: ${spec.author}`,
    `category: ${quoted(category)}`,
    `tags: [${tags.map(quoted).join(', ')}]`,
    'draft: false',
    'factCheck:',
    '  sources:',
    ...fields.sources.flatMap((source) => [
      `    - id: ${source.id}`,
      `      title: ${quoted(source.title)}`,
      `      url: ${source.url}`,
      `      publisher: ${quoted(source.publisher)}`,
      `      accessed: ${source.accessed}`,
      `      primary: ${source.primary}`,
    ]),
    '  claims:',
    ...fields.claims.flatMap((claim) => [
      `    - claim: ${quoted(claim.claim)}`,
      `      source: ${claim.source}`,
      '      verified: true',
    ]),
    '  headline:',
    '    overrides: []',
    '  images: []',
    '  disclosure:',
    '    sponsored: false',
    '    conflicts: "keine"',
    '  minors:',
    '    concernsMinors: false',
    '    namesPrivatePersons: false',
    '    identifyingDetailsRemoved: true',
    '  rightOfReply:',
    '    criticised: []',
    '    requests: []',
    '  review:',
    `    reviewer: ${spec.reviewer}`,
    `    date: ${spec.pubDate}`,
    '  corrections: []',
  ].join('\n');
}

/** Generates one post from its spec. */
export function syntheticPost(random: Random, spec: PostSpec): SyntheticPost {
  const tags = random.sample(TAGS, random.int(1, 4));
  const topic = tags[0]!;
  const title = headline(random, topic);
  const slug = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${String(spec.index + 1).padStart(4, '0')}`;
  // The lead names the topic and the body mentions it, as the headline linter requires.
  const lead = `Es geht um ${topic}. ${sentence(random)} ${sentence(random)}`;
  const sourceList = sources(random, slug, topic, spec.pubDate);
  const claims = Array.from({ length: random.int(1, 3) }, () => ({
    claim: sentence(random, { numbers: true }),
    source: random.pick(sourceList).id,
  }));
  const text = body(
    random,
    spec,
    sourceList,
    claims.map((claim) => claim.claim),
  );
  const matter = frontmatter({ title, lead, spec, category: random.pick(CATEGORIES), tags, sources: sourceList, claims });
  return {
    slug,
    year: spec.pubDate.slice(0, 4),
    title,
    words: text.words,
    headings: text.headings,
    source: `---\n${matter}\n---\n\n${topic} steht im Mittelpunkt dieses Beitrags.\n\n${text.markdown}\n`,
  };
}
