/** The malformed bodies of the fuzz suite: JSON bodies made wrong every fixed way, and broken uploads. */

import {
  BIDI,
  C0,
  C1,
  everyLeaf,
  json,
  LONE_SURROGATES,
  leaves,
  MEGABYTE,
  setAt,
  type Variant,
} from './malformed-values';
import type { ApiOperation } from './operations';

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number';
const wrongType = (v: unknown) =>
  typeof v === 'string' ? 12345 : typeof v === 'number' ? 'twelve' : typeof v === 'boolean' ? 'yes' : {};

const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** The operation's valid sample made wrong every fixed way: shape, types, sizes, characters, keys, nesting. */
export function bodyVariants(op: ApiOperation, url: string, base: unknown): Variant[] {
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

/** Multipart bodies broken every fixed way: boundaries, truncation, extra or misnamed parts, file names. */
export function uploadVariants(url: string): Variant[] {
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
