/**
 * The write load of test:crash: workers creating accounts, pushing registrations and filing
 * complaints until the server dies, each acknowledged write remembered.
 */
import { randomBytes } from 'node:crypto';
import { registration } from '../../apps/server/src/modules/providers/test-fixtures';

const WORKERS = 6;
export const PASSWORD = `Crash-${randomBytes(6).toString('hex')}-Tuoyu`;

/**
 * The accounts the load logs in with, by what they write: the system administrator creates
 * accounts, a market-regulation officer pushes registrations.
 */
export const ACCOUNTS = {
  admin: { username: 'crash-admin', role: 'sysadmin', division_code: '150800', unit: null },
  samr: { username: 'crash-samr', role: 'department_officer', division_code: '150802', unit: 'samr' },
} as const;

export type Kind = 'user' | 'provider' | 'complaint';
export interface Ack {
  kind: Kind;
  key: string;
}

export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'tuoyu' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tuoyu_sid='));
  return cookie?.split(';')[0] ?? '';
}

let seq = 0;
/** One write of the given kind; resolves to its acknowledgement, or null when not acknowledged. */
async function write(
  base: string,
  kind: Kind,
  cookies: { admin: string; samr: string },
): Promise<Ack | null> {
  const n = ++seq;
  const post = (url: string, body: unknown, cookie?: string) =>
    fetch(`${base}${url}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'tuoyu',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    });
  if (kind === 'user') {
    const username = `crash-u${n}-${randomBytes(2).toString('hex')}`;
    const res = await post(
      '/api/users',
      {
        username,
        displayName: `压测用户${n}`,
        role: 'county_regulator',
        divisionCode: '150802',
        password: PASSWORD,
      },
      cookies.admin,
    );
    return res.status === 201 ? { kind, key: username } : null;
  }
  if (kind === 'provider') {
    const res = await post(
      '/api/registrations',
      registration({ name: `临河区压测${n}号全日托托育中心` }),
      cookies.samr,
    );
    return res.status === 201
      ? { kind, key: String(((await res.json()) as { providerId: number }).providerId) }
      : null;
  }
  const res = await post('/api/public/complaints', {
    category: 'safety',
    description: `压测投诉第 ${n} 条：午睡室无人看护。`,
    anonymous: true,
    providerName: '临河区某托育机构',
  });
  return res.status === 201
    ? { kind, key: ((await res.json()) as { trackingCode: string }).trackingCode }
    : null;
}

/** Writes until the server dies; collects what it acknowledged. */
export async function load(
  base: string,
  cookies: { admin: string; samr: string },
  acks: Ack[],
  stop: { dead: boolean },
) {
  const kinds: Kind[] = ['user', 'provider', 'complaint'];
  const worker = async (w: number) => {
    for (let i = w; !stop.dead; i++) {
      try {
        const ack = await write(base, kinds[i % kinds.length] as Kind, cookies);
        if (ack) acks.push(ack);
      } catch {
        // The connection died with the server: that write was never acknowledged.
        if (stop.dead) return;
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
}
