import { strict as assert } from 'node:assert';
import { splitSentences } from '../../src/core/claims/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('survives abbreviations and initials', () => {
    assert.deepEqual(split('The U.S. Navy joined. Sept. 16, 2021 came. Hirokazu M. Matsuno spoke.'),
      ['The U.S. Navy joined.', 'Sept. 16, 2021 came.', 'Hirokazu M. Matsuno spoke.']);
  });
  it('ends a sentence before one that opens with an emoji, as posts do', () => {
    assert.deepEqual(split('Great panel on AUKUS today! 🇦🇺🇬🇧 With Japan now part of it, we grow.'),
      ['Great panel on AUKUS today!', '🇦🇺🇬🇧 With Japan now part of it, we grow.']);
  });
  it('reads "est." as an abbreviation (reference style: "AUKUS (est. 2021)")', () => {
    assert.deepEqual(split('AUKUS (est. 2021) grew. It spans three pillars.'), ['AUKUS (est. 2021) grew.', 'It spans three pillars.']);
  });
  it('ends a sentence after "U.S." when a new one clearly starts', () => {
    assert.deepEqual(split('It was signed by the U.S. The pact grew.'), ['It was signed by the U.S.', 'The pact grew.']);
  });
  it('reads "No." as an answer, not an abbreviation, unless a number follows', () => {
    assert.deepEqual(split('Is it? A: No. The pact has three members. See No. 10 for more.'),
      ['Is it?', 'A: No.', 'The pact has three members.', 'See No. 10 for more.']);
  });
  it('splits on question and exclamation marks and keeps closing quotes', () => {
    assert.deepEqual(split('Was it? "Yes!" He said so.'), ['Was it?', '"Yes!"', 'He said so.']);
  });
});
