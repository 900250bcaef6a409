/**
 * Malformed variants of one operation's request, for the fuzz suite: fixed cases of every kind a
 * careless or hostile client sends (wrong types, 1 MB strings, lone surrogates, C0/C1 and bidi
 * controls, prototype keys, 10,000-deep nesting, bad multipart, huge numbers, impossible dates,
 * extra fields, bad path values), then fast-check samples from a fixed seed.
 */
import fc from 'fast-check';
import { type ApiOperation, type JsonSchema, sampleOf, urlOf } from './operations';

export interface Variant {
  kind: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

const LONE_SURROGATES = 'a\ud800b\udfff';
const C0 = 'a\u0000b\u0007c\u001b[31m';
const C1 = 'a\u0085b\u009bc';
const BIDI = 'a\u202eb\u2066c\u2069';
/** Just under the 1 MiB body limit with the JSON around it. */
const MEGABYTE = 'x'.repeat(1_000_000);
const BAD_DATES = [
  '2026-02-30',
  '0000-00-00',
  '9999-99-99',
  '2026-13-01T25:61:61Z',
  '-271821-04-19',
  'yesterday',
];
const HUGE_NUMBERS = [1e308, -1e308, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, -0.5, 1.5];

const nastyString = fc.oneof(
  fc.constantFrom(LONE_SURROGATES, C0, C1, BIDI, '\u200b\u200b', '', ' ', 'null', '1e309', '<b>x</b>'),
  fc.constantFrom(...BAD_DATES, "' OR 1=1 --", '../../etc/passwd', '%00', '\\u0000'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom<unknown>(...HUGE_NUMBERS, null, true, [], {}, [[]]),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 3 }),
);

type Path = (string | number)[];

/** Every leaf of a sample (the places a value can be wrong), with its schema. */
function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
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
function setAt(root: unknown, path: Path, v: unknown): unknown {
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
function everyLeaf(base: unknown, pick: (v: unknown) => boolean, to: (v: unknown) => unknown): unknown {
  let out = base;
  for (const leaf of leaves(base)) if (pick(leaf.value)) out = setAt(out, leaf.path, to(leaf.value));
  return out;
}

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number';
const wrongType = (v: unknown) =>
  typeof v === 'string' ? 12345 : typeof v === 'number' ? 'twelve' : typeof v === 'boolean' ? 'yes' : {};

const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

function withQuery(url: string, query: string) {
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

const json = { 'content-type': 'application/json' };

function bodyVariants(op: ApiOperation, url: string, base: unknown): Variant[] {
  const raw = JSON.stringify(base);
  const inner = raw.startsWith('{') && raw.length > 2 ? `,${raw.slice(1, -1)}` : '';
  const firstString = leaves(base).find((l) => typeof l.value === 'string');
  const send = (kind: string, value: unknown): Variant => ({
    kind,
    url,
    headers: json,
    payload: JSON.stringify(value),
  });
  return [
    send('body: an array', []),
    send('body: a string', 'text'),
    send('body: a number', 42),
    send('body: null', null),
    send('body: empty object', {}),
    send(
      'body: every field null',
      everyLeaf(
        base,
        () => true,
        () => null,
      ),
    ),
    send(
      'body: wrong types',
      everyLeaf(base, () => true, wrongType),
    ),
    send('body: a 1 MB string', firstString ? setAt(base, firstString.path, MEGABYTE) : { text: MEGABYTE }),
    send(
      'body: lone surrogates',
      everyLeaf(base, isString, () => LONE_SURROGATES),
    ),
    send(
      'body: C0 controls',
      everyLeaf(base, isString, () => C0),
    ),
    send(
      'body: C1 controls',
      everyLeaf(base, isString, () => C1),
    ),
    send(
      'body: bidi controls',
      everyLeaf(base, isString, () => BIDI),
    ),
    send(
      'body: huge numbers',
      everyLeaf(base, isNumber, () => 1e308),
    ),
    send(
      'body: unsafe integers',
      everyLeaf(base, isNumber, () => 2 ** 64),
    ),
    send(
      'body: bad dates',
      everyLeaf(base, isString, () => '2026-02-30'),
    ),
    send(
      'body: year 0',
      everyLeaf(base, isString, () => '0000-01-01'),
    ),
    send('body: extra fields', { ...(base as object), extra: 1, isAdmin: true, id: 1 }),
    { kind: 'body: __proto__ key', url, headers: json, payload: `{"__proto__":{"isAdmin":true}${inner}}` },
    {
      kind: 'body: constructor.prototype',
      url,
      headers: json,
      payload: `{"constructor":{"prototype":{"isAdmin":true}}${inner}}`,
    },
    { kind: 'body: 10,000-deep object', url, headers: json, payload: deepObject(10_000) },
    { kind: 'body: 10,000-deep array', url, headers: json, payload: deepArray(10_000) },
    { kind: 'body: truncated JSON', url, headers: json, payload: raw.slice(0, Math.max(1, raw.length - 1)) },
    { kind: 'body: over the size limit', url, headers: json, payload: `{"a":"${'x'.repeat(1_100_000)}"}` },
    { kind: 'body: as text/plain', url, headers: { 'content-type': 'text/plain' }, payload: raw },
    {
      kind: 'body: as form',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=1',
    },
  ].filter(() => op.body !== undefined);
}

const filePart = (boundary: string, field = 'file', filename = 'a.pdf') =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n`;

function uploadVariants(url: string): Variant[] {
  const mp = (kind: string, contentType: string, payload: string): Variant => ({
    kind,
    url,
    headers: { 'content-type': contentType },
    payload: Buffer.from(payload, 'utf8'),
  });
  const b = 'fuzz';
  return [
    mp('multipart: no boundary', 'multipart/form-data', `${filePart(b)}--${b}--\r\n`),
    mp('multipart: empty boundary', 'multipart/form-data; boundary=', filePart('')),
    mp('multipart: truncated', `multipart/form-data; boundary=${b}`, filePart(b).slice(0, 60)),
    mp('multipart: other boundary', `multipart/form-data; boundary=other`, `${filePart(b)}--${b}--\r\n`),
    mp('multipart: empty body', `multipart/form-data; boundary=${b}`, ''),
    mp('multipart: no closing delimiter', `multipart/form-data; boundary=${b}`, filePart(b)),
    mp(
      'multipart: two files',
      `multipart/form-data; boundary=${b}`,
      `${filePart(b)}${filePart(b)}--${b}--\r\n`,
    ),
    mp('multipart: wrong field', `multipart/form-data; boundary=${b}`, `${filePart(b, 'doc')}--${b}--\r\n`),
    mp(
      'multipart: __proto__ field',
      `multipart/form-data; boundary=${b}`,
      `${filePart(b, '__proto__')}--${b}--\r\n`,
    ),
    mp(
      'multipart: control and bidi in the file name',
      `multipart/form-data; boundary=${b}`,
      `${filePart(b, 'file', `a${C0}${BIDI}.pdf`)}--${b}--\r\n`,
    ),
    mp(
      'multipart: lone surrogate in the file name',
      `multipart/form-data; boundary=${b}`,
      `${filePart(b, 'file', `a${LONE_SURROGATES}.pdf`)}--${b}--\r\n`,
    ),
    mp('multipart: garbage part headers', `multipart/form-data; boundary=${b}`, `--${b}\r\n\u0000\u0001\r\n`),
    { kind: 'upload: JSON instead', url, headers: json, payload: '{"file":"x"}' },
  ];
}

function queryVariants(op: ApiOperation, url: string): Variant[] {
  const names = [...op.query.map((q) => q.name), 'q'];
  const all = (value: string) => names.map((n) => `${encodeURIComponent(n)}=${value}`).join('&');
  return [
    { kind: 'query: prototype keys', url: withQuery(url, '__proto__[x]=1&constructor[prototype][y]=1') },
    { kind: 'query: arrays', url: withQuery(url, names.map((n) => `${n}=1&${n}=2`).join('&')) },
    { kind: 'query: huge numbers', url: withQuery(url, all('1e308')) },
    { kind: 'query: negative numbers', url: withQuery(url, all('-99999999999999999999')) },
    { kind: 'query: lone surrogate bytes', url: withQuery(url, all('%ED%A0%80')) },
    { kind: 'query: C0/C1 controls', url: withQuery(url, all('%00%07%1B%C2%85')) },
    { kind: 'query: bidi controls', url: withQuery(url, all('%E2%80%AE%E2%81%A6')) },
    { kind: 'query: bad dates', url: withQuery(url, all('2026-02-30')) },
    { kind: 'query: long values', url: withQuery(url, all('a'.repeat(4000))) },
  ];
}

function pathVariants(op: ApiOperation, values: Record<string, string>): Variant[] {
  const first = op.pathParams[0];
  if (!first) return [];
  const marker = 'FUZZ-MARKER';
  const template = urlOf(op, { ...values, [first.name]: marker });
  const bad = [
    '0',
    '-1',
    '1.5',
    'abc',
    '99999999999999999999999',
    '1e3',
    '%00',
    '%F0%9F%98%80',
    '%20%201',
    'null',
  ];
  return bad.map((v) => ({ kind: `path ${first.name}: ${v}`, url: template.replace(marker, v) }));
}

/**
 * Fast-check samples: the sample with up to three leaves (or new keys) set to nasty values, or
 * the query string with nasty keys and values. Deterministic: the seed is fixed per operation.
 */
function sampledVariants(op: ApiOperation, url: string, base: unknown, seed: number, n: number): Variant[] {
  if (op.body) {
    const paths = leaves(base).map((l) => l.path);
    const slots = [...paths, ['extra'], ['__proto__', 'x']];
    const arb = fc
      .array(fc.tuple(fc.constantFrom(...slots), nastyValue), { minLength: 1, maxLength: 3 })
      .map((edits) => edits.reduce((acc, [path, v]) => setAt(acc, path, v), base));
    return fc.sample(arb, { seed, numRuns: n }).map((value) => ({
      kind: 'sampled body',
      url,
      headers: json,
      payload: JSON.stringify(value),
    }));
  }
  const names = [...op.query.map((q) => q.name), 'q', '__proto__'];
  const arb = fc.dictionary(fc.constantFrom(...names), nastyString, { minKeys: 1, maxKeys: 4 });
  return fc.sample(arb, { seed, numRuns: n }).map((query) => ({
    kind: 'sampled query',
    url: withQuery(
      url,
      Object.entries(query)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '?'))}`)
        .join('&'),
    ),
  }));
}

/** At least `min` malformed variants of the operation; `values` fills its path parameters. */
export function malformedVariants(
  op: ApiOperation,
  values: Record<string, string>,
  seed: number,
  min = 30,
): Variant[] {
  const url = urlOf(op, values);
  const base = op.body ? sampleOf(op.body as JsonSchema, seed) : undefined;
  const fixed = [
    ...queryVariants(op, url),
    ...pathVariants(op, values),
    ...(op.body ? bodyVariants(op, url, base) : []),
    ...(op.upload ? uploadVariants(url) : []),
  ];
  return [...fixed, ...sampledVariants(op, url, base, seed, Math.max(5, min - fixed.length))];
}
