/** Posts per page on the home page and its follow-up pages. */
export const POSTS_PER_PAGE = 10;

/** Where readers send corrections (shown on every article). */
export const EDITORIAL_EMAIL = 'redaktion@klartext.example';

/**
 * Articles in the full-text feed. Feed readers fetch the feed often; older
 * articles stay in the archive and the sitemap.
 */
export const RSS_ITEMS = 50;
