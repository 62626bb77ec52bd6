import { describe, expect, it } from 'vitest';
import { correctionEvidence, readerText } from '../../../../src/lib/factCheck/correctionEvidence.ts';
import { completePost } from './fixtures.ts';

const version = (body: string, corrections = '[]') =>
  `---\ntitle: "FTC: Musical.ly zahlt 5,7 Millionen Dollar"\nlead: "Ein Vorspann."\nfactCheck:\n  corrections: ${corrections}\n---\n\n${body}\n`;

const at = (date: string) => (source: string) => ({ committed: new Date(`${date}T12:00:00Z`), source });
const before = at('2025-06-03');

const correction = { date: '2025-06-10', text: 'Betrag berichtigt.', before: 'zahlte 7,5 Millionen', after: 'zahlte 5,7 Millionen' };
const post = completePost({ updatedDate: new Date('2025-06-10') }, { corrections: [correction] });

describe('lib/factCheck/correctionEvidence', () => {
  it('accepts a correction whose earlier wording is in a committed version, across line breaks and quote styles', () => {
    const history = [at('2025-06-10')(version('Musical.ly zahlte 5,7 Millionen.')), before(version('Musical.ly\nzahlte   7,5 Millionen US-Dollar.'))];
    expect(correctionEvidence(post, history)).toEqual([]);
  });

  it('calls a correction invented when no earlier version had its wording', () => {
    const [problem] = correctionEvidence(post, [before(version('Musical.ly zahlte 5,7 Millionen.'))]);
    expect(problem).toMatchObject({ severity: 'error' });
    expect(problem!.message).toBe(
      'Korrektur 1: Der frühere Wortlaut „zahlte 7,5 Millionen“ kommt in keiner Fassung der Datei vor, die bis zum Tag der Korrektur in der git-Historie stand. Eine Korrektur ohne frühere Fassung ist erfunden.',
    );
    expect(problem!.fix).toContain('git log -p');
  });

  it('does not count the correction block itself as evidence', () => {
    const selfProving = version('Musical.ly zahlte 5,7 Millionen.', `\n    - date: 2025-06-10\n      text: "x"\n      before: "zahlte 7,5 Millionen"`);
    expect(readerText(selfProving)).not.toContain('7,5');
    expect(correctionEvidence(post, [before(selfProving)])).toHaveLength(1);
  });

  it('does not accept an "earlier" wording committed only after the correction', () => {
    expect(correctionEvidence(post, [at('2025-06-20')(version('Musical.ly zahlte 7,5 Millionen.'))])).toHaveLength(1);
  });

  it('warns that it could not check when the content is not in git', () => {
    expect(correctionEvidence(post, undefined)).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'Der frühere Wortlaut von Korrektur 1 konnte nicht geprüft werden: der Inhaltsordner ist kein git-Repository.' }),
    ]);
  });
});
