/**
 * Free text through the API (contracts `Text`): what is refused answers 400 with the field's path
 * and a plain message in the caller's language; what is accepted is stored as NFC, trimmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, loginAs, type TestApp, userSession } from '../test/helpers';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await userSession(t, { role: 'sysadmin', divisionCode: '150800' })).cookie;
});
afterAll(() => t.close());

let serial = 0;
const newUser = (over: Record<string, unknown>, headers?: Record<string, string>) =>
  call(t.app, 'POST', '/api/users', {
    cookie: admin,
    body: {
      username: `text-user-${++serial}`,
      displayName: '测试用户',
      role: 'county_regulator',
      divisionCode: '150821',
      password: 'Initial-Passw0rd',
      ...over,
    },
    ...(headers ? { headers } : {}),
  });

describe('free text refused with 400, the field path and a plain message', () => {
  it.each([
    ['a lone surrogate', '张\uD800三', /Unicode 代理项/, /unpaired Unicode surrogate/],
    ['a NUL', '张三\u0000', /控制字符/, /control characters/],
    ['an escape sequence', '\u001B[31m张三', /控制字符/, /control characters/],
    ['a line break in a one-line field', '张\n三', /控制字符/, /control characters/],
    ['a C1 control', '张三\u0085', /控制字符/, /control characters/],
    ['a right-to-left override', '\u202E三张', /显示方向/, /bidirectional/],
    ['a first-strong isolate', '张\u2068三', /显示方向/, /bidirectional/],
    ['only zero-width spaces', '\u200B\u200B', /不可见字符/, /invisible/],
    ['only a byte order mark and a word joiner', '\uFEFF\u2060', /不可见字符/, /invisible/],
  ])('displayName with %s', async (_label, displayName, zh, en) => {
    const before = await auditCount(t.ctx);
    const res = await newUser({ displayName });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'displayName' }] });
    expect(res.json().errors[0].message).toMatch(zh);
    expect(res.json().errors[0].message).not.toContain(displayName);
    const english = await newUser({ displayName }, { 'accept-language': 'en' });
    expect(english.json().errors[0].message).toMatch(en);
    expect(await auditCount(t.ctx)).toBe(before);
  });

  it.each([
    ['NUL', '%00'],
    ['a right-to-left override', '%E2%80%AE'],
    ['an escape', '%1B'],
  ])('search query q with %s', async (_label, encoded) => {
    const res = await call(t.app, 'GET', `/api/users?q=a${encoded}`, { cookie: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'q', message: expect.any(String) }]);
  });

  it('refuses a lone surrogate in an identifier (mobile) and in a password', async () => {
    const mobile = await newUser({ mobile: '1380000\uD8000000' });
    expect(mobile.statusCode).toBe(400);
    const password = await newUser({ password: 'Initial-\uDC00Passw0rd' });
    expect(password.statusCode).toBe(400);
    expect(password.json().errors).toEqual([{ path: 'password', message: expect.stringMatching(/代理项/) }]);
    const control = await call(t.app, 'POST', '/api/auth/login', {
      body: { username: 'someone', password: 'pass\u0007word' },
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().errors[0].path).toBe('password');
  });
});

describe('free text accepted is stored as it will be shown', () => {
  it('normalises to NFC and trims', async () => {
    const res = await newUser({ displayName: '  Jose\u0301 王\u3000' });
    expect(res.statusCode).toBe(201);
    const row = await t.ctx.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe('José 王');
    expect(row.display_name).toHaveLength(6);
  });

  it('keeps zero-width characters inside visible text (emoji sequences need them)', async () => {
    const res = await newUser({ displayName: '家庭👨‍👩‍👧' });
    expect(res.statusCode).toBe(201);
    expect(res.json().displayName).toBe('家庭👨‍👩‍👧');
  });

  it('multi-line fields keep line breaks and tabs, CRLF arriving as LF', async () => {
    const res = await call(t.app, 'POST', '/api/public/complaints', {
      body: {
        category: 'safety',
        description: '  午睡室的窗户没有防护栏。\r\n\t二楼走廊也没有。\r\n',
        anonymous: true,
      },
    });
    expect(res.statusCode).toBe(201);
    const row = await t.ctx.db
      .selectFrom('complaints')
      .select('description')
      .where('tracking_code', '=', res.json().trackingCode.replace(/^TS-|-/g, ''))
      .executeTakeFirstOrThrow();
    expect(row.description).toBe('午睡室的窗户没有防护栏。\n\t二楼走廊也没有。');
    const bidi = await call(t.app, 'POST', '/api/public/complaints', {
      body: { category: 'safety', description: '午睡室的窗户没有防护栏\u202E。很危险', anonymous: true },
    });
    expect(bidi.statusCode).toBe(400);
    expect(bidi.json().errors[0].path).toBe('description');
  });

  it('takes passwords exactly as typed: not trimmed, not normalised', async () => {
    const password = ' Ranch-Xq7v-G\u00E9o ';
    const res = await newUser({ password });
    expect(res.statusCode).toBe(201);
    const username = res.json().username;
    await expect(loginAs(t.app, username, password)).resolves.toMatch(/^tuoyu_sid=/);
    const trimmed = await call(t.app, 'POST', '/api/auth/login', {
      body: { username, password: password.trim() },
    });
    expect(trimmed.statusCode).toBe(401);
    const decomposed = await call(t.app, 'POST', '/api/auth/login', {
      body: { username, password: password.normalize('NFD') },
    });
    expect(decomposed.statusCode).toBe(401);
  });
});
