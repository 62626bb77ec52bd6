import { collection, config, fields } from '@keystatic/core';
import { inline } from '@keystatic/core/content-components';
import { slugify } from '../lib/slugify.ts';
import { strings } from '../strings.ts';
import { whenAbsent } from './fieldInfo.ts';
import { losslessMdx } from './losslessMdx.ts';
import { postFields } from './postSchema.ts';

const t = strings.cms;
const required = { isRequired: true } as const;

export interface CmsOptions {
  /**
   * `owner/name` of a GitHub repository: the editor then reads and commits
   * there instead of the local content folder (docs/cms.md, untested here).
   */
  githubRepo?: string;
  /** Path of the content folder inside that repository (default `content`). */
  githubContentPath?: string;
}

/**
 * Keystatic's configuration: posts, authors and pages, with the paths of the
 * content model. In local mode the editor's root is the content folder
 * itself (KLARTEXT_CONTENT_DIR), so the paths carry no prefix.
 */
export function cmsConfig(options: CmsOptions = {}) {
  const prefix = options.githubRepo ? `${(options.githubContentPath ?? 'content').replace(/^\/+|\/+$/g, '')}/` : '';
  const storage = options.githubRepo
    ? { kind: 'github' as const, repo: options.githubRepo as `${string}/${string}` }
    : { kind: 'local' as const };
  return config({
    storage,
    locale: 'de-DE',
    ui: { brand: { name: strings.site.name } },
    collections: {
      posts: collection({
        label: t.posts,
        path: `${prefix}posts/**`,
        slugField: 'title',
        format: { contentField: 'body' },
        entryLayout: 'content',
        columns: ['title', 'pubDate'],
        previewUrl: '/redaktion/vorschau/{slug}/',
        schema: postFields(),
      }),
      authors: collection({
        label: strings.authors.title,
        path: `${prefix}authors/*`,
        slugField: 'name',
        format: { data: 'json' },
        schema: {
          name: fields.slug({ name: { label: t.author.name, validation: required }, slug: { label: 'id', generate: slugify } }),
          role: fields.text({ label: t.author.role, validation: required }),
          bio: fields.text({ label: t.author.bio, multiline: true, validation: required }),
          avatar: fields.text({ label: t.author.avatar }),
          links: whenAbsent(fields.array(
            fields.object({
              label: fields.text({ label: t.author.linkLabel, validation: required }),
              url: fields.text({ label: t.author.linkUrl, validation: required }),
            }),
            { label: strings.authors.links, itemLabel: (props) => props.fields.label.value || t.author.linkLabel },
          ), []),
        },
      }),
      pages: collection({
        label: t.pages,
        path: `${prefix}pages/*`,
        slugField: 'title',
        format: { contentField: 'body' },
        entryLayout: 'content',
        schema: {
          title: fields.slug({ name: { label: t.page.title, validation: required }, slug: { label: 'Datei', generate: slugify } }),
          description: fields.text({ label: t.page.description, multiline: true, validation: required }),
          updatedDate: fields.date({ label: strings.post.updated }),
          // The imprint breaks its address lines with <br />.
          body: losslessMdx({ label: t.page.body, options: { heading: [2, 3, 4], image: false }, components: { br: inline({ label: t.page.lineBreak, schema: {} }) } }),
        },
      }),
    },
  });
}
