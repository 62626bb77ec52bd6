// Modules that Vite plugins of this project provide. (A separate file: TypeScript
// skips src/env.d.ts because src/env.ts exists beside it.)

declare module 'virtual:klartext/search-index' {
  /** Folder of this build's search index, e.g. "/_astro/search/<hash>/" (see src/integrations/searchIndex.ts). */
  export const searchIndexUrl: string;
}
