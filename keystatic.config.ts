// Keystatic's configuration file, found by the editor integration (src/integrations/cmsEditor.ts).
import { cmsConfig } from './src/cms/keystaticConfig.ts';

export default cmsConfig({
  githubRepo: import.meta.env.PUBLIC_KLARTEXT_CMS_GITHUB_REPO,
  githubContentPath: import.meta.env.PUBLIC_KLARTEXT_CMS_GITHUB_CONTENT_PATH,
});
