import { HEADLINE_RULES, type HeadlineConfig, type Severity } from '../headline/rules.ts';

/** The newsroom's settings in `<content>/editorial.json`. */
export interface EditorialConfig {
  headlineRules: HeadlineConfig;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'off'];

/**
 * Reads `editorial.json` (absent: defaults). Unknown rules or severities are
 * errors, so a typo cannot silently switch a rule off.
 *
 * @example parseEditorialConfig('{"headlineRules":{"superlative":"error"}}')
 */
export function parseEditorialConfig(json: string | undefined): EditorialConfig {
  if (!json) return { headlineRules: {} };
  const data = JSON.parse(json) as { headlineRules?: Record<string, unknown> };
  const ids = new Set<string>(HEADLINE_RULES.map((rule) => rule.id));
  const headlineRules: HeadlineConfig = {};
  for (const [id, severity] of Object.entries(data.headlineRules ?? {})) {
    if (!ids.has(id)) throw new Error(`editorial.json: Die Regel „${id}“ gibt es nicht. Vorhanden: ${[...ids].join(', ')}.`);
    if (!SEVERITIES.includes(severity as Severity)) {
      throw new Error(`editorial.json: „${id}“ muss "error", "warning" oder "off" sein, nicht ${JSON.stringify(severity)}.`);
    }
    headlineRules[id as keyof HeadlineConfig] = severity as Severity;
  }
  return { headlineRules };
}
