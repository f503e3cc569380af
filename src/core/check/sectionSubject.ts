import type { Lexicon } from '../claims/lexicon';
import type { ProseBlock } from '../prose/prose';
import { SourceMap } from '../prose/sourceMap';

/**
 * Fact-sheet lines ("- Founded: 2020", "- **Members:** Australia, Japan, …") name no organisation:
 * the heading above them does ("## AUKUS at a glance"). Such a line is read as if it opened with the
 * name the heading used, so "Founded: 2020" under "## AUKUS" reads as "AUKUS Founded: 2020", and
 * "Members: …" under "## The Five Eyes" as "Five Eyes Members: …", which is no claim about AUKUS.
 */
export const LABEL_LINE = /^[\s*_]*(?:founded|established|launched|inaugurated|formed|created|signed|announced|est\.?|members|member states|member countries|membership|member count|number of members)[\s*_]*(?:\([^)]*\))?[\s*_]*[:—–]/i;

/** ATX headings of the source, by offset (all of them: projection keeps only those that may hold a claim). */
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/gm;

export interface Heading { at: number; text: string }

export function headingsOf(source: string): Heading[] {
  return [...source.matchAll(HEADING)].map((m) => ({ at: m.index, text: m[1] }));
}

/** The label line read under the name its section's heading gives, or undefined when that does not apply. */
export function underItsHeading(block: ProseBlock, headings: readonly Heading[], lexicon: Lexicon): ProseBlock | undefined {
  if (block.kind !== 'paragraph' || !LABEL_LINE.test(block.text) || block.text.includes('\n')) return undefined;
  if (lexicon.scan(block.text).some((h) => h.kind === 'org' || h.kind === 'other')) return undefined;
  const at = block.map.toSource(0);
  let heading: Heading | undefined;
  for (const h of headings) if (h.at < at) heading = h; else break;
  if (!heading) return undefined;
  // The heading must name one grouping ("## AUKUS and the Quad" names two). Another grouping's name
  // ("## The Five Eyes") is given too, so its members line is read as theirs, not as a bare list.
  // A title, not a headline: short, and naming no country ("## Canada, AUKUS partners discuss …" is news).
  const all = lexicon.scan(heading.text);
  if (heading.text.split(/\s+/).length > 8 || all.some((h) => h.kind === 'entity')) return undefined;
  const hits = all.filter((h) => h.kind === 'org' || h.kind === 'other');
  if (hits.length === 0 || hits.some((h) => h.id !== hits[0].id)) return undefined;
  const name = heading.text.slice(hits[0].start, hits[0].end);
  const map = new SourceMap();
  map.append(block.map, name.length + 1);
  return { ...block, text: `${name} ${block.text}`, map };
}
