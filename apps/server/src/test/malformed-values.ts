/**
 * What the fuzz suite's malformed variants (test/malformed.ts) are made of: the values a careless
 * or hostile client sends, and how one is put into a copy of a valid sample.
 */
import fc from 'fast-check';

export interface Variant {
  kind: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

export const LONE_SURROGATES = 'a\ud800b\udfff';
export const C0 = 'a\u0000b\u0007c\u001b[31m';
export const C1 = 'a\u0085b\u009bc';
export const BIDI = 'a\u202eb\u2066c\u2069';
/** Just under the 1 MiB body limit with the JSON around it. */
export const MEGABYTE = 'x'.repeat(1_000_000);
const BAD_DATES = [
  '2026-02-30',
  '0000-00-00',
  '9999-99-99',
  '2026-13-01T25:61:61Z',
  '-271821-04-19',
  'yesterday',
];
const HUGE_NUMBERS = [1e308, -1e308, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, -0.5, 1.5];

export const nastyString = fc.oneof(
  fc.constantFrom(LONE_SURROGATES, C0, C1, BIDI, '\u200b\u200b', '', ' ', 'null', '1e309', '<b>x</b>'),
  fc.constantFrom(...BAD_DATES, "' OR 1=1 --", '../../etc/passwd', '%00', '\\u0000'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom<unknown>(...HUGE_NUMBERS, null, true, [], {}, [[]]),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 3 }),
);

export type Path = (string | number)[];

/** Every leaf of a sample (the places a value can be wrong), with its schema. */
export function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([k, v]) => leaves(v, [...path, k])) : [{ path, value }];
  }
  return [{ path, value }];
}

/** Own properties only: a `__proto__` slot must become a key of the body, never this process's prototype. */
function defineOwn(node: object, key: string | number, value: unknown) {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `root` with `v` at `path`; JSON round trip keeps `__proto__` keys as own keys. */
export function setAt(root: unknown, path: Path, v: unknown): unknown {
  if (!path.length) return v;
  const parsed: unknown = root && typeof root === 'object' ? JSON.parse(JSON.stringify(root)) : {};
  const copy = parsed as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (!next || typeof next !== 'object') defineOwn(node, key, {});
    node = node[key] as Record<string | number, unknown>;
  }
  defineOwn(node, path[path.length - 1] as string | number, v);
  return copy;
}

/** The sample with every leaf of a given kind replaced. */
export function everyLeaf(
  base: unknown,
  pick: (v: unknown) => boolean,
  to: (v: unknown) => unknown,
): unknown {
  let out = base;
  for (const leaf of leaves(base)) if (pick(leaf.value)) out = setAt(out, leaf.path, to(leaf.value));
  return out;
}

export const json = { 'content-type': 'application/json' };
