/** JSON Schema of a fact pack (YAML). Kept in code so the engine needs no file I/O. */
const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$' } as const;
const text = { type: 'string', minLength: 1 } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const words = { type: 'array', items: text, minItems: 1 } as const;
const ids = { type: 'array', items: id, minItems: 1 } as const;

const factBase = {
  id, statement: text, quote: text, source: id, organisation: id, asOf: isoDate,
} as const;

export const packSchema = {
  type: 'object',
  required: ['grounded', 'id', 'sources', 'organisations', 'entities', 'facts'],
  additionalProperties: false,
  properties: {
    grounded: { const: 1 },
    id,
    title: text,
    asOf: isoDate,
    sources: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', additionalProperties: false,
        required: ['id', 'title', 'publisher', 'date', 'url'],
        properties: { id, title: text, publisher: text, date: isoDate, url: { type: 'string', pattern: '^https?://' } },
      },
    },
    organisations: {
      type: 'array', minItems: 1,
      items: {
        type: 'object', additionalProperties: false, required: ['id', 'name', 'aliases'],
        properties: { id, name: text, aliases: words, anaphora: words, context: words },
      },
    },
    otherGroupings: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['id', 'aliases'], properties: { id, aliases: words, members: { type: 'array', items: id } } },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['id', 'name', 'aliases'],
        properties: { id, name: text, aliases: words, adjectives: words },
      },
    },
    facts: {
      type: 'array', minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'kind', 'statement', 'quote', 'source', 'organisation'],
        properties: { kind: { enum: ['membership', 'count', 'founding', 'invitation', 'statement'] } },
        oneOf: [
          { additionalProperties: false, required: ['members'],
            properties: { ...factBase, kind: { const: 'membership' }, members: ids } },
          { additionalProperties: false, required: ['count'],
            properties: { ...factBase, kind: { const: 'count' }, count: { type: 'integer', minimum: 1 } } },
          { additionalProperties: false, required: ['date'],
            properties: { ...factBase, kind: { const: 'founding' }, date: isoDate } },
          { additionalProperties: false, required: ['entity', 'invited'],
            properties: { ...factBase, kind: { const: 'invitation' }, entity: id, invited: { type: 'boolean' }, saidBy: words, reportedBy: words } },
          { additionalProperties: false, required: ['relation'],
            properties: { ...factBase, kind: { const: 'statement' }, subject: ids,
              relation: { enum: ['supports', 'cooperates', 'motive', 'cites'] }, topic: words, standalone: words } },
        ],
      },
    },
  },
} as const;
