import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPack } from '../../src/core';
import { buildLexicon } from '../../src/core/claims/lexicon';
import { fixtureDrafts } from './helpers';

/** Every labelled paragraph we have, and every paragraph of the fixture drafts. */
function paragraphs(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'eval');
  const sets = [join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev.jsonl'), ...readdirSync(dir).map((f) => join(dir, f))];
  const texts: string[] = [];
  for (const file of sets) {
    try {
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    } catch { /* shared/ may be absent */ }
  }
  for (const d of fixtureDrafts()) texts.push(...d.text.split(/\n\s*\n/));
  return texts;
}

describe('lexicon cue (the one-pass pre-filter)', () => {
  const lexicon = buildLexicon([builtinPack()]);
  const cue = new RegExp(lexicon.cueSource, 'u');

  it('matches every paragraph that mayHoldClaim accepts', () => {
    const texts = paragraphs().concat([
      'aukus is small', 'Aukus grew', 'the Trilateral Security Partnership met', 'A.U.K.U.S. again',
      'The Australia–UK–US pact', 'The U.K./U.S. alliance', 'Matsuno said so', 'the Sankei report',
      'Canberra, London and Washington lead the alliance',
    ]);
    assert.ok(texts.length > 1000, `only ${texts.length} paragraphs`);
    let accepted = 0;
    for (const t of texts) {
      if (!lexicon.mayHoldClaim(t)) continue;
      accepted++;
      assert.ok(cue.test(t), `cue misses: ${t}`);
    }
    assert.ok(accepted > 900, `only ${accepted} accepted`);
  });

  it('matches nothing in prose about other things', () => {
    for (const t of ['The board signed an agreement with the union.', 'Sub-committee minutes, March 2021.', 'Our partnership with local schools grew.']) {
      assert.equal(lexicon.mayHoldClaim(t), false, t);
    }
    assert.equal(cue.test('Minutes of the parks committee: the budget passed.'), false);
  });
});
