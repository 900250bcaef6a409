import { describe, expect, it } from 'vitest';
import { call } from '../../test/helpers';
import {
  city,
  dateAgo,
  filedProvider,
  inspection,
  linhe,
  lowItem,
  samr,
  samrWuyuan,
  setUpRiskTests,
  t,
  wuyuan,
} from './test-setup';

setUpRiskTests();

describe('risk view (issue 5 item 7): tiers from findings, breaches and status, in scope', () => {
  it('each county sees its own providers; the city sees all; another county is 404', async () => {
    const w = await filedProvider(samrWuyuan, wuyuan, '150821', '150821100');
    const linheIds = (await call(t.app, 'GET', '/api/risk', { cookie: linhe }))
      .json()
      .items.map((i: { providerId: number }) => i.providerId);
    const wuyuanIds = (await call(t.app, 'GET', '/api/risk', { cookie: wuyuan }))
      .json()
      .items.map((i: { providerId: number }) => i.providerId);
    const cityIds = (await call(t.app, 'GET', '/api/risk', { cookie: city }))
      .json()
      .items.map((i: { providerId: number }) => i.providerId);
    expect(linheIds).not.toContain(w.providerId);
    expect(wuyuanIds).toEqual([w.providerId]);
    expect(cityIds).toEqual(expect.arrayContaining([...linheIds, w.providerId]));
    expect((await call(t.app, 'GET', '/api/risk?divisionCode=150821', { cookie: linhe })).statusCode).toBe(
      404,
    );
    const narrowed = (await call(t.app, 'GET', '/api/risk?divisionCode=150821', { cookie: city })).json();
    expect(narrowed.items.map((i: { providerId: number }) => i.providerId)).toEqual([w.providerId]);
  });

  it('narrows to one provider for its supervision record, keeping the area counts', async () => {
    const p = await filedProvider(samr, linhe);
    await inspection(p.providerId, 'rectify', [lowItem], 20);
    const all = (await call(t.app, 'GET', '/api/risk', { cookie: linhe })).json();
    const one = await call(t.app, 'GET', `/api/risk?providerId=${p.providerId}`, { cookie: linhe });
    expect(one.statusCode).toBe(200);
    expect(one.json().counts).toEqual(all.counts);
    expect(one.json().items).toEqual([
      expect.objectContaining({ providerId: p.providerId, tier: 'normal', lastInspectedOn: dateAgo(20) }),
    ]);
    // With a tier it does not have, or from another county: nothing, not an error.
    const high = (
      await call(t.app, 'GET', `/api/risk?providerId=${p.providerId}&tier=high`, { cookie: linhe })
    ).json();
    expect(high.items).toEqual([]);
    const elsewhere = await call(t.app, 'GET', `/api/risk?providerId=${p.providerId}`, { cookie: wuyuan });
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json().items).toEqual([]);
    expect(
      (
        await call(t.app, 'GET', `/api/risk?providerId=${p.providerId}&divisionCode=150821`, {
          cookie: linhe,
        })
      ).statusCode,
    ).toBe(404);
    expect((await call(t.app, 'GET', '/api/risk?providerId=abc', { cookie: linhe })).statusCode).toBe(400);
  });
});
