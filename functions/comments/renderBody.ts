import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * The Markdown subset readers may use: paragraphs, line breaks, *emphasis*,
 * **strong**, [links](https://…), bare http(s) links, `inline code` and
 * > quotes. Everything else — raw HTML, images, headings, lists, tables —
 * stays literal text. markdown-it's "zero" preset starts with nothing enabled.
 */
const markdown = new MarkdownIt('zero', { html: false, breaks: true, linkify: true })
  .enable(['paragraph', 'newline', 'emphasis', 'link', 'autolink', 'linkify', 'backticks', 'blockquote', 'escape', 'entity']);
// Only links a reader wrote as links; "example.org" alone stays text.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

/** Link relation for every link in a comment: no ranking credit, user content, no window.opener. */
export const COMMENT_LINK_REL = 'nofollow ugc noopener';

const ABSOLUTE_LINK = /^(https?:\/\/[^/]|mailto:)/i;

/**
 * The last line of defence, whatever the renderer let through: a strict
 * allowlist, links http/https/mailto only, no protocol-relative URLs.
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'a', 'code', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link with any other target loses its tag and keeps its text (an unknown tag is discarded, its text kept).
    a: (_tag, attribs): sanitizeHtml.Tag =>
      ABSOLUTE_LINK.test(attribs.href ?? '')
        ? { tagName: 'a', attribs: { href: attribs.href!, rel: COMMENT_LINK_REL } }
        : { tagName: 'dropped-link', attribs: {} },
  },
};

/** A comment body as the HTML readers get: rendered from the subset, then sanitized. */
export function renderCommentBody(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS).trim();
}
