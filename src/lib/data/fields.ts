/**
 * The field reference on /data/, read from the published JSON Schema so the page can never
 * disagree with the files: each field's name, type in words, whether it is always present, its
 * description where the schema gives one, and the fields inside it.
 */

/** The parts of a JSON Schema (draft 2020-12, as Zod writes it) the reference reads. */
export interface JsonSchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: JsonSchemaNode | boolean;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
}

/** One field of an object. */
export interface FieldDoc {
  name: string;
  type: string;
  required: boolean;
  description?: string | undefined;
  fields: FieldDoc[];
  /** For a field that takes one of several object shapes: each shape, named by its constant. */
  variants: { label: string; fields: FieldDoc[] }[];
}

const FORMATS: Record<string, string> = { uri: 'URL', date: 'date (YYYY-MM-DD)' };

function options(node: JsonSchemaNode): JsonSchemaNode[] {
  return node.oneOf ?? node.anyOf ?? [];
}

/** The schema's type in words: "text", "list of object", "one of "must", "should"". */
export function typeWords(node: JsonSchemaNode): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const alternatives = options(node);
  if (alternatives.length > 0) {
    return [...new Set(alternatives.map(typeWords))].join(' or ');
  }
  if (node.type === 'array') return `list of ${node.items ? typeWords(node.items) : 'values'}`;
  if (node.type === 'string') return node.format ? (FORMATS[node.format] ?? 'text') : 'text';
  if (node.type === 'object' && node.properties === undefined && node.additionalProperties) {
    const value = node.additionalProperties === true ? {} : node.additionalProperties;
    return `map from key to ${typeWords(value)}`;
  }
  if (typeof node.type === 'string') return node.type;
  return 'any value';
}

/** The object a field holds, looking through lists and maps: where its own fields are. */
function inner(node: JsonSchemaNode): JsonSchemaNode {
  if (node.type === 'array' && node.items) return inner(node.items);
  if (node.type === 'object' && node.properties === undefined && node.additionalProperties) {
    return node.additionalProperties === true ? {} : inner(node.additionalProperties);
  }
  return node;
}

/** A label for one shape of a union: its constant field ("kind: migration"). */
function variantLabel(node: JsonSchemaNode, index: number): string {
  for (const [name, prop] of Object.entries(node.properties ?? {})) {
    if (prop.const !== undefined) return `${name}: ${JSON.stringify(prop.const)}`;
  }
  return `shape ${index + 1}`;
}

/** The fields of an object schema (or of the objects in a list or a map). */
export function fieldsOf(schema: JsonSchemaNode, depth = 4): FieldDoc[] {
  const node = inner(schema);
  if (depth === 0 || node.properties === undefined) return [];
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties).map(([name, prop]) => {
    const target = inner(prop);
    const shapes = options(target).filter((o) => o.properties !== undefined);
    return {
      name,
      type: typeWords(prop),
      required: required.has(name),
      description: prop.description ?? target.description,
      fields: fieldsOf(prop, depth - 1),
      variants:
        shapes.length > 1
          ? shapes.map((shape, i) => ({
              label: variantLabel(shape, i),
              fields: fieldsOf(shape, depth - 1),
            }))
          : [],
    };
  });
}

/**
 * The shapes an entry takes: one unnamed shape for a plain object, or one per variant of a union
 * (a checklist is a migration or a template), each named by its constant field.
 */
export function shapesOf(
  schema: JsonSchemaNode,
  depth = 4,
): { label: string; fields: FieldDoc[] }[] {
  const node = inner(schema);
  const shapes = options(node).filter((o) => o.properties !== undefined);
  if (shapes.length > 1) {
    return shapes.map((shape, i) => ({
      label: variantLabel(shape, i),
      fields: fieldsOf(shape, depth),
    }));
  }
  return [{ label: '', fields: fieldsOf(node, depth) }];
}
