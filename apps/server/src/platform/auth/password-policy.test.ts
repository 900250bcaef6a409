/**
 * Issue 9 item 4: the password policy of every password set through the API — ≥ 10 characters,
 * zxcvbn score ≥ 3 with the account's names and the platform's words as user inputs, never the
 * published demo password, never the username — with the reason on the field in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { DEMO_PASSWORD } from './password-policy';

let t: TestApp;
let admin: Awaited<ReturnType<typeof userSession>>;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await userSession(t, { role: 'sysadmin', divisionCode: '150800' });
});
afterAll(() => t.close());

const PASSPHRASE = '河套-向日葵-Ride-47-Lamp';
let accounts = 0;

describe('password policy on own change (length rule, zxcvbn score ≥ 3, demo password, username)', () => {
  it.each<[string, string, string, string]>([
    ['too short', 'Ab1!xyz', '太短', 'Too short'],
    ['a top-ten password with all four classes', 'Password1!', '太容易被猜中', 'Too easy to guess'],
    ['a common admin password', 'Admin@12345', '太容易被猜中', 'Too easy to guess'],
    ['the published demo password', DEMO_PASSWORD, '公开的演示密码', 'published demo password'],
    [
      'the demo password in other case',
      DEMO_PASSWORD.toUpperCase(),
      '公开的演示密码',
      'published demo password',
    ],
    ['the platform name with a year and a sequence', 'tuoyu2026abc', '太容易被猜中', 'Too easy to guess'],
    ['the city name with a year', 'bayannur2026', '太容易被猜中', 'Too easy to guess'],
    ['the username', '{Username}-2026!', '用户名', 'username'],
    ['the display name', '张三丰张三丰2026!', '太容易被猜中', 'Too easy to guess'],
  ])('refuses %s with 422 saying why on newPassword', async (_label, pw, zh, en) => {
    const s = await userSession(t, { username: `zhangsan${++accounts}`, displayName: '张三丰' });
    const newPassword = pw.replace('{Username}', `Zhangsan${accounts}`);
    const body = { oldPassword: s.password, newPassword };
    const zhRes = await call(t.app, 'POST', '/api/auth/password', { cookie: s.cookie, body });
    expect(zhRes.statusCode).toBe(422);
    expect(zhRes.json().code).toBe('auth.weak_password');
    expect(zhRes.json().errors).toEqual([{ path: 'newPassword', message: expect.stringContaining(zh) }]);
    const enRes = await call(t.app, 'POST', '/api/auth/password', {
      cookie: s.cookie,
      body,
      headers: { 'accept-language': 'en' },
    });
    expect(enRes.json().errors[0].message).toContain(en);
    // Refused: the old password still works.
    const me = await call(t.app, 'GET', '/api/auth/me', { cookie: s.cookie });
    expect(me.statusCode).toBe(200);
  });

  it('explains a guessable password with zxcvbn’s warning', async () => {
    const s = await userSession(t);
    const res = await call(t.app, 'POST', '/api/auth/password', {
      cookie: s.cookie,
      body: { oldPassword: s.password, newPassword: 'Password1!' },
    });
    expect(res.json().errors[0].message).toBe('密码太容易被猜中；与常用密码过于相似。');
  });

  it.each([PASSPHRASE, 'Linhe-Sunflower-47-Lamp', 'river lamp sunflower quietly'])(
    'accepts the passphrase %s',
    async (pw) => {
      const s = await userSession(t);
      const res = await call(t.app, 'POST', '/api/auth/password', {
        cookie: s.cookie,
        body: { oldPassword: s.password, newPassword: pw },
      });
      expect(res.statusCode).toBe(200);
    },
  );
});

describe('the same policy for passwords set by an administrator', () => {
  const newUser = (username: string, password: string) => ({
    username,
    displayName: '测试账号',
    role: 'county_regulator',
    divisionCode: '150802',
    password,
  });

  it('refuses the demo password for a new account and creates nothing', async () => {
    const res = await call(t.app, 'POST', '/api/users', {
      cookie: admin.cookie,
      body: newUser('policy-new1', DEMO_PASSWORD),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'password', message: expect.stringContaining('演示密码') }]);
    const row = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'policy-new1')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('refuses Admin@12345 on reset and accepts a passphrase', async () => {
    const s = await userSession(t);
    const weak = await call(t.app, 'POST', `/api/users/${s.id}/password`, {
      cookie: admin.cookie,
      body: { newPassword: 'Admin@12345' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].path).toBe('newPassword');
    const strong = await call(t.app, 'POST', `/api/users/${s.id}/password`, {
      cookie: admin.cookie,
      body: { newPassword: PASSPHRASE },
    });
    expect(strong.statusCode).toBe(200);
  });
});
