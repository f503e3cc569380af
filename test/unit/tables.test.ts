import { strict as assert } from 'node:assert';
import { applyEdits } from '../../src/core';
import { checker } from './helpers';

/** A table row is read with its header: "| Japan | Yes |" under "| Country | AUKUS member? |". */
describe('table rows', () => {
  const draft = [
    '# Who is in AUKUS',                        // 0
    '',
    '| Country | AUKUS member? | Since |',      // 2
    '| --- | :---: | --- |',
    '| Australia | Yes | 2021 |',               // 4: supported
    '| **Japan** | Yes | 2023 |',               // 5: contradicted, fix "No"
    '| The UK | no | — |',                      // 6: contradicted, fix "yes"
    '| Paris | Pillar II talks | 2024 |',       // 7: not a yes/no answer
    '| Seoul | ✓ | |',                          // 8: contradicted, fix "✗"
    '| New Zealand | No | |',                   // 9: supported
    '',
    '| Country | Quad member? |',               // 11: another grouping
    '| --- | --- |',
    '| Japan | Yes |',
    '',
    '| Country | AUKUS Pillar II partner |',    // 15: a programme, not the organisation
    '| --- | --- |',
    '| Japan | Yes |',
    '',
    '| Partner | Notes |',                      // 19: no membership header
    '| --- | --- |',
    '| Japan | AUKUS member since 2023 |',      // 21: the cell is a sentence of its own
    '',
  ].join('\n');
  const { findings } = checker.check(draft);
  const on = (line: number) => findings.filter((f) => f.range.start.line === line);

  it('flags a yes or no that disagrees with the membership, and supports one that agrees', () => {
    assert.deepEqual(on(4).map((f) => f.code), ['supported-membership']);
    assert.deepEqual(on(5).map((f) => f.code), ['contradicted-membership']);
    assert.deepEqual(on(6).map((f) => f.code), ['contradicted-membership']);
    assert.deepEqual(on(8).map((f) => f.code), ['contradicted-membership']);
    assert.deepEqual(on(9).map((f) => f.code), ['supported-membership']);
    assert.match(on(5)[0].message, /^Japan is not a member of AUKUS/);
    assert.match(on(6)[0].message, /^The United Kingdom is a member of AUKUS/);
  });

  it('reads nothing else: other answers, other groupings, programmes, headers that do not ask', () => {
    for (const line of [7, 13, 17]) assert.deepEqual(on(line).map((f) => f.code), [], `line ${line + 1}`);
    assert.deepEqual(on(21).map((f) => f.code), ['contradicted-membership'], 'a cell that is a sentence is read as one');
  });

  it('spans the row and shows it as the claim', () => {
    const [f] = on(5);
    assert.equal(draft.slice(f.offset.start, f.offset.end), '**Japan** | Yes | 2023');
    assert.equal(f.claim, 'Japan | Yes | 2023');
  });

  it('fixes the answer cell alone, in the writer\'s form, and the row then agrees', () => {
    const want: Record<number, string> = { 5: '| **Japan** | No | 2023 |', 6: '| The UK | yes | — |', 8: '| Seoul | ✗ | |' };
    for (const [line, row] of Object.entries(want)) {
      const [f] = on(Number(line));
      const fix = f.fixes.find((x) => x.preferred)!;
      const fixed = applyEdits(draft, fix.edits);
      assert.equal(fixed.split('\n')[Number(line)], row);
      assert.equal(fixed.split('\n').filter((_, i) => i !== Number(line)).join('\n'), draft.split('\n').filter((_, i) => i !== Number(line)).join('\n'));
      assert.deepEqual(checker.check(fixed).findings.filter((g) => g.verdict === 'contradicted' && g.range.start.line === Number(line)), []);
    }
  });
});

/** Pipes with no delimiter row make no table: the row is a line of prose and its cells are read as one. */
describe('pipe rows outside a table', () => {
  it('reads "| AUKUS | established late 2020 |" as a founding date, corrected at the year', () => {
    const text = '| AUKUS | established late 2020 | Australia, UK, US |\n';
    const [f] = checker.check(text).findings.filter((x) => x.verdict === 'contradicted');
    assert.equal(f?.code, 'contradicted-founding-date');
    assert.equal(applyEdits(text, f.fixes.find((x) => x.preferred)!.edits), '| AUKUS | established late 2021 | Australia, UK, US |\n');
  });

  it('does not read a later act in the next cell as the founding', () => {
    const text = '| AUKUS | announced 2023 submarine pathway |\n';
    assert.deepEqual(checker.check(text).findings.filter((x) => x.verdict === 'contradicted').map((x) => x.message), []);
  });
});

/** A row that names the organisation is read with its header: its members, member count and founding date. */
describe('organisation rows', () => {
  const draft = [
    '| Alliance | Members | Founded |',          // 0
    '| --- | --- | --- |',
    '| AUKUS | 4 | March 2021 |',                // 2: count and date contradicted
    '| **AUKUS** | Australia, UK, US, Japan | 2021 |', // 3: list contradicted
    '| AUKUS | three | 16 September 2021 |',     // 4: both supported
    '| Quad | 4 | 2007 |',                       // 5: another grouping
    '',
    '| Alliance | Notes |',                      // 7: no header the row answers
    '| --- | --- |',
    '| AUKUS | 4 |',
  ].join('\n');
  const findings = checker.check(draft).findings;
  const on = (line: number) => findings.filter((f) => f.range.start.line === line).map((f) => `${f.verdict} ${f.code}`).sort();

  it('reads the count and the date under their headers', () => {
    assert.deepEqual(on(2), ['contradicted contradicted-founding-date', 'contradicted contradicted-member-count']);
    assert.deepEqual(on(4), ['supported supported-founding-date', 'supported supported-member-count']);
  });

  it('reads a cell of names as the whole membership', () => {
    assert.deepEqual(on(3).filter((x) => x.startsWith('contradicted')), ['contradicted contradicted-membership']);
  });

  it('reads nothing for another grouping or under a header that asks nothing', () => {
    assert.deepEqual(on(5), []);
    assert.deepEqual(on(9), []);
  });

  it('fixes the cell and nothing else', () => {
    for (const f of findings.filter((x) => x.verdict === 'contradicted')) {
      const fixed = applyEdits(draft, f.fixes.find((x) => x.preferred)!.edits);
      const line = f.range.start.line;
      assert.deepEqual(fixed.split('\n').filter((_, i) => i !== line), draft.split('\n').filter((_, i) => i !== line));
      assert.deepEqual(checker.check(fixed).findings.filter((g) => g.verdict === 'contradicted' && g.range.start.line === line && g.code === f.code), [], fixed.split('\n')[line]);
    }
  });
});
