import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checker } from './helpers';

/**
 * Regression guard on labelled paragraphs: the same scoring as ../shared/eval/score.mjs
 * (a case is flagged when it has a contradicted finding), in process. The sets were written by
 * people who did not read the code. On the public dev set the thresholds are the targets;
 * on our own sets the floor is a little under today's score (their misses are listed in the README).
 */
const SETS: [string, number][] = [
  [join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev.jsonl'), 0.95],
  [join(__dirname, '..', 'fixtures', 'eval', 'extra.jsonl'), 0.94],
  [join(__dirname, '..', 'fixtures', 'eval', 'news.jsonl'), 0.94],
  [join(__dirname, '..', 'fixtures', 'eval', 'real.jsonl'), 0.94],
  [join(__dirname, '..', 'fixtures', 'eval', 'essays.jsonl'), 0.9],
  [join(__dirname, '..', 'fixtures', 'eval', 'mixed.jsonl'), 0.97],
  // Written blind (0.733 before any fix); the best estimate of unseen text.
  [join(__dirname, '..', 'fixtures', 'eval', 'fresh.jsonl'), 0.94],
  // Written blind in the style of published coverage (P 0.963, R 0.813 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind2.jsonl'), 0.92],
  // Written blind with hard negatives first (P 0.927, R 0.797 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind3.jsonl'), 0.97],
  // Written blind in the register of real published paragraphs, long sentences (P 0.940, R 0.734 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind4.jsonl'), 0.93],
  // Written blind: encyclopedia ledes, FAQ/Q&A, table rows, wire copy, exam answers, timelines, corrections (P 0.979, R 0.719 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind5.jsonl'), 0.9],
  // Written blind in the style of real published coverage 2021–2025, hard negatives about later events (P 0.980, R 0.820 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind6.jsonl'), 0.95],
  // Written blind: two-sentence cases, markup that splits claims, chat and transcript registers (P 0.944, R 0.797 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind7.jsonl'), 0.82],
  // Written blind last, to the held-out set's description, and scored once before any fix: P 1.000, R 0.900.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind8.jsonl'), 0.96],
  // Written blind in unusual but natural syntax: clefts, inversions, fronted participles, nominalisations, odd date forms (P 0.984, R 0.762 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind9.jsonl'), 0.97],
  // Written blind at the end, to the held-out set's description, and scored once untouched: P 0.972, R 0.863.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind10.jsonl'), 0.92],
  // Written blind: drafts paraphrasing the April 2022 story with one detail wrong (P 0.982, R 0.873 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind11.jsonl'), 0.93],
  // Written blind in the style of real published coverage (P 0.972, R 0.767 before any fix).
  [join(__dirname, '..', 'fixtures', 'eval', 'blind12.jsonl'), 0.97],
  // Written blind at the end, to the held-out set's description; scored once untouched (P 1.000, R 0.725), then its general misses fixed.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind13.jsonl'), 0.94],
  // Written blind at the very end of a session, to the held-out set's description, and scored once untouched: P 0.982, R 0.844.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind14.jsonl'), 0.94],
  // Written blind, imitating published coverage (wire, broadsheet "Aukus", explainers); scored once untouched: P 0.954, R 0.775.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind15.jsonl'), 0.95],
  // Written blind, real-coverage register with hard negatives first (65% OK); scored once untouched: P 0.952, R 0.843.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind16.jsonl'), 0.95],
  // Written blind to the held-out set's description; scored once untouched: P 0.968, R 0.762.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind17.jsonl'), 0.93],
  // Written blind, 60% in the register of real published coverage; scored once untouched (after blind17's fixes): P 0.967, R 0.787.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind18.jsonl'), 0.94],
  // Written blind last, to the held-out set's description; scored once untouched with every fix of the session in place: P 0.947, R 0.831.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind19.jsonl'), 0.93],
  // Adversarial, written blind: 150 hard negatives (fact-check layouts, hypothetical versions, titles, ideas, beliefs) and 50 mirrors;
  // scored once untouched: P 0.625, R 0.700.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg.jsonl'), 0.96],
  // Written blind in real published registers (news, op-eds, briefs, forums); scored once untouched: P 0.971, R 0.907.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind21.jsonl'), 0.9],
  // Written blind to imitate real published text (wire copy, broadsheets, Hansard, think tanks, posts); scored once untouched: P 0.986, R 0.875.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind22.jsonl'), 0.92],
  // Adversarial, written blind: 140 paragraphs that keep a wrong-looking fact at arm's length, 60 mirrors that assert it;
  // scored once untouched: P 0.936, R 0.733.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg4.jsonl'), 0.85],
  // Written blind to the held-out set's description (half dev style, half published coverage); scored once untouched: P 0.971, R 0.850.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind23.jsonl'), 0.92],
  // Written blind in the forms writers draft in (footnotes, bullets, timelines, table rows, notes with typos); scored once untouched: P 0.953, R 0.762.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind24.jsonl'), 0.85],
  // Adversarial, written blind: reporting verbs, documents, epistemic adverbs, sarcasm, negative polarity, date arithmetic;
  // scored once untouched: P 0.867, R 0.557 (its misses are this set's open work).
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg5.jsonl'), 0.75],
  // Written blind in the registers of real published coverage (wires, think tanks, Hansard, podcasts); scored once untouched: P 0.969, R 0.787.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind25.jsonl'), 0.88],
  // Written blind in the forms users draft in (essays, briefing notes, FAQs, slides); scored once untouched: P 0.971, R 0.825.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind26.jsonl'), 0.92],
  // Written blind as real published text of April 2022 and after (agencies, transcripts, corrections); scored once untouched: P 0.971, R 0.815.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind27.jsonl'), 0.86],
  // Adversarial, written blind: indirect claims, comparisons, idioms, captions; look-alikes under attribution, irony, other groupings;
  // scored once untouched: P 0.865, R 0.457 (its misses are this set's open work).
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg6.jsonl'), 0.6],
  // Written last, blind, to the held-out set's description (half lifted-and-altered published sentences); scored once untouched: P 0.982, R 0.859.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind28.jsonl'), 0.87],
  // Written blind to the held-out set's description (lifted-and-altered published sentences); scored once untouched: P 1.000, R 0.776.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind29.jsonl'), 0.87],
  // Written blind in real published registers of 2021–2025 (wires, think tanks, Hansard, Asian press); scored once untouched: P 1.000, R 0.938.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind30.jsonl'), 0.94],
  // Adversarial, written blind: near-pairs that differ in one small thing (scope of "only", ellipsis, near-names, respectively);
  // scored once untouched: P 0.897, R 0.438 (its misses are this set's open work).
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg7.jsonl'), 0.58],
  // Written blind as 2023–2025 coverage (Optimal Pathway, Pillar II, explainers, timelines); scored once untouched: P 0.959, R 0.839.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind31.jsonl'), 0.88],
  // Written blind in the forms writers draft in (flashcards, pipe rows, shorthand like "Oz" and "AU", typos); scored once untouched: P 0.947, R 0.844.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind32.jsonl'), 0.91],
  // Written blind to the held-out set's description (dev behaviours in new words, published sentences altered in one place); scored once untouched: P 1.000, R 0.844.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind33.jsonl'), 0.94],
  // Adversarial, written blind: the edge of the writer's own voice (reporting verbs in every position, hedges, mentions, scenarios) and mirrors;
  // scored once untouched: P 0.872, R 0.607.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg8.jsonl'), 0.74],
  // Written blind as real published registers (wire copy, briefs, committee reports, explainers, newsletters); scored once untouched: P 1.000, R 0.656.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind34.jsonl'), 0.84],
  // Adversarial near-pairs, written blind (former/latter, endorsed vs corrected quotes, halves of years, counts of other things);
  // scored once untouched: P 0.913, R 0.583.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg9.jsonl'), 0.77],
  // Written blind to the held-out set's description (published registers, some altered in one detail); scored once untouched: P 1.000, R 0.857.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind35.jsonl'), 0.91],
  // Adversarial, written blind: two-sentence claims, Markdown structure (tables with headers, signed block quotes), true and false facts
  // together, claims by implication; scored once untouched: P 0.875, R 0.583.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg10.jsonl'), 0.83],
  // Written blind as the drafts a writer has open (essays, briefing notes with TODOs, newsletters, podcast scripts, Q&A, timelines); scored once untouched: P 1.000, R 0.800.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind36.jsonl'), 0.88],
  // Adversarial about false alarms, written blind: look-alike words about other things, late attributions, fiction and exam prompts,
  // and false claims in passing (participles, footnotes, noun phrases); scored once untouched: P 0.952, R 0.556.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg11.jsonl'), 0.69],
  // Written blind as real published coverage (wire copy with datelines, broadsheets, think tanks, transcripts, encyclopedia ledes);
  // scored on arrival: P 1.000, R 0.933.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind37.jsonl'), 0.96],
  // Written blind as writers' drafts (glossary lines, timelines, slide notes, casual notes, non-native English); scored once untouched: P 0.947, R 0.720.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind38.jsonl'), 0.76],
  // Written blind as published coverage from Japanese, Australian, British, US and Chinese state outlets, with Title Case headlines;
  // scored once untouched: P 0.926, R 0.893.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind39.jsonl'), 0.96],
  // Written blind as policy and parliamentary prose (Hansard, committee reports, think tanks, abstracts with citations); scored once untouched: P 0.958, R 0.821.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind40.jsonl'), 0.92],
  // Adversarial near-pairs, written blind (contrast and concession, reference back, counts and invitations in many words); scored once untouched: P 1.000, R 0.480.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg12.jsonl'), 0.56],
  // Adversarial, written blind: false claims that look harmless (presuppositions, captions, footnotes), true ones that look false; scored once untouched: P 0.952, R 0.833.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg13.jsonl'), 0.87],
  // Adversarial, written blind: several claims in one sentence with one false, aliases and list styles; scored once untouched: P 1.000, R 0.720.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg14.jsonl'), 0.88],
  // Written blind at the end of a session, to the held-out set's description (half published coverage, some altered in one detail,
  // half the dev set's behaviours in new words); scored once untouched: P 1.000, R 0.875.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind41.jsonl'), 0.93],
  // Written blind last of all, to the held-out set's description (60% in the registers of published coverage, some altered in one
  // detail); scored once untouched: P 1.000, R 0.938.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind42.jsonl'), 0.93],
  // Published coverage 2021–2025 (wire copy with datelines, broadsheets, think tanks, "Aukus"), each false case one detail altered;
  // written blind; scored once untouched: P 0.962, R 0.844.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind43.jsonl'), 0.89],
  // The dev set's behaviours in new words, to the held-out set's description; written blind; scored once untouched: P 1.000, R 0.872.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind44.jsonl'), 0.94],
  // Writers' Markdown drafts (essays, briefing notes with TODOs, podcast scripts, slides, Q&A); written blind; scored once untouched: P 0.983, R 0.891.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind45.jsonl'), 0.95],
  // Adversarial pairs that differ in one small thing; written blind; scored once untouched: P 0.964, R 0.900.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg15.jsonl'), 0.88],
  // Coverage of the April 2022 story and the launch in the styles of Japanese, Australian, British, US and Chinese outlets; written blind;
  // scored once untouched: P 0.988, R 0.922.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind46.jsonl'), 0.95],
  // Two-sentence cases, Markdown shapes and student prose; written blind; scored once untouched: P 0.962, R 0.781.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind47.jsonl'), 0.86],
  // A precision stress test: 150 hard negatives, 50 mirrors; written blind; scored once untouched: P 0.895, R 0.680.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg16.jsonl'), 0.70],
  // Long essay and op-ed sentences of 30–70 words; written blind; scored once untouched: P 0.918, R 0.703.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind48.jsonl'), 0.75],
  // Written blind last, to the held-out set's description (half published coverage altered in one detail, half the dev set's
  // behaviours in new words); scored once untouched with every fix of the session: P 1.000, R 0.897.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind49.jsonl'), 0.87],
  // Published sentences as recalled (encyclopedia, joint statements, government releases, agencies, think tanks), 70 altered in one
  // detail; written blind last; scored once untouched: P 1.000, R 0.857.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind50.jsonl'), 0.83],
  // Adversarial, written blind last: claims in subordinate clauses, presupposed, partly attributed, cleft, metonyms; scored once untouched: P 0.979, R 0.783.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg17.jsonl'), 0.84],
  // Sixth session of 29 November, each written blind and scored once untouched (P, R):
  // published register (wire, Hansard, think tanks, op-eds): 1.000, 0.885.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind51.jsonl'), 0.93],
  // Students', analysts' and bloggers' Markdown drafts (FAQ lines, timelines, table-like items): 0.909, 0.962.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind52.jsonl'), 0.93],
  // Adversarial pairs (unusual negations, attribution, hedges, other groupings, numbers about other things): 0.927, 0.760.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg18.jsonl'), 0.77],
  // Two-sentence paragraphs whose claim depends on the first sentence (ellipsis, references, verdicts): 0.926, 0.481.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind53.jsonl'), 0.70],
  // Headlines, captions, posts, slides, glossary entries, field lines, link texts: 0.974, 0.731.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind54.jsonl'), 0.89],
  // Adversarial pairs on scope, double negation, comparatives, reported speech after the claim: 0.941, 0.640.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg19.jsonl'), 0.77],
  // English-language Asian media (Kyodo, Japan Times, NHK, Nikkei, Yonhap, SCMP): 0.981, 0.981.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind55.jsonl'), 0.95],
  // Think-tank and government prose (ASPI, Lowy, CSIS, RUSI, fact sheets, recommendations): 1.000, 0.827.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind56.jsonl'), 0.83],
  // Pillar II nuance, AUKUS-plus, other agreements and groupings: 0.978, 0.880.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg20.jsonl'), 0.93],
  // Written last, to the held-out set's description (a third close paraphrases of published coverage): 1.000, 0.818.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind57.jsonl'), 0.88],
  // Written last: slips hidden in long careful sentences (parentheses, appositives, ranges, captions): 1.000, 0.788.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind58.jsonl'), 0.78],
  // Written last: quantifier, negation and scope pairs differing by a word or two: 0.932, 0.586.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg21.jsonl'), 0.62],
  // Seventh session, scored untouched on arrival (precision, recall).
  // Published register (wire, Hansard, think tanks) with slips in background clauses: 0.925, 0.845.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind59.jsonl'), 0.88],
  // Writers' Markdown drafts (notes, timelines, Q&A, corrections, TODOs): 0.978, 0.763.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind60.jsonl'), 0.85],
  // References across sentences, denied dates and counts, scope, comparison: 1.000, 0.517.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg22.jsonl'), 0.79],
  // Real-coverage registers, 2021-2025 (wire, papers, think tanks, media releases): 1.000, 0.885.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind61.jsonl'), 0.88],
  // Two-sentence paragraphs only: references, verdicts on reports, dates and counts completed: 0.938, 0.517.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind62.jsonl'), 0.60],
  // False-alarm hunting: 105 near misses and 35 near twins that contradict: 0.867, 0.743.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg23.jsonl'), 0.82],
  // Written last, with the session's fixes in place: to the held-out set's description: 0.981, 0.946.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind63.jsonl'), 0.91],
  // Written last: mixed adversarial pairs, each turning on one thing a reader notices: 0.979, 0.821.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg24.jsonl'), 0.87],
  // The eighth session of 29 November, untouched precision and recall.
  // Published register, long clause-heavy sentences: 0.960, 0.873.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind64.jsonl'), 0.92],
  // Everyday hard cases, half two-sentence paragraphs: 1.000, 0.800.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg25.jsonl'), 0.92],
  // False-alarm hunting in published prose: the untouched engine threw on one case, so the CLI exited 2
  // and the scorer could not run; on the other 139 cases 0.946, 0.875.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg26.jsonl'), 0.95],
  // Two-sentence paragraphs only: 1.000, 0.655.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind65.jsonl'), 0.86],
  // Written last, with the session's fixes in place: to the held-out set's description: 1.000, 0.945.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind66.jsonl'), 0.94],
  // Written last: pairs that differ by one thing a reader notices: 0.982, 0.917.
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg27.jsonl'), 0.94],
  // Written after those fixes: real-coverage register, 1.000, 0.911; student essays and analysts' drafts, 0.955, 0.840.
  [join(__dirname, '..', 'fixtures', 'eval', 'blind67.jsonl'), 0.9],
  [join(__dirname, '..', 'fixtures', 'eval', 'hardneg28.jsonl'), 0.9],
];

describe('accuracy on labelled paragraphs', () => {
  for (const [file, minRecall] of SETS) {
    it(`${file.split('/').slice(-2).join('/')}: precision ≥ 0.97 and recall ≥ ${minRecall}`, function () {
      if (!existsSync(file)) { this.skip(); return; }
      const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; label: string });
      let tp = 0, fp = 0, fn = 0;
      const errors: string[] = [];
      for (const c of cases) {
        const flagged = checker.check(`${c.text}\n`).findings.some((f) => f.verdict === 'contradicted');
        const want = c.label === 'CONTRADICTS';
        if (flagged && want) tp++;
        else if (flagged) { fp++; errors.push(`FP ${c.id} ${c.text}`); }
        else if (want) { fn++; errors.push(`FN ${c.id} ${c.text}`); }
      }
      const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
      assert.ok(precision >= 0.97 && recall >= minRecall, `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}\n${errors.join('\n')}`);
    });
  }
});
