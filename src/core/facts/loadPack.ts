import type { default as AjvClass, ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { packSchema } from './packSchema';
import type { Pack, PackFact } from './packTypes';
import type { Source } from '../types';

export type { Pack } from './packTypes';

/** A problem in a pack file, with a 0-based position when it can be placed. */
export interface PackError { message: string; origin: string; line?: number; column?: number }
export interface PackLoadResult { pack?: Pack; errors: PackError[] }

const MAX_PACK_LENGTH = 2_000_000;
let validate: ReturnType<AjvClass['compile']> | undefined;

/** Ajv is loaded on first use: most runs load only the built-in pack, validated at build time. */
function compileSchema(): ReturnType<AjvClass['compile']> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
  return new Ajv({ allErrors: true, strict: false }).compile(packSchema);
}

/**
 * Parses and validates a pack. Never throws: every problem comes back as a PackError naming the
 * place in the file, so one bad pack cannot stop the others from loading.
 */
export function loadPack(text: string, origin: string, options: { schema?: boolean } = {}): PackLoadResult {
  const fail = (message: string, at?: { line: number; col: number }): PackLoadResult =>
    ({ errors: [{ message, origin, line: at && at.line - 1, column: at && at.col - 1 }] });
  if (text.length > MAX_PACK_LENGTH) return fail(`pack is larger than ${MAX_PACK_LENGTH} characters`);
  if (text.includes('\u0000')) return fail('pack is not a text file');

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { errors: doc.errors.map((e) => {
      const at = lineCounter.linePos(e.pos[0]);
      return { message: `YAML: ${e.message.split('\n')[0]}`, origin, line: at.line - 1, column: at.col - 1 };
    }) };
  }
  const data: unknown = doc.toJS();
  // Compiling the schema costs ~300 ms; the built-in pack is validated by the tests instead.
  if (options.schema !== false) validate ??= compileSchema();
  if (options.schema !== false && !validate!(data)) {
    return { errors: mostSpecific(validate!.errors ?? []).map((e) => {
      const node = nodeAt(doc.contents, e.instancePath);
      const at = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
      return { message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${allowed(e)}`, origin,
        line: at && at.line - 1, column: at && at.col - 1 };
    }) };
  }
  return crossCheck(data as RawPack, origin, (path) => {
    const node = nodeAt(doc.contents, path);
    return node?.range ? node.range[0] : 0;
  }, lineCounter);
}

interface RawPack {
  id: string; title?: string; asOf?: string; sources: Source[];
  organisations: { id: string; name: string; aliases: string[]; anaphora?: string[]; context?: string[] }[];
  otherGroupings?: { id: string; aliases: string[] }[];
  entities: { id: string; name: string; aliases: string[]; adjectives?: string[] }[];
  facts: (Record<string, unknown> & { id: string; kind: PackFact['kind']; source: string; organisation: string; statement: string; quote: string; asOf?: string })[];
}

/** References between parts of the pack, which a schema cannot express. */
function crossCheck(raw: RawPack, origin: string, offsetOf: (path: string) => number, lc: LineCounter): PackLoadResult {
  const errors: PackError[] = [];
  const report = (path: string, message: string) => {
    const at = lc.linePos(offsetOf(path));
    errors.push({ message: `${path} ${message}`, origin, line: at.line - 1, column: at.col - 1 });
  };
  const sources = new Map(raw.sources.map((s) => [s.id, s]));
  const entityIds = new Set(raw.entities.map((e) => e.id));
  const orgIds = new Set(raw.organisations.map((o) => o.id));
  const seen = new Set<string>();
  const facts: PackFact[] = [];
  raw.facts.forEach((f, i) => {
    const path = `/facts/${i}`;
    if (seen.has(f.id)) report(`${path}/id`, `repeats the fact id "${f.id}"`);
    seen.add(f.id);
    const source = sources.get(f.source);
    if (!source) return report(`${path}/source`, `names an unknown source "${f.source}"`);
    if (!orgIds.has(f.organisation)) return report(`${path}/organisation`, `names an unknown organisation "${f.organisation}"`);
    const refs = [...((f.members as string[]) ?? []), ...((f.subject as string[]) ?? []), ...(f.entity ? [f.entity as string] : [])];
    for (const r of refs) if (!entityIds.has(r)) report(path, `names an unknown entity "${r}"`);
    facts.push({
      ...f, source, asOf: f.asOf ?? raw.asOf ?? source.date, origin: { pack: origin, offset: offsetOf(path) },
      ...(f.kind === 'invitation' ? { saidBy: (f.saidBy as string[]) ?? [], reportedBy: (f.reportedBy as string[]) ?? [] } : {}),
      ...(f.kind === 'statement' ? { subject: (f.subject as string[]) ?? [], topic: (f.topic as string[]) ?? [] } : {}),
    } as unknown as PackFact);
  });
  if (errors.length > 0) return { errors };
  return {
    errors,
    pack: {
      id: raw.id, title: raw.title ?? raw.id, origin, sources: raw.sources,
      organisations: raw.organisations.map((o) => ({ ...o, anaphora: o.anaphora ?? [], context: o.context ?? [] })),
      otherGroupings: raw.otherGroupings ?? [], entities: raw.entities, facts,
    },
  };
}

/** With oneOf, Ajv reports every branch; keep the deepest errors, which name the real fault. */
function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'const');
  const list = useful.length > 0 ? useful : errors;
  const depth = Math.max(...list.map((e) => e.instancePath.split('/').length));
  const deepest = list.filter((e) => e.instancePath.split('/').length === depth);
  const unique = new Map(deepest.map((e) => [`${e.instancePath} ${e.message}${allowed(e)}`, e]));
  return [...unique.values()].slice(0, 10);
}

function allowed(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `: "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  if (e.keyword === 'enum') return `: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return '';
}

function nodeAt(root: unknown, pointer: string): Node | undefined {
  let node = root as Node | undefined;
  for (const key of pointer.split('/').slice(1)) {
    if (isMap(node)) node = node.get(key, true) as Node | undefined;
    else if (isSeq(node)) node = node.get(Number(key), true) as Node | undefined;
    else return node;
  }
  return node;
}
