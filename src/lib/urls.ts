import { isoDate } from './formatDate.ts';
import { slugify } from './slugify.ts';

/** Every internal address in one place, so links and routes cannot drift apart. */
export const urls = {
  home: () => '/',
  listPage: (page: number) => (page <= 1 ? '/' : `/seite/${page}/`),
  post: (id: string) => `/artikel/${id}/`,
  tags: () => '/themen/',
  tag: (tag: string) => `/thema/${slugify(tag)}/`,
  category: (category: string) => `/kategorie/${slugify(category)}/`,
  authors: () => '/autoren/',
  author: (id: string) => `/autoren/${id}/`,
  archive: () => '/archiv/',
  archiveYear: (year: string) => `/archiv/${year}/`,
  page: (slug: string) => `/${slug}/`,
  ogImage: (id: string) => `/og/${id}.png`,
  comments: (id: string) => `/kommentare/${id}/`,
  rss: () => '/rss.xml',
  corrections: () => '/korrekturen/',
  correctionsFeed: () => '/korrekturen.xml',
  correctionAnchor: (id: string, date: Date) => `/artikel/${id}/#korrektur-${isoDate(date)}`,
  /** The search page; with a query, its results (shareable). */
  search: (query?: string) => (query ? `/suche/?q=${encodeURIComponent(query)}` : '/suche/'),
  /** The server's search, where the search form goes without JavaScript; `page` counts from 1. */
  searchApi: (query: string, page = 1) => `/api/search?q=${encodeURIComponent(query)}${page > 1 ? `&seite=${page}` : ''}`,
} as const;
