/**
 * JSON-LD as the rules read it: a flat list of typed nodes, whatever the nesting
 * (`@graph`, arrays, nested objects), with an index by `@id` so a reference such as
 * `"author": {"@id": "#person"}` resolves to the Person node it names.
 */
export type JsonObject = Record<string, unknown>;

export interface JsonLdIndex {
  nodes: JsonObject[];
  byId: Map<string, JsonObject>;
}

const MAX_NODES = 2000;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists an array, a single value, or nothing as an array. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function indexJsonLd(blocks: readonly unknown[]): JsonLdIndex {
  const nodes: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const stack: unknown[] = [...blocks];
  while (stack.length > 0 && nodes.length < MAX_NODES) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      stack.push(...item);
      continue;
    }
    if (!isObject(item)) continue;
    nodes.push(item);
    const id = item['@id'];
    // A bare reference ({"@id": …} alone) must not shadow the full node.
    if (typeof id === 'string' && (Object.keys(item).length > 1 || !byId.has(id))) byId.set(id, item);
    for (const value of Object.values(item)) {
      if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  // The stack walks in reverse; page order matters when several articles appear.
  nodes.reverse();
  return { nodes, byId };
}

/** The node's `@type`s, without a schema.org prefix. */
export function typesOf(node: JsonObject): string[] {
  return asArray(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/)?schema\.org\//i, ''));
}

/** Follows an `{"@id": …}` reference to the full node when the index has it. */
export function resolve(index: JsonLdIndex, value: unknown): unknown {
  if (!isObject(value)) return value;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length <= 2) return index.byId.get(id) ?? value;
  return value;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting|liveblog|review|analysis|opinion|backgroundnews|reportage|scholarly|techarticle|creativework|videoobject|recipe|medicalwebpage/i;

/**
 * Nodes describing the page's main work: article types first, then web pages; a
 * node with a headline or dates counts even under an unusual type.
 */
export function articleNodes(index: JsonLdIndex): JsonObject[] {
  const articles = index.nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  const pages = index.nodes.filter((node) => typesOf(node).some((type) => /webpage|itempage/i.test(type)));
  const dated = index.nodes.filter(
    (node) =>
      !articles.includes(node) &&
      !pages.includes(node) &&
      ('headline' in node || 'datePublished' in node) &&
      !typesOf(node).some((type) => /person|organi[sz]ation|breadcrumb|website|imageobject/i.test(type)),
  );
  return [...articles, ...dated, ...pages];
}

/** A scalar JSON-LD value as text: strings, numbers, or `{"@value": …}`. */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  if (isObject(value) && '@value' in value) return text(value['@value']);
  return null;
}
