/**
 * lunr with lunr-languages' German support (Snowball stemmer, stop words),
 * set up once for the build, the server and the search worker alike.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';

stemmerSupport(lunr);
german(lunr);

interface GermanSupport {
  stemmer: (word: string) => string;
  stopWordFilter: (word: string) => string | undefined;
}

const de = (lunr as unknown as { de: GermanSupport }).de;

export { lunr };

/** The Snowball stem of a lower-case word ("kindern" → "kind"). */
export function snowballStem(word: string): string {
  return de.stemmer(word);
}

/** Whether lunr-languages lists the lower-case word as a German stop word. */
export function isListedStopWord(word: string): boolean {
  return de.stopWordFilter(word) === undefined;
}
