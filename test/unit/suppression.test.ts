import { strict as assert } from 'node:assert';
import { applyEdits, suppressionEdit } from '../../src/core';
import { checker } from './helpers';

describe('suppression comments', () => {
  it('disable-next-line suppresses the next line only, keeping the reason and the count', () => {
    const md = '<!-- grounded-disable-next-line reason="quoting the rumour" -->\nJapan joined AUKUS.\n\nCanada joined AUKUS.\n';
    const r = checker.check(md);
    assert.deepEqual(r.findings.map((f) => f.claim), ['Canada joined AUKUS.']);
    assert.equal(r.suppressed.length, 1);
    assert.equal(r.suppressed[0].suppressionReason, 'quoting the rumour');
  });

  it('disable … enable suppresses a region', () => {
    const md = 'Japan joined AUKUS.\n\n<!-- grounded-disable reason="satire" -->\n\nIndia joined AUKUS.\n\nCanada joined AUKUS.\n\n<!-- grounded-enable -->\n\nFrance joined AUKUS.\n';
    const r = checker.check(md);
    assert.deepEqual(r.findings.map((f) => f.claim), ['Japan joined AUKUS.', 'France joined AUKUS.']);
    assert.deepEqual(r.suppressed.map((f) => f.suppressionReason), ['satire', 'satire']);
  });

  it('ignores directive look-alikes inside code', () => {
    const md = '```\n<!-- grounded-disable -->\n```\n\nJapan joined AUKUS.\n';
    assert.equal(checker.check(md).findings.length, 1);
  });

  it('suppressionEdit inserts the comment above the finding and points at the reason', () => {
    const md = 'Intro.\r\n\r\n  Japan joined AUKUS.\r\n';
    const [f] = checker.check(md).findings;
    const { edit, reasonOffset } = suppressionEdit(md, f);
    const out = applyEdits(md, [edit]);
    assert.equal(out, 'Intro.\r\n\r\n  <!-- grounded-disable-next-line reason="" -->\r\n  Japan joined AUKUS.\r\n');
    assert.equal(out.slice(reasonOffset - 8, reasonOffset + 1), 'reason=""');
    const again = checker.check(out);
    assert.equal(again.findings.length, 0);
    assert.equal(again.suppressed.length, 1);
  });
});
