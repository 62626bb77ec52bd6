/**
 * How many sections, subsections and list items an article has: a headline
 * number that counts them („Drei Erkenntnisse für …“ over three `##`
 * sections) describes the article itself and is no claim to be sourced.
 */
export function ownCounts(markdown: string): number[] {
  const lines = markdown.split('\n');
  const counts = new Set<number>();
  const sections = lines.filter((line) => /^##\s/.test(line)).length;
  if (sections > 0) counts.add(sections);
  // Subsections per section, and items per list (consecutive lines starting with -, * or 1.).
  let subsections = 0;
  let items = 0;
  const flush = () => {
    if (items > 0) counts.add(items);
    items = 0;
  };
  for (const line of lines) {
    if (/^##\s/.test(line)) {
      if (subsections > 0) counts.add(subsections);
      subsections = 0;
    }
    if (/^###\s/.test(line)) subsections += 1;
    if (/^\s{0,1}([-*+]|\d+\.)\s+\S/.test(line)) items += 1;
    else if (line.trim() !== '' && !/^\s{2,}\S/.test(line)) flush();
  }
  flush();
  if (subsections > 0) counts.add(subsections);
  return [...counts].sort((a, b) => a - b);
}
