import { describe, expect, it, vi } from 'vitest';
import { buildTestApp, call } from '../../test/helpers';
import {
  city,
  file,
  idOf,
  linhe,
  parent,
  provider,
  setUpComplaintTests,
  t,
  track,
  wuyuan,
} from './test-setup';

setUpComplaintTests();

describe('filing and tracking (public)', () => {
  it('files against a provider, routed to its county, with a grouped tracking code', async () => {
    const res = await file({ providerId: provider.providerId, contactMobile: '13800001111' });
    expect(res.statusCode).toBe(201);
    const { trackingCode } = res.json();
    expect(trackingCode).toMatch(/^TS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const row = await t.ctx.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', await idOf(trackingCode))
      .executeTakeFirstOrThrow();
    expect(row.division_code).toBe('150802');
    // Encrypted at rest.
    expect(row.contact_enc).toMatch(/^v1\./);
    expect(row.contact_enc).not.toContain('13800001111');
  });

  it('the tracking endpoint reveals exactly the public keys, nothing internal', async () => {
    const { trackingCode } = (
      await file({ providerId: provider.providerId, contactMobile: '13800001111' })
    ).json();
    const id = await idOf(trackingCode);
    await call(t.app, 'POST', `/api/complaints/${id}/acknowledge`, { cookie: linhe });
    await call(t.app, 'POST', `/api/complaints/${id}/notes`, {
      cookie: linhe,
      body: { text: '内部：约谈园长' },
    });
    await call(t.app, 'POST', `/api/complaints/${id}/answer`, {
      cookie: linhe,
      body: { outcome: 'partly', reply: '经核查，已责令加装防护栏。' },
    });
    const res = await track(trackingCode.toLowerCase());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['acknowledgedAt', 'answeredAt', 'outcome', 'receivedAt', 'reply', 'status'].sort(),
    );
    expect(body).toMatchObject({
      status: 'answered',
      outcome: 'partly',
      reply: '经核查，已责令加装防护栏。',
    });
    expect(res.body).not.toContain('约谈');
    expect(res.body).not.toContain('1380000');
  });

  it('tells a mistyped code (400, field error) from an unknown one (404), as problem+json', async () => {
    const { trackingCode } = (await file({ providerId: provider.providerId })).json();
    const last = trackingCode.at(-1) === '2' ? '3' : '2';
    const typo = await track(trackingCode.slice(0, -1) + last);
    expect(typo.statusCode).toBe(400);
    expect(typo.headers['content-type']).toContain('application/problem+json');
    expect(typo.json().errors[0].path).toBe('trackingCode');
    expect((await track('TS-2345-6789-ABCD')).statusCode).toBe(404);
    expect((await track('nonsense')).statusCode).toBe(400);
  });

  it('anonymous keeps no contact and no account', async () => {
    const { trackingCode } = (
      await file(
        { providerId: provider.providerId, contactMobile: '13800002222', anonymous: true },
        parent.cookie,
      )
    ).json();
    const row = await t.ctx.db
      .selectFrom('complaints')
      .select(['contact_enc', 'filed_by_user_id', 'anonymous'])
      .where('id', '=', await idOf(trackingCode))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ contact_enc: null, filed_by_user_id: null, anonymous: 1 });
  });

  it('remembers a logged-in parent (my complaints), rejects a bad mobile, routes unknown names to the city', async () => {
    const { trackingCode } = (
      await file({ providerName: '临河区投诉测试全日托托育中心' }, parent.cookie)
    ).json();
    const mine = await call(t.app, 'GET', '/api/my/complaints', { cookie: parent.cookie });
    expect(mine.json().items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(trackingCode);
    // Exact name match routes to the provider's county.
    const row = await t.ctx.db
      .selectFrom('complaints')
      .select(['provider_id', 'division_code'])
      .where('id', '=', await idOf(trackingCode))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ provider_id: provider.providerId, division_code: '150802' });
    const bad = await file({ providerId: provider.providerId, contactMobile: '12345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('contactMobile');
    const triage = (await file({ providerName: '某无证看护点', category: 'unlicensed' })).json();
    const tri = await t.ctx.db
      .selectFrom('complaints')
      .select(['provider_id', 'division_code', 'provider_name'])
      .where('id', '=', await idOf(triage.trackingCode))
      .executeTakeFirstOrThrow();
    expect(tri).toEqual({ provider_id: null, division_code: '150800', provider_name: '某无证看护点' });
    // The city sees the triage case; the county does not.
    const tid = await idOf(triage.trackingCode);
    expect((await call(t.app, 'GET', `/api/complaints/${tid}`, { cookie: city })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/complaints/${tid}`, { cookie: linhe })).statusCode).toBe(404);
    // …and hands it to a county.
    const routed = await call(t.app, 'POST', `/api/complaints/${tid}/assign`, {
      cookie: city,
      body: { divisionCode: '150821' },
    });
    expect(routed.statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/complaints/${tid}`, { cookie: wuyuan })).statusCode).toBe(200);
  });

  it('counts the clocks from the next working day, across the 国庆 holiday (complaintAckWorkingDays 2, complaintAnswerWorkingDays 15)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-03T02:00:00Z'));
    try {
      const { trackingCode } = (await file({ providerId: provider.providerId })).json();
      const row = await t.ctx.db
        .selectFrom('complaints')
        .select(['received_on', 'acknowledge_by', 'answer_by'])
        .where('id', '=', await idOf(trackingCode))
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        received_on: '2026-10-03',
        acknowledge_by: '2026-10-10',
        answer_by: '2026-10-28',
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('brute force', () => {
  it('rate-limits tracking look-ups per address (the login limit)', async () => {
    const small = await buildTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await call(small.app, 'GET', '/api/public/complaints/TS-2345-6789-ABCD')).statusCode);
      expect(codes).toEqual([404, 404, 404, 429]);
    } finally {
      await small.close();
    }
  });
});
