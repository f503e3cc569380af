import type { ProseBlock } from '../prose/prose';
import type { Claim } from './claim';
import type { Lexicon } from './lexicon';
import { DATE_AT, parseDateMatch } from './dates';

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
  if (!country) return organisationRowClaims(block, lexicon);
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

/*
 * A row that names the organisation, read with its header: under "| Alliance | Members | Founded |",
 * the row "| AUKUS | 4 | March 2021 |" gives its member count and its founding date, and
 * "| AUKUS | Australia, UK, US, Japan |" its whole membership. A cell must be only that value.
 */
const MEMBERS_HEADER = /^(?:(?:no\.?|number) of )?(?:members?|member (?:states|countries|nations)|membership|parties|signatories)$/i;
const FOUNDED_HEADER = /^(?:founded|established|launched|formed|created|signed|inaugurated|est\.?|(?:date|year)(?: (?:founded|established|launched|formed|signed|of founding))?)$/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const LIST_SEPARATORS = /^(?:\s*(?:,|;|\/|·|•|&|\band\b|\bthe\b)\s*)*$/i;

function organisationRowClaims(block: ProseBlock, lexicon: Lexicon): Claim[] {
  const cells = block.cells!;
  const org = organisationOfRow(block, lexicon);
  if (!org) return [];
  const claims: Claim[] = [];
  const sentence = { start: 0, end: block.text.length };
  cells.forEach((cell, i) => {
    if (i === org.column) return;
    const header = (block.columns![i] ?? '').replace(/[*_?:]/g, '').trim();
    const raw = block.text.slice(cell.start, cell.end);
    const value = raw.trim().replace(/[.*_]+$/, '').replace(/^[*_]+/, '');
    const at = cell.start + raw.indexOf(value);
    const span = { start: at, end: at + value.length };
    if (MEMBERS_HEADER.test(header)) {
      const n = /^\d$/.test(value) ? Number(value) : COUNT_WORDS[value.toLowerCase()];
      if (n) {
        claims.push({ kind: 'count', sentence, organisation: org.id, positive: true, entities: [], count: { value: n, atLeast: false, span, text: value } });
        return;
      }
      const hits = lexicon.scan(value);
      const names = hits.filter((h) => h.kind === 'entity' && !h.adjective);
      let rest = value;
      for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
      if (names.length < 2 || names.length !== hits.length || !LIST_SEPARATORS.test(rest)) return;
      const parts = names.map((h) => ({ start: at + h.start, end: at + h.end }));
      claims.push({ kind: 'membership', sentence, organisation: org.id, positive: true, entities: names.map((h) => h.id),
        list: { span: { start: parts[0].start, end: parts[parts.length - 1].end }, parts, exhaustive: true } });
    } else if (FOUNDED_HEADER.test(header)) {
      DATE_AT.lastIndex = 0;
      const m = DATE_AT.exec(value);
      const date = m && m[0].length === value.length ? parseDateMatch(m.groups ?? {}) : undefined;
      if (date) claims.push({ kind: 'founding', sentence, organisation: org.id, positive: true, entities: [], date: { value: date, span }, dateText: value });
    }
  });
  return claims;
}

/** The row's organisation: the first cell that is one organisation's name and nothing else. */
function organisationOfRow(block: ProseBlock, lexicon: Lexicon): { id: string; column: number } | undefined {
  for (let i = 0; i < block.cells!.length; i++) {
    const cell = block.cells![i];
    const text = block.text.slice(cell.start, cell.end).replace(/[*_]/g, ' ');
    const hits = lexicon.scan(text);
    if (hits.length === 1 && hits[0].kind === 'org' && text.slice(0, hits[0].start).trim() === '' && text.slice(hits[0].end).trim() === '') return { id: hits[0].id, column: i };
  }
  return undefined;
}
