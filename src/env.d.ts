interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and scheduled posts are previewed there. */
  readonly KLARTEXT_SHOW_UNPUBLISHED: boolean;
}

declare module 'virtual:klartext/search-index' {
  /** Folder of this build's search index, e.g. "/_astro/search/<hash>/" (see src/integrations/searchIndex.ts). */
  export const searchIndexUrl: string;
}
