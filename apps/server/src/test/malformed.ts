/**
 * Malformed variants of one operation's request, for the fuzz suite: fixed cases of every kind a
 * careless or hostile client sends (wrong types, 1 MB strings, lone surrogates, C0/C1 and bidi
 * controls, prototype keys, 10,000-deep nesting, bad multipart, huge numbers, impossible dates,
 * extra fields, bad path values), then fast-check samples from a fixed seed.
 */
import fc from 'fast-check';
import { bodyVariants, uploadVariants } from './malformed-bodies';
import { json, leaves, nastyString, nastyValue, setAt, type Variant } from './malformed-values';
import { type ApiOperation, type JsonSchema, sampleOf, urlOf } from './operations';

export type { Variant } from './malformed-values';

function withQuery(url: string, query: string) {
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
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
