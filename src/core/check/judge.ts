import type { ClaimKind, Span, Verdict } from '../types';
import type { PackFact } from '../facts/packTypes';
import type { Claim } from '../claims/claim';
import { aDayApart, datesAgree, formatLike, isEarlier, parseIsoDate } from '../claims/dates';
import type { FactIndex } from './factIndex';

/** A claim compared with one fact, with the text that would make it agree. */
export interface Judgement {
  verdict: Verdict;
  kind: ClaimKind;
  fact: PackFact;
  message: string;
  /** Replace this prose span (block offsets), or this source span, or, without either, the whole sentence. */
  rewrite?: { span?: Span; source?: Span; text: string; title: string };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function judge(claim: Claim, index: FactIndex): Judgement[] {
  switch (claim.kind) {
    case 'membership': return judgeMembership(claim, index);
    case 'invitation': return judgeInvitation(claim, index);
    case 'founding': return judgeFounding(claim, index);
    case 'count': return judgeCount(claim, index);
    case 'statement': return judgeStatement(claim, index);
  }
}

function judgeMembership(claim: Claim, index: FactIndex): Judgement[] {
  const fact = index.membership(claim.organisation);
  if (!fact) return [];
  const org = index.orgName(claim.organisation);
  const members = index.listNames(fact.members);
  const source = `the source lists ${members}`;
  const out: Judgement[] = [];
  const outsiders = claim.entities.filter((e) => !fact.members.includes(e));
  const insiders = claim.entities.filter((e) => fact.members.includes(e));
  const listFix = claim.list && insiders.length > 0
    ? { span: claim.list.span, text: members, title: `Correct the list to ${members}` } : undefined;
  // A table's yes/no cell is corrected in place ("| Japan | Yes |" → "| Japan | No |").
  const cellFix = claim.cell && { span: claim.cell.span, text: claim.cell.opposite, title: `Correct the cell to "${claim.cell.opposite}"` };

  if (claim.positive) {
    for (const e of outsiders) {
      const notInvited = index.invitation(claim.organisation, e)?.invited === false;
      out.push({
        verdict: 'contradicted', kind: 'membership', fact,
        message: `${cap(index.name(e))} is not a member of ${org}: ${source}.`,
        rewrite: cellFix ?? listFix ?? {
          text: notInvited ? `${cap(index.name(e))} has not been invited to join ${org}.`
            : `${cap(index.name(e))} is not a member of ${org}, whose members are ${members}.`,
          title: `Rewrite: ${cap(index.name(e))} is not a member of ${org}`,
        },
      });
    }
    const missing = fact.members.filter((m) => !claim.entities.includes(m));
    if (claim.list?.exhaustive && missing.length > 0 && outsiders.length === 0) {
      out.push({
        verdict: 'contradicted', kind: 'membership', fact,
        message: `The list leaves out ${index.listNames(missing)}: ${org} has ${fact.members.length} members, ${members}.`,
        // One name said to be the only member: a longer list in its place would break the verb's agreement.
        rewrite: claim.entities.length === 1
          ? { text: `${cap(index.name(claim.entities[0]))} is a member of ${org}, with ${index.listNames(missing)}.`, title: `Rewrite: ${org}'s members are ${members}` }
          : { span: claim.list.span, text: members, title: `Correct the list to ${members}` },
      });
    }
    if (out.length === 0) {
      out.push({ verdict: 'supported', kind: 'membership', fact,
        message: `Supported: ${index.listNames(insiders)} ${insiders.length > 1 ? 'are members' : 'is a member'} of ${org}; ${source}.` });
    }
  } else {
    for (const e of insiders) {
      out.push({
        verdict: 'contradicted', kind: 'membership', fact,
        message: `${cap(index.name(e))} is a member of ${org}: ${source}.`,
        rewrite: cellFix ?? { text: `${cap(index.name(e))} is a member of ${org}, with ${index.listNames(fact.members.filter((m) => m !== e))}.`,
          title: `Rewrite: ${cap(index.name(e))} is a member of ${org}` },
      });
    }
    if (out.length === 0 && outsiders.length > 0) {
      out.push({ verdict: 'supported', kind: 'membership', fact,
        message: `Supported: ${index.listNames(outsiders)} ${outsiders.length > 1 ? 'are not members' : 'is not a member'} of ${org}; ${source}.` });
    }
  }
  return out;
}

function judgeInvitation(claim: Claim, index: FactIndex): Judgement[] {
  const entity = claim.entities[0];
  const fact = index.invitation(claim.organisation, entity);
  if (!fact) return [];
  const org = index.orgName(claim.organisation);
  const name = cap(index.name(entity));
  if (claim.positive === fact.invited) {
    return [{ verdict: 'supported', kind: 'invitation', fact, message: `Supported: ${fact.statement}` }];
  }
  return [{
    verdict: 'contradicted', kind: 'invitation', fact,
    message: fact.invited ? `${name} was invited to join ${org}: ${fact.statement}` : `${name} was not invited to join ${org}: ${fact.statement}`,
    rewrite: { text: fact.invited ? `${name} has been invited to join ${org}.` : `${name} has not been invited to join ${org}.`,
      title: `Rewrite: ${name} has ${fact.invited ? '' : 'not '}been invited to join ${org}` },
  }];
}

function judgeFounding(claim: Claim, index: FactIndex): Judgement[] {
  const fact = index.founding(claim.organisation);
  if (!fact || !claim.date) return [];
  const founded = parseIsoDate(fact.date);
  // An anniversary's date is compared with the founding date that many years on.
  const years = claim.date.yearsAfter ?? 0;
  const actual = { ...founded, year: founded.year + years };
  const org = index.orgName(claim.organisation);
  const at = claim.date.value.day !== undefined ? 'on' : 'in';
  const written = claimText(claim);
  // "AUKUS did not exist before 2022": wrong only if it was founded earlier.
  if (claim.date.notBefore) {
    if (!isEarlier(actual, claim.date.value)) return [{ verdict: 'supported', kind: 'founding', fact, message: `Supported: ${fact.statement}` }];
    const bound = formatLike(written, claim.date.value, actual);
    return [{ verdict: 'contradicted', kind: 'founding', fact, message: `${org} was founded ${at} ${bound}, before ${written}: ${fact.statement}`,
      rewrite: { span: claim.date.span, text: bound, title: `Correct the date to ${bound}` } }];
  }
  // "AUKUS was not founded in 2021" denies the true date; denying another date agrees.
  if (!claim.positive) {
    return datesAgree(claim.date.value, actual)
      ? [{ verdict: 'contradicted', kind: 'founding', fact, message: `${org} was founded ${at} ${written}: ${fact.statement}`,
        rewrite: { text: fact.statement, title: 'Rewrite from the fact' } }]
      : [{ verdict: 'supported', kind: 'founding', fact, message: `Supported: ${fact.statement}` }];
  }
  if (datesAgree(claim.date.value, actual)) {
    return [{ verdict: 'supported', kind: 'founding', fact, message: `Supported: ${fact.statement}` }];
  }
  if (aDayApart(claim.date.value, actual)) return [];
  const corrected = formatLike(written, claim.date.value, actual);
  return [{
    verdict: 'contradicted', kind: 'founding', fact,
    message: years
      ? `${org} was founded ${at} ${formatLike(written, claim.date.value, founded)}, so that anniversary fell ${at} ${corrected}, not ${written}: ${fact.statement}`
      : `${org} was founded ${at} ${corrected}, not ${written}: ${fact.statement}`,
    // A date worked out from another ("the following month") is no date to correct in place.
    rewrite: claim.date.value.relative ? { text: fact.statement, title: 'Rewrite from the fact' }
      : { span: claim.date.span, text: corrected, title: `Correct the date to ${corrected}` },
  }];
  function claimText(c: Claim): string { return c.dateText ?? formatLike('', c.date!.value, c.date!.value); }
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
const COLLECTIVES: Record<number, string> = { 2: 'duo', 3: 'trio', 4: 'quartet', 5: 'quintet' };
const LATERAL: Record<number, string> = { 2: 'bi', 3: 'tri', 4: 'quadri' };

function judgeCount(claim: Claim, index: FactIndex): Judgement[] {
  const fact = index.count(claim.organisation);
  if (!fact || !claim.count) return [];
  const { value, atLeast, span, text } = claim.count;
  // "Britain and its three AUKUS partners": the number written counts the others.
  const written = fact.count - (claim.count.besides ?? 0);
  const agrees = atLeast ? fact.count >= value : fact.count === value;
  const org = index.orgName(claim.organisation);
  // "AUKUS is no longer a threesome": a count denied agrees unless it is the true one.
  if (!claim.positive) {
    return agrees ? [{ verdict: 'contradicted', kind: 'count', fact, message: `${org} still has ${WORDS[fact.count] ?? fact.count} members: ${fact.statement}`,
      rewrite: { text: fact.statement, title: 'Rewrite from the fact' } }]
      : [{ verdict: 'supported', kind: 'count', fact, message: `Supported: ${fact.statement}` }];
  }
  if (agrees) return [{ verdict: 'supported', kind: 'count', fact, message: `Supported: ${fact.statement}` }];
  const lower = text.toLowerCase();
  const replacement = atLeast || claim.count.borrowed ? undefined
    : /^\d+$/.test(text) ? String(written)
      : lower in { bi: 1, tri: 1, quadri: 1 } ? LATERAL[written]
        : lower in { duo: 1, pair: 1, trio: 1, troika: 1, threesome: 1, quartet: 1, foursome: 1, quintet: 1 } ? COLLECTIVES[written]
          : WORDS[written];
  const fixed = replacement && (text[0] === text[0].toUpperCase() ? cap(replacement) : replacement);
  return [{
    verdict: 'contradicted', kind: 'count', fact,
    message: claim.count.beyond ? `${org} has ${WORDS[fact.count] ?? fact.count} members; it has not grown beyond ${text}: ${fact.statement}`
      : atLeast && /th$/i.test(text) ? `${org} has ${WORDS[fact.count] ?? fact.count} members; there is no ${text} member: ${fact.statement}`
      : atLeast ? `${org} has ${WORDS[fact.count] ?? fact.count} members, fewer than ${text}: ${fact.statement}`
      : `${org} has ${WORDS[fact.count] ?? fact.count} members, not ${WORDS[value] ?? value}: ${fact.statement}`,
    rewrite: fixed ? { span, text: fixed, title: `Correct the count to "${fixed}"` }
      : { text: fact.statement, title: 'Rewrite from the fact' },
  }];
}

function judgeStatement(claim: Claim, index: FactIndex): Judgement[] {
  const fact = claim.factId ? index.byId(claim.factId) : undefined;
  if (!fact) return [];
  if (claim.positive) return [{ verdict: 'supported', kind: 'statement', fact, message: `Supported: ${fact.statement}` }];
  return [{ verdict: 'contradicted', kind: 'statement', fact, message: `Contradicts the source: ${fact.statement}`,
    rewrite: { text: fact.statement, title: 'Rewrite from the fact' } }];
}
