import { describe, expect, it } from 'vitest';
import { baseForms, mentionsName } from '../../../../src/lib/headline/germanNames.ts';

describe('lib/headline/germanNames', () => {
  it('takes genitive and declension endings off a name', () => {
    expect(baseForms('TikToks')).toContain('TikTok');
    expect(baseForms('FTCs')).toContain('FTC');
    expect(baseForms('Metas')).toContain('Meta');
    expect(baseForms('EU')).toEqual(['EU']);
  });

  it('finds a name the headline inflects, in the text’s own inflection', () => {
    expect(mentionsName('TikTok setzt auf KI.', 'TikToks')).toBe(true);
    expect(mentionsName('Die Kommission prüft Metas Abo.', 'Meta')).toBe(true);
    expect(mentionsName('Laut LinkedIn zählen Kommentare.', 'LinkedIns')).toBe(true);
    expect(mentionsName('Musical.ly zahlte 2019.', 'Musical.lys')).toBe(true);
  });

  it('finds a name in another case and inside compounds', () => {
    expect(mentionsName('TIKTOK antwortet nicht.', 'TikTok')).toBe(true);
    expect(mentionsName('Der TikTok-Algorithmus wählt aus.', 'TikTok')).toBe(true);
    expect(mentionsName('Die EU-Kommission prüft.', 'EU')).toBe(true);
    expect(mentionsName('Die Facebookseite der Stadt.', 'Facebook')).toBe(true);
  });

  it('keeps short acronyms apart from ordinary words', () => {
    expect(mentionsName('Der Euro zeigt, wie es geht.', 'EU')).toBe(false);
    expect(mentionsName('Kinder merken das nicht.', 'KI')).toBe(false);
    expect(mentionsName('Signal verschlüsselt.', 'WhatsApp')).toBe(false);
  });

  it('needs a quoted title as a whole', () => {
    expect(mentionsName('Der Film „The Social Dilemma“ erschien 2020.', 'The Social Dilemma')).toBe(true);
    expect(mentionsName('Der Netflix-Film über soziale Netzwerke.', 'The Social Dilemma')).toBe(false);
  });
});
