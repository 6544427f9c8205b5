// The JSON Schema (src/content/body-chain-content.schema.json) and the hand-written validator
// (validatePack) must accept and refuse the same packs. A small evaluator for the part of JSON
// Schema the file uses runs both over the default packs, the docs example and a set of packs
// with one defect each.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { MAX_HREF, MAX_ITEMS, MAX_STRING, validatePack } from '../../src/model/content.js';
import { CONTENT_VERSION } from '../../src/model/content-types.js';

type Schema = Record<string, any>;
const root: Schema = JSON.parse(readFileSync(new URL('../../src/content/body-chain-content.schema.json', import.meta.url), 'utf8'));
const KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$defs', 'title', 'description', 'type', 'properties', 'patternProperties',
  'additionalProperties', 'required', 'items', 'maxItems', 'minLength', 'maxLength', 'pattern', 'enum', 'minimum', 'maximum',
]);

/** Errors (JSON paths) of `value` against `schema`, for the keywords listed above; any other keyword fails loudly. */
function evaluate(schema: Schema, value: unknown, path = '(root)', out: string[] = []): string[] {
  for (const k of Object.keys(schema)) if (!KEYWORDS.has(k)) throw new Error(`schema keyword ${k} not supported by this test`);
  if (schema.$ref) return evaluate(resolve(schema.$ref), value, path, out);
  const type = schema.type as string | undefined;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'object' && !isObject) return out.push(`${path}: type`), out;
  if (type === 'array' && !Array.isArray(value)) return out.push(`${path}: type`), out;
  if (type === 'string' && typeof value !== 'string') return out.push(`${path}: type`), out;
  if (type === 'integer' && !Number.isInteger(value)) return out.push(`${path}: type`), out;
  if (schema.enum && !schema.enum.includes(value)) out.push(`${path}: enum`);
  if (typeof value === 'string') {
    const n = [...value].length;
    if (schema.minLength !== undefined && n < schema.minLength) out.push(`${path}: minLength`);
    if (schema.maxLength !== undefined && n > schema.maxLength) out.push(`${path}: maxLength`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: pattern`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${path}: maxItems`);
    if (schema.items) value.forEach((v, i) => evaluate(schema.items, v, `${path}[${i}]`, out));
  }
  if (isObject) {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) out.push(`${path}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      const p = `${path}.${k}`;
      if (schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, k)) evaluate(schema.properties[k], v, p, out);
      else {
        const pattern = Object.keys(schema.patternProperties ?? {}).find((re) => new RegExp(re, 'u').test(k));
        if (pattern) evaluate(schema.patternProperties[pattern], v, p, out);
        else if (schema.additionalProperties === false) out.push(`${p}: additionalProperties`);
      }
    }
  }
  return out;
}

function resolve(ref: string): Schema {
  const m = /^#\/\$defs\/(.+)$/.exec(ref);
  if (!m || !root.$defs[m[1]]) throw new Error(`unresolved $ref ${ref}`);
  return root.$defs[m[1]];
}

const good: [string, unknown][] = [
  ['empty', {}],
  ['defaults', { version: CONTENT_VERSION, ja: DEFAULT_CONTENT.ja, en: DEFAULT_CONTENT.en }],
  ['version 1 with caution', { version: 1, ja: { regions: { calf: { caution: '医師にご相談ください。' } } } }],
  ['no version, cautions', { en: { regions: { kidney: { cautions: [{ urgency: '119', text: 'x' }] } } } }],
  ['other language', { 'pt-BR': { ui: { close: 'Fechar' } }, $schema: './s.json' }],
  ['limits', { ja: { regions: { calf: { title: '𠮷'.repeat(MAX_STRING), causes: Array(MAX_ITEMS).fill('靴'), links: [{ label: 'a', href: 'https://a.jp/' + 'x'.repeat(MAX_HREF - 13) }] } } } }],
];
const bad: [string, unknown][] = [
  ['not an object', []],
  ['future version', { version: CONTENT_VERSION + 1 }],
  ['version 0', { version: 0 }],
  ['version as text', { version: '2' }],
  ['unknown top key', { JA: {} }],
  ['unknown locale key', { ja: { extra: {} } }],
  ['unknown region', { ja: { regions: { knee: {} } } }],
  ['unknown ui key', { ja: { ui: { tooltip: 'x' } } }],
  ['empty text', { ja: { regions: { calf: { title: '' } } } }],
  ['blank text', { ja: { regions: { calf: { title: '  \n ' } } } }],
  ['too long', { ja: { regions: { calf: { body: 'あ'.repeat(MAX_STRING + 1) } } } }],
  ['list not array', { ja: { regions: { calf: { causes: '靴' } } } }],
  ['too many items', { ja: { regions: { calf: { selfCare: Array(MAX_ITEMS + 1).fill('x') } } } }],
  ['caution without urgency', { ja: { regions: { calf: { cautions: [{ text: 'x' }] } } } }],
  ['caution bad urgency', { ja: { regions: { calf: { cautions: [{ urgency: 'later', text: 'x' }] } } } }],
  ['caution extra key', { ja: { regions: { calf: { cautions: [{ urgency: 'soon', text: 'x', icon: '!' }] } } } }],
  ['caution as text', { ja: { regions: { calf: { cautions: ['x'] } } } }],
  ['legacy caution not text', { ja: { regions: { calf: { caution: ['x'] } } } }],
  ['javascript href', { ja: { regions: { calf: { links: [{ label: 'x', href: 'javascript:alert(1)' }] } } } }],
  ['href with space', { ja: { regions: { calf: { links: [{ label: 'x', href: '/a b' }] } } } }],
  ['link without label', { ja: { regions: { calf: { links: [{ href: '/a' }] } } } }],
  ['unknown chain', { en: { chains: { 'front-line': { title: 'x' } } } }],
  ['unknown link', { en: { links: { 'hamstrings--calf': { body: 'x' } } } }],
  ['link extra key', { en: { links: { 'sole--calf': { body: 'x', title: 'y' } } } }],
];

describe('the JSON Schema and validatePack agree', () => {
  for (const [name, pack] of good) {
    test(`accepted by both: ${name}`, () => {
      assert.deepEqual(evaluate(root, pack), [], 'schema');
      assert.deepEqual(validatePack(pack).errors, [], 'validatePack');
    });
  }
  for (const [name, pack] of bad) {
    test(`refused by both: ${name}`, () => {
      assert.notDeepEqual(evaluate(root, pack), [], 'schema accepts it');
      assert.notDeepEqual(validatePack(pack).errors, [], 'validatePack accepts it');
    });
  }
});
