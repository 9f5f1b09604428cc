import { describe, expect, test } from 'vitest';
import { fieldsOf, shapesOf, typeWords } from '../../../../src/lib/data/fields.ts';
import { GuideDataSchema } from '../../../../src/schemas/guide-data.ts';
import { toJsonSchema } from '../../../../src/schemas/json-schema.ts';

describe('type words', () => {
  test.each([
    [{ type: 'string' }, 'text'],
    [{ type: 'string', format: 'uri' }, 'URL'],
    [{ type: 'integer' }, 'integer'],
    [{ const: 1 }, '1'],
    [{ type: 'string', enum: ['must', 'should'] }, 'one of "must", "should"'],
    [{ type: 'array', items: { type: 'string' } }, 'list of text'],
    [{ type: 'object', additionalProperties: { type: 'string' } }, 'map from key to text'],
    [{ anyOf: [{ type: 'string' }, { type: 'number' }] }, 'text or number'],
  ])('%j reads "%s"', (node, words) => {
    expect(typeWords(node)).toBe(words);
  });
});

describe('the fields of a schema', () => {
  test('lists each property with its type, whether it is required, and its description', () => {
    expect(
      fieldsOf({
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', description: 'The id.' },
            tags: {
              type: 'array',
              items: { type: 'object', properties: { name: { type: 'string' } } },
            },
          },
          required: ['id'],
        },
      }),
    ).toEqual([
      {
        name: 'id',
        type: 'text',
        required: true,
        description: 'The id.',
        fields: [],
        variants: [],
      },
      {
        name: 'tags',
        type: 'list of object',
        required: false,
        description: undefined,
        fields: [
          {
            name: 'name',
            type: 'text',
            required: false,
            description: undefined,
            fields: [],
            variants: [],
          },
        ],
        variants: [],
      },
    ]);
  });

  test('names each shape of a union by its constant field', () => {
    const shapes = shapesOf({
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'object',
            properties: { kind: { const: 'migration' }, from: { type: 'string' } },
          },
          {
            type: 'object',
            properties: { kind: { const: 'template' }, title: { type: 'string' } },
          },
        ],
      },
    });
    expect(shapes.map((s) => [s.label, s.fields.map((f) => f.name)])).toEqual([
      ['kind: "migration"', ['kind', 'from']],
      ['kind: "template"', ['kind', 'title']],
    ]);
  });

  test("reads the published schema: a stage's requirements hold levels and items", () => {
    const schema = toJsonSchema(GuideDataSchema, 'output', { title: 't', description: 'd' }) as {
      properties: Record<string, object>;
    };
    const stage = fieldsOf(schema.properties['stages'] ?? {});
    const requirements = stage.find((f) => f.name === 'requirements');
    expect(requirements?.required).toBe(true);
    expect(requirements?.fields.map((f) => f.name)).toEqual(['level', 'heading', 'items']);
    expect(requirements?.fields[0]?.type).toMatch(/^one of "must"/);
  });
});
