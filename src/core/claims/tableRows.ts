import type { ProseBlock } from '../prose/prose';
import type { Claim } from './claim';
import type { Lexicon } from './lexicon';

/*
 * Table rows read with their header: under "| Country | AUKUS member? |", the row "| Japan | Yes |"
 * says that Japan is a member of AUKUS, and "| Britain | No |" that Britain is not. Only a yes/no
 * cell is read; anything else in the column ("Pillar II talks", "observer") claims nothing.
 */

/** A header that asks about membership: "AUKUS member?", "Member of AUKUS", "In AUKUS", "Joined AUKUS". */
const MEMBERSHIP_HEADER = /\b(?:members?|membership|part of|in|joined|signator(?:y|ies)|participants?|partners?)\b/i;
/** A header about a programme, not the organisation itself: "AUKUS Pillar II partner". */
const NOT_THE_ORGANISATION = /\b(?:pillar|projects?|programmes?|programs?|talks|working group|exercises?|observers?)\b/i;

const YES = /^(?:yes|y|true|✓|✔|✔️|☑|☑️|✅|(?:a )?(?:full |founding |formal )?member|founder)$/i;
const NO = /^(?:no|n|false|✗|✘|❌|✕|×|x|not a member|non-member|nonmember)$/i;

export function tableRowClaims(block: ProseBlock, lexicon: Lexicon): Claim[] {
  const { columns, cells } = block;
  if (!columns || !cells) return [];
  const country = countryOfRow(block, lexicon);
  if (!country) return [];
  const claims: Claim[] = [];
  cells.forEach((cell, i) => {
    if (i === country.column) return;
    const raw = block.text.slice(cell.start, cell.end);
    // A cell that says it on its own: "| Japan | AUKUS member since 2023 |".
    const named = memberCell(raw, lexicon);
    if (named) {
      claims.push({ kind: 'membership', sentence: { start: 0, end: block.text.length }, organisation: named, positive: true, entities: [country.id] });
      return;
    }
    const org = membershipColumn(columns[i] ?? '', lexicon);
    if (!org) return;
    const value = raw.trim().replace(/[.!*_]+$/, '');
    const yes = YES.test(value), no = NO.test(value);
    if (!yes && !no) return;
    const at = cell.start + raw.indexOf(value);
    claims.push({
      kind: 'membership', sentence: { start: 0, end: block.text.length }, organisation: org, positive: yes, entities: [country.id],
      cell: { span: { start: at, end: at + value.length }, opposite: opposite(value, yes) },
    });
  });
  return claims;
}

/** The organisation a column header asks about membership of, if it does. */
function membershipColumn(header: string, lexicon: Lexicon): string | undefined {
  if (!MEMBERSHIP_HEADER.test(header) || NOT_THE_ORGANISATION.test(header)) return undefined;
  const orgs = lexicon.scan(header).filter((h) => h.kind === 'org');
  return orgs.length === 1 ? orgs[0].id : undefined;
}

/** "AUKUS member", "Full member of AUKUS (since 2023)", "Joined AUKUS in 2023": the organisation, if the cell names membership of it. */
const MEMBER_CELL = /^(?:an? )?(?:full |founding |formal )?(?:⟦O⟧ )?(?:member|partner|signatory)(?: of ⟦O⟧)?(?:\s*\(?(?:since|from|as of) [^)]*\)?)?$|^joined ⟦O⟧(?: in [^,;]*)?$/i;
function memberCell(text: string, lexicon: Lexicon): string | undefined {
  const orgs = lexicon.scan(text).filter((h) => h.kind === 'org');
  if (orgs.length === 0 || new Set(orgs.map((o) => o.id)).size > 1) return undefined;
  let shape = text;
  for (const o of [...orgs].reverse()) shape = shape.slice(0, o.start) + '⟦O⟧' + shape.slice(o.end);
  return MEMBER_CELL.test(shape.trim().replace(/[.*_]+$/, '').replace(/^[*_]+/, '')) ? orgs[0].id : undefined;
}

/** The row's country: the first cell that is one country's name and nothing else. */
function countryOfRow(block: ProseBlock, lexicon: Lexicon): { id: string; column: number } | undefined {
  for (let i = 0; i < block.cells!.length; i++) {
    const cell = block.cells![i];
    const text = block.text.slice(cell.start, cell.end);
    const hits = lexicon.scan(text);
    if (hits.length === 1 && hits[0].kind === 'entity' && !hits[0].adjective && text.slice(0, hits[0].start).trim() === '' &&
      /^[\s.*_]*$/.test(text.slice(hits[0].end))) return { id: hits[0].id, column: i };
  }
  return undefined;
}

/** The other answer, written the way this one is ("Yes" → "No", "✓" → "✗"). */
function opposite(value: string, yes: boolean): string {
  if (/^[^\p{L}]+$/u.test(value)) return yes ? '✗' : '✓';
  const word = yes ? 'no' : 'yes';
  if (value === value.toUpperCase()) return word.toUpperCase();
  return value[0] === value[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
