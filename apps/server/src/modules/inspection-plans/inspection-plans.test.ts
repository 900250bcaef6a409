import { createHash } from 'node:crypto';
import { computeDraw } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { filedProviders, inDays } from './test-fixtures';

let t: TestApp;
let city: string;
let linhe: string;
let wuyuan: string;
let insp: { id: number; cookie: string }[];
let wuyuanInsp: number;
let civil: number;
let providers: number[];
let checklistId: number;

const h = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The rule written out again with node:crypto, independent of the domain code. */
function byHand(
  seed: string,
  perCheck: number,
  candidates: number[],
  size: number,
  inspectors: number[],
  conflicts: [number, number][],
) {
  return [...candidates]
    .sort((a, b) => (h(`${seed}:${a}`) < h(`${seed}:${b}`) ? -1 : 1))
    .slice(0, size)
    .map((p) => ({
      providerId: p,
      inspectorIds: [...inspectors]
        .sort((a, b) => (h(`${seed}:${p}:${a}`) < h(`${seed}:${p}:${b}`) ? -1 : 1))
        .filter((i) => !conflicts.some(([ci, cp]) => ci === i && cp === p))
        .slice(0, perCheck),
    }));
}

beforeAll(async () => {
  t = await buildTestApp();
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  insp = [];
  for (const unit of ['health', 'health', 'fire', 'samr']) {
    const u = await userSession(t, { role: 'department_officer', divisionCode: '150802', unit });
    insp.push({ id: u.id, cookie: u.cookie });
  }
  wuyuanInsp = (await userSession(t, { role: 'department_officer', divisionCode: '150821', unit: 'police' }))
    .id;
  civil = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'civil' })).id;
  providers = await filedProviders(t, '150802', 20);
  await filedProviders(t, '150821', 3);
  const lists = await call(t.app, 'GET', '/api/checklists', { cookie: city });
  checklistId = lists.json().items.find((c: { code: string }) => c.code === 'general').id;
});
afterAll(() => t.close());

const plan = (o: Record<string, unknown> = {}) => ({
  name: '2026年第四季度双随机抽查',
  divisionCode: '150802',
  checklistId,
  strata: [
    { name: 'high', rate: 0.3 },
    { name: 'normal', rate: 0.1 },
  ],
  perCheck: 2,
  inspectorIds: insp.map((i) => i.id),
  dueBy: inDays(30),
  ...o,
});

describe('双随机 plans: publication (国办发〔2015〕58号; standards.md ≥ 2 inspectors, recusal)', () => {
  it('publishes with a fresh 256-bit seed and frozen candidates, inspectors and conflicts, audited', async () => {
    const before = await auditCount(t.ctx);
    const conflictRes = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: insp[0]?.cookie,
      body: { providerId: providers[0], reason: '配偶在该机构任职' },
    });
    expect(conflictRes.statusCode).toBe(201);
    const res = await call(t.app, 'POST', '/api/inspection-plans', { cookie: linhe, body: plan() });
    expect(res.statusCode).toBe(201);
    const rec = res.json();
    expect(rec.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(rec.drawnAt).toBeNull();
    expect(rec.selected).toEqual([]);
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
    // A second plan gets another seed.
    const again = await call(t.app, 'POST', '/api/inspection-plans', { cookie: linhe, body: plan() });
    expect(again.json().seed).not.toBe(rec.seed);
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
    const draw = await call(t.app, 'POST', `/api/inspection-plans/${ok.json().id}/draw`, { cookie: wuyuan });
    expect(draw.statusCode).toBe(404);
  });
});

describe('双随机 draw: fixed vectors, recusal, once only', () => {
  it('draws exactly by the published rule (fixed seed, with a conflict), creates the inspections, audited', async () => {
    const pub = (await call(t.app, 'POST', '/api/inspection-plans', { cookie: linhe, body: plan() })).json();
    // A fixed seed makes the vector reproducible here; production seeds come from the CSPRNG.
    const seed = 'b5'.repeat(32);
    await t.ctx.db.updateTable('inspection_plans').set({ seed }).where('id', '=', pub.id).execute();
    const before = await auditCount(t.ctx);
    const res = await call(t.app, 'POST', `/api/inspection-plans/${pub.id}/draw`, { cookie: linhe });
    expect(res.statusCode).toBe(200);
    const rec = res.json();
    expect(rec.drawId).toBe(pub.id);
    expect(rec.seed).toBe(seed);
    expect(rec.drawnAt).not.toBeNull();
    const inspectors = insp.map((i) => i.id);
    const conflicts: [number, number][] = [[insp[0]?.id ?? 0, providers[0] ?? 0]];
    const expected = rec.strata.flatMap((s: { candidates: number[]; sampleSize: number }) =>
      byHand(seed, 2, s.candidates, s.sampleSize, inspectors, conflicts),
    );
    expect(rec.selected).toEqual(expected);
    // Every stratum of 20 normal providers at 10 % draws ceil(2.0) = 2.
    const normal = rec.strata.find((s: { name: string }) => s.name === 'normal');
    expect(normal.sampleSize).toBe(
      Math.max(1, Math.ceil(Number((0.1 * normal.candidates.length).toFixed(9)))),
    );
    for (const s of rec.selected) {
      expect(s.inspectorIds).toHaveLength(2);
      if (s.providerId === providers[0]) expect(s.inspectorIds).not.toContain(insp[0]?.id);
    }
    expect(await auditCount(t.ctx)).toBe(before + 1);

    const rows = await t.ctx.db
      .selectFrom('inspections')
      .selectAll()
      .where('plan_id', '=', pub.id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.provider_id)).toEqual(expected.map((s: { providerId: number }) => s.providerId));
    for (const r of rows) {
      expect(r).toMatchObject({
        kind: 'random',
        status: 'assigned',
        checklist_id: checklistId,
        due_by: plan().dueBy,
      });
      const who = await t.ctx.db
        .selectFrom('inspection_inspectors')
        .select('user_id')
        .where('inspection_id', '=', r.id)
        .execute();
      const sel = expected.find((s: { providerId: number }) => s.providerId === r.provider_id);
      expect(who.map((w) => w.user_id).sort()).toEqual([...sel.inspectorIds].sort());
    }
    const detail = await call(t.app, 'GET', `/api/inspection-plans/${pub.id}`, { cookie: linhe });
    expect(detail.json().inspections).toHaveLength(rows.length);
  });

  it('the public record recomputes to the stored selection, and a second draw answers 409', async () => {
    const pub = (await call(t.app, 'POST', '/api/inspection-plans', { cookie: city, body: plan() })).json();
    expect(
      (await call(t.app, 'POST', `/api/inspection-plans/${pub.id}/draw`, { cookie: city })).statusCode,
    ).toBe(200);
    const again = await call(t.app, 'POST', `/api/inspection-plans/${pub.id}/draw`, { cookie: linhe });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    const rec = (await call(t.app, 'GET', `/api/public/draws/${pub.id}`)).json();
    expect(Object.keys(rec).sort()).toEqual(
      [
        'id',
        'planName',
        'divisionCode',
        'divisionName',
        'seed',
        'publishedAt',
        'drawnAt',
        'perCheck',
        'strata',
        'inspectors',
        'conflicts',
        'selected',
        'names',
      ].sort(),
    );
    expect(computeDraw(rec).selected).toEqual(rec.selected);
    expect(rec.selected.length).toBeGreaterThan(0);
    const list = (await call(t.app, 'GET', '/api/public/draws?pageSize=100')).json();
    expect(list.items[0].id).toBeGreaterThanOrEqual(pub.id);
    expect(list.items.find((d: { id: number }) => d.id === pub.id)).toMatchObject({
      drawnAt: rec.drawnAt,
      selected: rec.selected.length,
    });
  });

  it('of two concurrent draws one succeeds and the other answers 409; inspections created once', async () => {
    const pub = (await call(t.app, 'POST', '/api/inspection-plans', { cookie: linhe, body: plan() })).json();
    const [a, b] = await Promise.all([
      call(t.app, 'POST', `/api/inspection-plans/${pub.id}/draw`, { cookie: linhe }),
      call(t.app, 'POST', `/api/inspection-plans/${pub.id}/draw`, { cookie: city }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const n = await t.ctx.db
      .selectFrom('inspections')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', pub.id)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe((a.statusCode === 200 ? a : b).json().selected.length);
  });

  it('a conflict declared after publication does not change the frozen inputs', async () => {
    const pub = (await call(t.app, 'POST', '/api/inspection-plans', { cookie: linhe, body: plan() })).json();
    const late = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: insp[1]?.cookie,
      body: { providerId: providers[5], reason: '亲属' },
    });
    expect(late.statusCode).toBe(201);
    const rec = (await call(t.app, 'GET', `/api/public/draws/${pub.id}`)).json();
    expect(rec.conflicts).toEqual(pub.conflicts);
  });

  it('excel export and the console list', async () => {
    const list = await call(t.app, 'GET', '/api/inspection-plans?drawn=1', { cookie: linhe });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.every((p: { drawnAt: string | null }) => p.drawnAt)).toBe(true);
    const xlsx = await call(t.app, 'GET', '/api/inspection-plans/export.xlsx', { cookie: linhe });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
