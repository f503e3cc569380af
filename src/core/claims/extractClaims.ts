import type { ProseBlock } from '../prose/prose';
import type { PackFact } from '../facts/packTypes';
import type { Claim } from './claim';
import type { Lexicon } from './lexicon';
import { findMentions } from './mentions';
import { splitSentences } from './sentences';
import { buildTemplate, type Template, type Token } from './template';
import { makeContext } from './frameContext';
import { membershipClaims } from './membership';
import { invitationClaims } from './invitation';
import { foundingClaims } from './founding';
import { countClaims } from './count';
import { statementClaims } from './statement';

const orgOf = (t: Token) => t.ids[0];

/** Every claim in one block of prose. Sentences naming no organisation or topic are skipped early. */
export function extractClaims(block: ProseBlock, lexicon: Lexicon, facts: readonly PackFact[], topic: RegExp | undefined): Claim[] {
  const sentences = splitSentences(block.text);
  const mentions = findMentions(block.text, lexicon, sentences);
  const claims: Claim[] = [];
  let previous: Template | undefined;
  const contextOrg = lexicon.contextOf(block.text);
  for (const sentence of sentences) {
    const template = buildTemplate(block.text, sentence, mentions);
    const org = template.tokens.find((t) => t.type === 'O');
    const ctx = makeContext(block.text, sentence, template, previous, facts, contextOrg);
    if (org) {
      claims.push(...membershipClaims(ctx, orgOf), ...foundingClaims(ctx, orgOf), ...countClaims(ctx, orgOf));
    }
    if (org || contextOrg) claims.push(...invitationClaims(ctx, orgOf));
    if (org || (topic && topic.test(block.text.slice(sentence.start, sentence.end)))) {
      claims.push(...statementClaims(ctx, org && orgOf(org)));
    }
    previous = template;
  }
  return claims;
}
