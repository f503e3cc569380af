import type { CheckOptions, CheckResult, Fact, Finding, Fix, Severity, Span, Verdict } from '../types';
import type { Pack } from '../facts/packTypes';
import { buildLexicon, type Lexicon } from '../claims/lexicon';
import { extractClaims } from '../claims/extractClaims';
import type { Claim } from '../claims/claim';
import { projectMarkdown, type ChunkCache } from '../prose/projectMarkdown';
import { LruCache } from '../text/lruCache';
import type { ProseBlock } from '../prose/prose';
import { LineIndex } from '../text/lineIndex';
import { findingCode } from '../codes';
import { citationContext, citationEdits, type CitationContext } from '../cite/citation';
import { applyDirectives } from '../suppress/applyDirectives';
import { FactIndex } from './factIndex';
import { judge, type Judgement } from './judge';
import { termsPattern } from '../claims/terms';
import { mayBeRated, opensWithVerdict, ratingOf, type Rating } from '../claims/factCheckLayout';
import { splitSentences } from '../claims/sentences';
import { LABEL_LINE, headingsOf, underItsHeading, type Heading } from './sectionSubject';

const DEFAULT_SEVERITY: Record<Verdict, Severity> = { contradicted: 'warning', supported: 'information' };
export const DEFAULT_MAX_LENGTH = 5_000_000;

/**
 * The engine: holds the loaded packs and checks documents against them. Construct once per
 * set of packs (compiling the lexicon is the costly part); `check` is pure and synchronous.
 */
export class Checker {
  readonly facts: Fact[];
  private readonly index: FactIndex;
  private readonly lexicon: Lexicon;
  private readonly topic: RegExp | undefined;
  /** Matched by every text that may hold a claim (see Lexicon.cueSource); most files match nothing. */
  private readonly cue: RegExp;
  /**
   * Claims by paragraph text. A paragraph's claims depend on its text alone, so while a writer
   * types, only the edited paragraph is read again. Bounded; oldest entries go first.
   */
  private readonly claimCache = new LruCache<string, Claim[]>(5000);
  /** Projected Markdown by chunk text (see prose/chunks.ts): an edit re-parses one chunk. */
  private readonly chunkCache: ChunkCache = new LruCache(20_000);

  constructor(packs: readonly Pack[]) {
    this.index = new FactIndex(packs);
    this.lexicon = buildLexicon(packs);
    this.facts = this.index.facts.map(FactIndex.publicFact);
    // Statements are checked in paragraphs that name the organisation; their `standalone` terms
    // also open a paragraph that does not (generic words like "initiatives" must not).
    const terms = this.index.facts.flatMap((f) => (f.kind === 'statement' ? f.standalone ?? [] : []));
    this.topic = terms.length ? new RegExp(termsPattern(terms)) : undefined;
    this.cue = new RegExp(this.topic ? `${this.lexicon.cueSource}|${this.topic.source}` : this.lexicon.cueSource, 'u');
  }

  check(text: string, options: CheckOptions = {}): CheckResult {
    const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (text.length > max) return { findings: [], suppressed: [], skipped: `too large to check (${text.length} characters; the limit is ${max})` };
    if (text.includes('\u0000')) return { findings: [], suppressed: [], skipped: 'not a text file (it contains NUL bytes)' };
    const mayHoldClaim = (s: string) => this.cue.test(s) && (this.lexicon.mayHoldClaim(s) || (this.topic?.test(s) ?? false));
    if (!mayHoldClaim(text)) return { findings: [], suppressed: [] };

    const lines = new LineIndex(text);
    // A fact-sheet line ("- Founded: 2020") may be read under its section's title (see sectionSubject.ts).
    // So is a verdict that rates the claim labelled in the paragraph before (see factCheckLayout.ts).
    const projected = projectMarkdown(text, (s) => mayHoldClaim(s) || LABEL_LINE.test(s) || opensWithVerdict(s), this.chunkCache);
    // Room for every paragraph of this document, and as much again for the versions an edit makes.
    this.claimCache.reserve(2 * projected.blocks.length);
    const findings: Finding[] = [];
    const cite = citationContext(text);
    let headings: Heading[] | undefined;
    const unchecked: NonNullable<CheckResult['unchecked']> = [];
    projected.blocks.forEach((found, i) => {
      // A bug the engine hits on one paragraph costs that paragraph, not the document.
      try {
        const block = (found.kind === 'paragraph' && found.text.length < 300 && underItsHeading(found, headings ??= headingsOf(text), this.lexicon)) || found;
        const here: Finding[] = [];
        for (const { sentence, judgement } of this.judgedClaimsOf(block, nextParagraph(block, projected.blocks[i + 1]))) {
          const f = this.toFinding(text, lines, cite, block, sentence, judgement, options);
          if (f) here.push(f);
        }
        findings.push(...here);
      } catch (e) {
        const offset = found.map.spanToSource({ start: 0, end: found.text.length });
        unchecked.push({ offset, range: lines.rangeOf(offset), message: `internal error: ${(e as Error)?.message ?? String(e)}` });
      }
    });
    const { kept, suppressed } = applyDirectives(dedupe(findings), projected.directives);
    return unchecked.length ? { findings: kept, suppressed, unchecked } : { findings: kept, suppressed };
  }

  /** Judgements by claim: claims are cached by paragraph, so their verdicts can be too. */
  private readonly judgements = new WeakMap<Claim, Judgement[]>();
  private judgementsOf(claim: Claim): Judgement[] {
    let js = this.judgements.get(claim);
    if (!js) this.judgements.set(claim, (js = judge(claim, this.index)));
    return js;
  }

  /** The block's claims, judged; a fact-check layout's rating (its verdict may stand in the next block) is applied after the cache. */
  private judgedClaimsOf(block: ProseBlock, next: ProseBlock | undefined): { sentence: Span; judgement: Judgement }[] {
    const claims = this.claimsOf(block);
    const out: { sentence: Span; judgement: Judgement }[] = [];
    const rated = claims.length > 0 && mayBeRated(block.text) ? ratedSentences(block.text, next) : [];
    for (const r of rated) {
      const here = claims.filter((c) => c.sentence.start === r.sentence.start);
      for (const judgement of judgeRated(here.flatMap((c) => this.judgementsOf(c)), r.rating, next)) out.push({ sentence: r.sentence, judgement });
    }
    for (const claim of claims) {
      if (rated.some((r) => r.sentence.start === claim.sentence.start)) continue;
      for (const judgement of this.judgementsOf(claim)) out.push({ sentence: claim.sentence, judgement });
    }
    return out;
  }

  private claimsOf(block: ProseBlock): Claim[] {
    // A heading is read as a title (see foundingClaims), so it is cached apart from a paragraph of the same text.
    // A table row is read with its header, so the header is part of its key.
    const key = block.kind === 'heading' ? `\u0000h${block.text}`
      : block.kind === 'row' ? `\u0000r${block.columns!.join('\u0001')}\u0000${block.text}` : block.text;
    const cached = this.claimCache.get(key);
    if (cached) return cached;
    const claims = extractClaims(block, this.lexicon, this.index.facts, this.topic);
    this.claimCache.set(key, claims);
    return claims;
  }

  private toFinding(text: string, lines: LineIndex, cite: CitationContext, block: ProseBlock, sentence: Span, j: Judgement, options: CheckOptions): Finding | undefined {
    const severity = options.severity?.[j.verdict] ?? DEFAULT_SEVERITY[j.verdict];
    if (severity === 'off') return undefined;
    const offset = widenOverMarkup(text, block.map.spanToSource(sentence));
    const fact = FactIndex.publicFact(j.fact);
    const fixes: Fix[] = [];
    if (j.rewrite) {
      const at = j.rewrite.source ?? (j.rewrite.span ? block.map.spanToSource(j.rewrite.span) : offset);
      fixes.push({ title: j.rewrite.title, kind: 'rewrite', preferred: true, edits: [{ offset: at, newText: j.rewrite.text }] });
    }
    const citeAt = offset.end;
    fixes.push({ title: `Cite the source: ${fact.source.publisher}, ${fact.source.date}`, kind: 'cite', preferred: j.verdict === 'supported',
      edits: citationEdits(text, citeAt, fact, 'footnote', cite).edits });
    return {
      code: findingCode(j.verdict, j.kind), verdict: j.verdict, severity, message: j.message, claimKind: j.kind,
      claim: block.text.slice(sentence.start, sentence.end), offset, range: lines.rangeOf(offset), fact, fixes,
    };
  }
}

/** The sentences of a block that a fact-check layout rates, with their ratings. */
function ratedSentences(text: string, next: ProseBlock | undefined): { sentence: Span; rating: Rating }[] {
  const out: { sentence: Span; rating: Rating }[] = [];
  for (const sentence of splitSentences(text)) {
    const rating = ratingOf(text, sentence, next?.text);
    if (rating) out.push({ sentence, rating });
  }
  return out;
}

/**
 * A rated sentence's judgements as the writer asserts them. Rated true: as judged. Rated false: wrong
 * only when everything in it is true, and then shown only where a fix can turn the verdict over.
 */
function judgeRated(js: Judgement[], rating: Rating, next: ProseBlock | undefined): Judgement[] {
  if (rating.verdict === 'true') return js;
  const flip = rating.flip;
  if (rating.verdict === 'unrated' || !flip || js.length === 0 || js.some((j) => j.verdict !== 'supported')) return [];
  const at = flip.inNextBlock ? { source: next!.map.spanToSource(flip.span) } : { span: flip.span };
  return js.map((j) => ({ verdict: 'contradicted', kind: j.kind, fact: j.fact, message: `Rated false here, but the source supports it: ${j.fact.statement}`,
    rewrite: { ...at, text: flip.text, title: flip.title } }));
}

/** The block after `block` if it is the next paragraph (one blank line between), not one further on. */
function nextParagraph(block: ProseBlock, next: ProseBlock | undefined): ProseBlock | undefined {
  if (!next) return undefined;
  let lines = 1;
  for (let i = block.text.indexOf('\n'); i >= 0; i = block.text.indexOf('\n', i + 1)) lines++;
  return next.line <= block.line + lines + 1 ? next : undefined;
}

/** A sentence's own emphasis or link brackets belong to it: "**Japan** joined …" is replaced whole. */
function widenOverMarkup(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && '*_~['.includes(text[start - 1])) start--;
  while (end < text.length && '*_~'.includes(text[end])) end++;
  return { start, end };
}

/**
 * One finding per fact, verdict and message on a sentence; a contradiction hides the supported
 * findings of the same sentence. Works group by group (findings of one sentence are few), with
 * no string keys: this runs on every check of every keystroke.
 */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.offset.start - b.offset.start || a.offset.end - b.offset.end);
  const out: Finding[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j].offset.start === sorted[i].offset.start && sorted[j].offset.end === sorted[i].offset.end) j++;
    const group = sorted.slice(i, j);
    const contradicted = group.some((f) => f.verdict === 'contradicted');
    const kept: Finding[] = [];
    for (const f of group) {
      if (contradicted && f.verdict === 'supported') continue;
      if (kept.some((k) => k.fact.id === f.fact.id && k.verdict === f.verdict && k.message === f.message)) continue;
      kept.push(f);
    }
    out.push(...kept);
    i = j;
  }
  return out;
}
