import { strict as assert } from 'node:assert';
import { applyEdits } from '../../src/core';
import { checker, expectationsOf, fixtureDrafts } from './helpers';

describe('fixture drafts: findings written in the Markdown', () => {
  for (const { name, text } of fixtureDrafts()) {
    describe(name, () => {
      const { findings } = checker.check(text);
      for (const e of expectationsOf(text)) {
        const onLine = findings.filter((f) => f.range.start.line === e.line);
        it(`line ${e.line + 1}: ${e.code ?? 'no contradiction'} — ${e.why}`, () => {
          if (e.code) assert.ok(onLine.some((f) => f.code === e.code), `got ${JSON.stringify(onLine.map((f) => f.code))}`);
          else assert.deepEqual(onLine.filter((f) => f.verdict === 'contradicted').map((f) => f.message), []);
        });
      }
      it('reports nothing on lines without an expectation', () => {
        const expected = new Set(expectationsOf(text).filter((e) => e.code).map((e) => e.line));
        const stray = findings.filter((f) => f.verdict === 'contradicted' && !expected.has(f.range.start.line));
        assert.deepEqual(stray.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
      });
    });
  }
});

describe('fixes round trip', () => {
  for (const { name, text } of fixtureDrafts()) {
    it(`${name}: each preferred fix removes its contradiction and touches nothing else`, () => {
      const { findings } = checker.check(text);
      const contradicted = findings.filter((f) => f.verdict === 'contradicted');
      assert.ok(contradicted.length > 0);
      for (const f of contradicted) {
        const fix = f.fixes.find((x) => x.preferred);
        assert.ok(fix, `no preferred fix for ${f.message}`);
        const fixed = applyEdits(text, fix.edits);
        const [edit] = fix.edits;
        assert.equal(fixed.slice(0, edit.offset.start), text.slice(0, edit.offset.start));
        assert.equal(fixed.slice(edit.offset.start + edit.newText.length), text.slice(edit.offset.end));
        // Its own contradiction goes, and no new one comes. Another contradiction of the same
        // sentence ("the bilateral arrangement between Canberra and Washington": list and count) stays for its own fix.
        const others = contradicted.filter((g) => g !== f && g.range.start.line === f.range.start.line).map((g) => g.message);
        const again = checker.check(fixed).findings.filter((g) => g.verdict === 'contradicted' && g.range.start.line === f.range.start.line);
        assert.deepEqual(again.map((g) => g.message).filter((m) => !others.includes(m)), [], `after "${fix.title}": ${fixed.split(/\r?\n/)[f.range.start.line]}`);
      }
    });
  }

  it('rewrites "Japan joined AUKUS" to say Japan was not invited', () => {
    const [f] = checker.check('Japan joined AUKUS.\n').findings;
    assert.equal(applyEdits('Japan joined AUKUS.\n', f.fixes[0].edits), 'Japan has not been invited to join AUKUS.\n');
  });

  it('corrects a date at the precision and order the writer used', () => {
    const text = 'AUKUS came into being on Sept. 16, 2019.';
    const [f] = checker.check(text).findings;
    assert.equal(applyEdits(text, f.fixes[0].edits), 'AUKUS came into being on September 16, 2021.');
  });

  it('reads a part of a year by the months it spans, and corrects only what was wrong', () => {
    const fixOf = (text: string) => {
      const [f] = checker.check(text).findings.filter((x) => x.verdict === 'contradicted');
      return f ? applyEdits(text, f.fixes[0].edits) : undefined;
    };
    assert.equal(fixOf('AUKUS was inaugurated in the first half of 2021.'), 'AUKUS was inaugurated in September 2021.');
    assert.equal(fixOf('AUKUS was announced in Q1 2021.'), 'AUKUS was announced in September 2021.');
    assert.equal(fixOf('AUKUS was founded in late 2020.'), 'AUKUS was founded in late 2021.');
    assert.equal(fixOf('AUKUS dates from the late 2010s.'), 'AUKUS dates from 2021.');
    for (const agrees of ['the second half of 2021', 'Q3 2021', 'the third quarter of 2021', 'late 2021', 'the early 2020s', 'the 2020s']) {
      const text = `AUKUS was founded in ${agrees}.`;
      assert.deepEqual(checker.check(text).findings.map((f) => f.verdict), ['supported'], text);
    }
  });

  it('corrects an exhaustive list that leaves out a member', () => {
    const text = 'AUKUS is a pact between Britain and the United States.';
    const [f] = checker.check(text).findings;
    assert.equal(applyEdits(text, f.fixes[0].edits), 'AUKUS is a pact between Australia, the United Kingdom and the United States.');
  });

  it('turns over the verdict of a fact check that rates a true claim false, in the next paragraph too', () => {
    for (const [text, fixed] of [
      ['Claim: AUKUS was founded in September 2021. Verdict: False.', 'Claim: AUKUS was founded in September 2021. Verdict: True.'],
      ['**Claim:** Britain is in AUKUS.\n\n**Rating:** false\n', '**Claim:** Britain is in AUKUS.\n\n**Rating:** true\n'],
      ['Myth: Japan was not invited to join AUKUS.', 'Fact: Japan was not invited to join AUKUS.'],
    ]) {
      const [f] = checker.check(text).findings;
      assert.equal(f.verdict, 'contradicted');
      assert.equal(applyEdits(text, f.fixes[0].edits), fixed);
    }
  });

  it('offers a citation fix that inserts a footnote and its definition', () => {
    const text = 'AUKUS was founded on 16 September 2021.\n';
    const [f] = checker.check(text).findings;
    const cite = f.fixes.find((x) => x.kind === 'cite')!;
    const out = applyEdits(text, cite.edits);
    assert.match(out, /2021\.\[\^aukus-founded\]\n/);
    assert.match(out, /\n\[\^aukus-founded\]: Republic World, .*Quote: "The alliance was formally inaugurated/);
  });
});
