import { describe, expect, it } from 'vitest';
import { auditCount, call } from '../../test/helpers';
import {
  auditText,
  city,
  civil,
  draw,
  h,
  insp,
  linhe,
  plan,
  providers,
  reveal,
  serverSeedOf,
  setUpPlanTests,
  t,
  wuyuan,
  wuyuanInsp,
} from './test-setup';

setUpPlanTests();

describe('双随机 plans: publication (国办发〔2015〕58号; standards.md ≥ 2 inspectors, recusal)', () => {
  it('publishes the commitment of a fresh secret 256-bit seed and frozen candidates, inspectors and conflicts, audited', async () => {
    const before = await auditCount(t.ctx);
    const conflictRes = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: insp[0]?.cookie,
      body: { providerId: providers[0], reason: '配偶在该机构任职' },
    });
    expect(conflictRes.statusCode).toBe(201);
    const res = await call(t.app, 'POST', '/api/inspection-plans', { cookie: linhe, body: plan() });
    expect(res.statusCode).toBe(201);
    const rec = res.json();
    expect(rec.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    expect(rec).toMatchObject({ serverSeed: null, seed: null, revealed: false, drawnAt: null, selected: [] });
    // The secret: 256 bits of lowercase hex, encrypted at rest, committed to by SHA-256.
    const serverSeed = await serverSeedOf(rec.id);
    expect(serverSeed).toMatch(/^[0-9a-f]{64}$/);
    expect(h(serverSeed)).toBe(rec.seedCommitment);
    const stored = await t.ctx.db
      .selectFrom('inspection_plans')
      .selectAll()
      .where('id', '=', rec.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(serverSeed);
    expect(await auditText()).not.toContain(serverSeed);
    expect(res.body).not.toContain(serverSeed);
    expect(rec.strata.map((s: { name: string }) => s.name)).toEqual(['high', 'normal']);
    const all = rec.strata
      .flatMap((s: { candidates: number[] }) => s.candidates)
      .sort((a: number, b: number) => a - b);
    expect(all).toEqual(providers);
    expect(rec.inspectors).toEqual(insp.map((i) => i.id).sort((a, b) => a - b));
    expect(rec.conflicts).toEqual([{ inspectorId: insp[0]?.id, providerId: providers[0] }]);
    expect(rec.names.providers[String(providers[0])]).toContain('测试托育中心');
    expect(rec.names.inspectors[String(insp[2]?.id)]).toContain('消防救援支队 · ');
    expect(await auditCount(t.ctx)).toBe(before + 2);
    // A second plan gets another secret.
    const again = await call(t.app, 'POST', '/api/inspection-plans', { cookie: linhe, body: plan() });
    expect(again.json().seedCommitment).not.toBe(rec.seedCommitment);
  });

  it('refuses invalid plans with problem+json and field paths', async () => {
    const res = await call(t.app, 'POST', '/api/inspection-plans', {
      cookie: linhe,
      body: plan({
        strata: [
          { name: 'normal', rate: 0.1 },
          { name: 'normal', rate: 0.2 },
        ],
        perCheck: 5,
        inspectorIds: [insp[0]?.id, civil, wuyuanInsp, insp[1]?.id],
        dueBy: '2020-01-01',
        checklistId: 99999,
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'checklistId',
        'strata.1.name',
        'perCheck',
        'inspectorIds.1',
        'inspectorIds.2',
        'dueBy',
      ]),
    );
    const zodRes = await call(t.app, 'POST', '/api/inspection-plans', {
      cookie: linhe,
      body: plan({ strata: [{ name: 'high', rate: 1.5 }], perCheck: 1 }),
    });
    expect(zodRes.statusCode).toBe(400);
    expect(zodRes.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['strata.0.rate', 'perCheck']),
    );
  });

  it('a county regulator cannot plan another county; the city can plan any county', async () => {
    const res = await call(t.app, 'POST', '/api/inspection-plans', {
      cookie: wuyuan,
      body: plan({ inspectorIds: [wuyuanInsp, insp[0]?.id] }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('divisionCode');
    const ok = await call(t.app, 'POST', '/api/inspection-plans', { cookie: city, body: plan() });
    expect(ok.statusCode).toBe(201);
    // …and the county does not see the plan of another county either.
    const seen = await call(t.app, 'GET', `/api/inspection-plans/${ok.json().id}`, { cookie: wuyuan });
    expect(seen.statusCode).toBe(404);
    const list = await call(t.app, 'GET', '/api/inspection-plans', { cookie: wuyuan });
    expect(list.json().total).toBe(0);
    expect((await draw(wuyuan, ok.json().id)).statusCode).toBe(404);
    expect((await reveal(wuyuan, ok.json().id)).statusCode).toBe(404);
  });
});
