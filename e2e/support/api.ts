import { type APIRequestContext, test as base, expect } from '@playwright/test';
import type { Me } from '@tuoyu/contracts';
import { DEMO_PASSWORD } from './session';

/** The server's CSRF guard refuses a state-changing request without it (a browser's fetch sends it). */
export const WRITE_HEADERS = { 'x-requested-with': 'tuoyu' };

type Multipart = Record<string, { name: string; mimeType: string; buffer: Buffer }>;

/**
 * One account's session on the real API, for making the rows a test needs the way the console
 * would (same routes, same checks). Each call asserts the status it expects and says what the
 * server answered otherwise.
 */
export class Api {
  constructor(
    private readonly http: APIRequestContext,
    readonly me: Me,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path, { status: 200 });
  }

  /** Creates something: 201 unless the route answers 200 (an action rather than a new row). */
  post<T>(path: string, data: unknown = {}, status = 201): Promise<T> {
    return this.send<T>('POST', path, { data, status });
  }

  put<T>(path: string, data: unknown): Promise<T> {
    return this.send<T>('PUT', path, { data, status: 200 });
  }

  upload<T>(path: string, multipart: Multipart): Promise<T> {
    return this.send<T>('POST', path, { multipart, status: 201 });
  }

  private async send<T>(
    method: string,
    path: string,
    o: { status: number; data?: unknown; multipart?: Multipart },
  ): Promise<T> {
    const res = await this.http.fetch(path, {
      method,
      headers: method === 'GET' ? {} : WRITE_HEADERS,
      ...(o.data === undefined ? {} : { data: o.data }),
      ...(o.multipart ? { multipart: o.multipart } : {}),
    });
    expect(res.status(), `${method} ${path} as ${this.me.username}: ${await res.text()}`).toBe(o.status);
    return (await res.json()) as T;
  }
}

/** Logged-in API sessions, one per account and test, closed when the test ends. */
export interface Accounts {
  /** A demo account (the demo password unless given), logged in once per test. */
  as(username: string, password?: string): Promise<Api>;
  /** A fresh session every time: for an account whose password the test is about to change. */
  login(username: string, password: string): Promise<Api>;
}

export const test = base.extend<{ accounts: Accounts }>({
  accounts: async ({ playwright, baseURL }, use) => {
    const opened: APIRequestContext[] = [];
    const sessions = new Map<string, Promise<Api>>();
    const login = async (username: string, password: string) => {
      const http = await playwright.request.newContext({ baseURL });
      opened.push(http);
      const res = await http.post('/api/auth/login', {
        headers: WRITE_HEADERS,
        data: { username, password },
      });
      expect(res.status(), `login as ${username}: ${await res.text()}`).toBe(200);
      return new Api(http, (await res.json()) as Me);
    };
    const as = (username: string, password = DEMO_PASSWORD) => {
      let session = sessions.get(username);
      if (!session) {
        session = login(username, password);
        sessions.set(username, session);
      }
      return session;
    };
    await use({ as, login });
    for (const http of opened) await http.dispose();
  },
});

export { expect };
