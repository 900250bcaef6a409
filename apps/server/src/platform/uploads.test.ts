import type { Role } from '@tuoyu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, type TestApp, userSession } from '../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** Every upload endpoint with a role allowed to call it. */
const ENDPOINTS: { url: string; role: Role; unit?: string }[] = [
  { url: '/api/files', role: 'provider_manager' },
  { url: '/api/staff/import', role: 'provider_manager' },
  { url: '/api/registrations/import', role: 'department_officer', unit: 'samr' },
  { url: '/api/populations/import', role: 'city_regulator' },
  { url: '/api/inspections/1/photos', role: 'county_regulator' },
];

const part = (boundary: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`;

const BAD_BODIES: { name: string; contentType: string; payload: string }[] = [
  { name: 'no boundary', contentType: 'multipart/form-data', payload: `${part('x')}\r\n--x--\r\n` },
  { name: 'an empty boundary', contentType: 'multipart/form-data; boundary=', payload: part('') },
  { name: 'a truncated body', contentType: 'multipart/form-data; boundary=x', payload: part('x') },
  { name: 'a body of another boundary', contentType: 'multipart/form-data; boundary=y', payload: part('x') },
  {
    name: 'garbage headers',
    contentType: 'multipart/form-data; boundary=x',
    payload: '--x\r\n\u0000\u0001\r\n',
  },
];

describe('malformed uploads answer 400 problem+json on every upload endpoint, and change nothing', () => {
  for (const e of ENDPOINTS) {
    for (const bad of BAD_BODIES) {
      it(`${e.url}: ${bad.name}`, async () => {
        const { cookie } = await userSession(t, {
          role: e.role,
          divisionCode: e.role === 'county_regulator' ? '150802' : '150800',
          ...(e.unit ? { unit: e.unit } : {}),
        });
        const before = await auditCount(t.ctx);
        const res = await t.app.inject({
          method: 'POST',
          url: e.url,
          headers: { cookie, 'x-requested-with': 'tuoyu', 'content-type': bad.contentType },
          payload: bad.payload,
        });
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().errors[0].path).toBe('file');
        expect(await auditCount(t.ctx)).toBe(before);
      });
    }
  }
});
