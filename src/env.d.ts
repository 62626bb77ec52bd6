interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and scheduled posts are previewed there. */
  readonly KLARTEXT_SHOW_UNPUBLISHED: boolean;
}
