import { fields } from '@keystatic/core';
import { markdownDifference } from '../lib/cms/markdownTree.ts';
import { strings } from '../strings.ts';

const decoder = new TextDecoder();

/**
 * Keystatic's MDX field, which refuses to open a text it could not save
 * unchanged in meaning: it turns what its editor does not know (an image with a
 * relative path, a footnote, an unknown component) into plain text or drops
 * it. The check saves the text in memory at once and compares the syntax
 * trees; such a file is then edited by hand, and nothing is lost.
 */
export function losslessMdx(options: Parameters<typeof fields.mdx>[0]): ReturnType<typeof fields.mdx> {
  const base = fields.mdx(options);
  return {
    ...base,
    parse(value, args) {
      const state = base.parse(value, args);
      const written = decoder.decode(base.serialize(state, { slug: args.slug }).content);
      const difference = markdownDifference(decoder.decode(args.content), written);
      if (difference) throw new Error(strings.cms.lossyBody(strings.cms.constructs[difference.type] ?? `„${difference.type}“`, difference.line));
      return state;
    },
  };
}
