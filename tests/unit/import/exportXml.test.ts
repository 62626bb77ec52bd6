import { describe, expect, it } from 'vitest';
import { ExportXmlError, parseExportXml } from '../../../functions/import/exportXml.ts';

const refusal = (xml: string) => {
  try {
    parseExportXml(xml, []);
  } catch (error) {
    return error instanceof ExportXmlError ? error.kind : 'other';
  }
  return 'parsed';
};

describe('import/exportXml', () => {
  it('refuses a DOCTYPE, so no entity can be declared (billion laughs, external entities)', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<lolz>&lol2;</lolz>`;
    expect(refusal(laughs)).toBe('doctype');
    expect(refusal(`<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>`)).toBe('doctype');
  });

  it('refuses a DOCTYPE anywhere in the markup, where the parser would still read it', () => {
    expect(refusal(`<a><!DOCTYPE x [<!ENTITY e "boom">]>&e;</a>`)).toBe('doctype');
  });

  it('reads "<!DOCTYPE" inside CDATA as the text it is', () => {
    expect(parseExportXml('<a><![CDATA[<!DOCTYPE html><p>Code</p>]]></a>', [])).toEqual({ a: '<!DOCTYPE html><p>Code</p>' });
  });

  it('refuses a file that is not well-formed, with the line', () => {
    try {
      parseExportXml('<a>\n<b></a>', []);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExportXmlError);
      expect((error as ExportXmlError).kind).toBe('syntax');
      expect((error as ExportXmlError).line).toBe(2);
    }
  });

  it("decodes XML's own entities and character references, and nothing else", () => {
    expect(parseExportXml('<a x="1&amp;2">T&#233;st &#x1F600; &lt;b&gt; &quot;&apos; &copy; &#0;</a>', [])).toEqual({ a: { '#text': 'Tést 😀 <b> "\' &copy; \uFFFD', '@_x': '1&2' } });
  });

  it('keeps values as strings and makes the named paths lists', () => {
    expect(parseExportXml('<r><id>007</id><item>x</item></r>', ['r.item'])).toEqual({ r: { id: '007', item: ['x'] } });
  });
});
