import type { ChecklistRisk } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';
import { providerRisks } from './service';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let city: string;
let samr: string;
let samrWuyuan: string;
let checklistId: number;
let highItem: number;
let lowItem: number;
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const dateAgo = (n: number) => daysAgo(n).slice(0, 10);

async function filedProvider(
  dept: string,
  county: string,
  divisionCode = '150802',
  townshipCode = '150802004',
) {
  const p = await registeredProvider(t, dept, county, { divisionCode, townshipCode });
  await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
    cookie: p.manager,
    body: filingData(await documentsFor(t, p.manager), { townshipCode }),
  });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  const accepted = await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, {
    cookie: county,
    body: {},
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return p;
}

/** A submitted inspection of `providerId` with the given result and failed items. */
async function inspection(
  providerId: number,
  result: 'pass' | 'rectify' | 'fail',
  failed: number[],
  ago = 30,
) {
  const db = t.ctx.db;
  const { division_code } = await db
    .selectFrom('providers')
    .select('division_code')
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('inspections')
    .values({
      provider_id: providerId,
      division_code,
      checklist_id: checklistId,
      kind: 'campaign',
      status: result === 'pass' ? 'closed' : 'submitted',
      result,
      inspected_on: dateAgo(ago),
      submitted_at: daysAgo(ago),
      created_by: 1,
      created_at: daysAgo(ago + 1),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const item of failed)
    await db
      .insertInto('inspection_findings')
      .values({
        inspection_id: id,
        item_id: item,
        outcome: 'fail',
        status: 'open',
        deadline: dateAgo(ago - 10),
      })
      .execute();
}

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
  samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' })).cookie;
  samrWuyuan = (await userSession(t, { role: 'department_officer', divisionCode: '150821', unit: 'samr' }))
    .cookie;
  const db = t.ctx.db;
  const list = await db
    .insertInto('checklists')
    .values({ code: 'risk-test', version: 1, name: '测试检查表', status: 'active', created_at: daysAgo(400) })
    .returning('id')
    .executeTakeFirstOrThrow();
  checklistId = list.id;
  const item = (seq: number, risk: ChecklistRisk) =>
    db
      .insertInto('checklist_items')
      .values({
        checklist_id: checklistId,
        seq,
        category: 'safety',
        risk,
        text: `条目${seq}`,
        legal_basis: '测试',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  highItem = (await item(1, 'high')).id;
  lowItem = (await item(2, 'low')).id;
});
afterAll(() => t.close());

describe('risk view (issue 5 item 7): tiers from findings, breaches and status, in scope', () => {
  it('a failed inspection with a high-risk item makes a provider high; a long clean record low', async () => {
    const failing = await filedProvider(samr, linhe);
    const clean = await filedProvider(samr, linhe);
    const plain = await filedProvider(samr, linhe);
    await inspection(failing.providerId, 'fail', [highItem]);
    await inspection(clean.providerId, 'pass', [], 100);
    await t.ctx.db
      .updateTable('filings')
      .set({ filed_at: daysAgo(800) })
      .where('provider_id', '=', clean.providerId)
      .execute();

    const res = await call(t.app, 'GET', '/api/risk', { cookie: linhe });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const byId = new Map(body.items.map((i: { providerId: number }) => [i.providerId, i]));
    expect(byId.get(failing.providerId)).toMatchObject({
      tier: 'high',
      score: 9,
      reasons: [
        { code: 'inspection_failed', points: 4, count: 1 },
        { code: 'high_risk_finding', points: 2, count: 1 },
        // Its deadline (20 days ago) has passed with the finding still open.
        { code: 'overdue_finding', points: 3, count: 1 },
      ],
    });
    expect(byId.get(clean.providerId)).toMatchObject({ tier: 'low', lastInspectedOn: dateAgo(100) });
    expect(byId.get(plain.providerId)).toMatchObject({
      tier: 'normal',
      score: 0,
      lastInspectedOn: null,
      // The console opens the provider's filing (with its 监管档案) from here.
      filingId: plain.filingId,
    });
    // Highest risk first.
    expect(body.items[0].tier).toBe('high');
    expect(body.counts.high + body.counts.normal + body.counts.low).toBe(body.items.length);
  });

  it('counts an open finding past its deadline and ratio breaches of the last 90 days', async () => {
    const p = await filedProvider(samr, linhe);
    await inspection(p.providerId, 'rectify', [lowItem], 40); // deadline 30 days ago, still open
    const classId = 1;
    await t.ctx.db
      .insertInto('ratio_breaches')
      .values([
        {
          provider_id: p.providerId,
          class_id: classId,
          division_code: '150802',
          started_at: daysAgo(5),
          ended_at: new Date(Date.parse(daysAgo(5)) + 90 * 60_000).toISOString(),
          children_present: 8,
          carers_present: 1,
        },
        {
          provider_id: p.providerId,
          class_id: classId,
          division_code: '150802',
          started_at: daysAgo(200),
          ended_at: daysAgo(199),
          children_present: 8,
          carers_present: 1,
        },
      ])
      .execute();
    const risks = await providerRisks(t.ctx.db, '150802');
    const r = risks.find((x) => x.providerId === p.providerId);
    expect(r?.reasons).toEqual([
      { code: 'inspection_rectify', points: 2, count: 1 },
      { code: 'overdue_finding', points: 3, count: 1 },
      { code: 'ratio_breach', points: 2, count: 1 },
    ]);
    expect(r?.tier).toBe('high');
  });

  it('a suspended provider is high; a draft one is not a candidate', async () => {
    const p = await filedProvider(samr, linhe);
    await t.ctx.db
      .updateTable('filings')
      .set({ status: 'suspended' })
      .where('provider_id', '=', p.providerId)
      .execute();
    const draft = await registeredProvider(t, samr, linhe);
    const risks = await providerRisks(t.ctx.db, '150802');
    expect(risks.find((x) => x.providerId === p.providerId)?.tier).toBe('high');
    expect(risks.some((x) => x.providerId === draft.providerId)).toBe(false);
  });

  it('substantiated complaints, a serious incident reported late and the blacklist raise the tier', async () => {
    const complained = await filedProvider(samr, linhe);
    const incident = await filedProvider(samr, linhe);
    const listed = await filedProvider(samr, linhe);
    for (const outcome of ['substantiated', 'partly'] as const) {
      const filed = await call(t.app, 'POST', '/api/public/complaints', {
        body: {
          providerId: complained.providerId,
          category: 'safety',
          description: '午睡室的插座没有保护盖，孩子能摸到。',
          anonymous: true,
        },
      });
      expect(filed.statusCode).toBe(201);
      const { id } = await t.ctx.db
        .selectFrom('complaints')
        .select('id')
        .where('provider_id', '=', complained.providerId)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(
        (await call(t.app, 'POST', `/api/complaints/${id}/acknowledge`, { cookie: linhe })).statusCode,
      ).toBe(200);
      const answered = await call(t.app, 'POST', `/api/complaints/${id}/answer`, {
        cookie: linhe,
        body: { outcome, reply: '经核查，已责令机构整改。' },
      });
      expect(answered.statusCode).toBe(200);
    }
    const reported = await call(t.app, 'POST', '/api/incidents', {
      cookie: incident.manager,
      body: {
        type: 'burn',
        severity: 'serious',
        occurredAt: daysAgo(2),
        description: '午餐时热汤洒出，一名幼儿手背烫伤。',
        actionsTaken: '冷水冲洗后送医，已通知家长。',
      },
    });
    expect(reported.json()).toMatchObject({ late: true, alert: true });
    const blacklisted = await call(t.app, 'POST', '/api/blacklist', {
      cookie: linhe,
      body: {
        providerId: listed.providerId,
        decision: '存在虐童行为，吊销备案并列入黑名单。',
        legalBasis: '《中华人民共和国未成年人保护法》第一百二十九条',
        decidedOn: dateAgo(1),
        decidingUnit: '临河区卫生健康委员会',
      },
    });
    expect(blacklisted.statusCode).toBe(201);

    const risks = new Map((await providerRisks(t.ctx.db, '150802')).map((r) => [r.providerId, r]));
    expect(risks.get(complained.providerId)).toMatchObject({
      tier: 'normal',
      score: 4,
      reasons: [
        { code: 'complaint_substantiated', points: 3, count: 1 },
        { code: 'complaint_partly', points: 1, count: 1 },
      ],
    });
    expect(risks.get(incident.providerId)).toMatchObject({
      tier: 'high',
      score: 6,
      reasons: [
        { code: 'serious_incident', points: 4, count: 1 },
        { code: 'late_incident', points: 2, count: 1 },
      ],
    });
    expect(risks.get(listed.providerId)).toMatchObject({ tier: 'high', reasons: [{ code: 'blacklisted' }] });
  });

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

  it('filters by tier, exports the list to Excel, and refuses providers and parents', async () => {
    const high = (await call(t.app, 'GET', '/api/risk?tier=high', { cookie: linhe })).json();
    expect(high.items.length).toBeGreaterThan(0);
    expect(high.items.every((i: { tier: string }) => i.tier === 'high')).toBe(true);
    const xlsx = await call(t.app, 'GET', '/api/risk/export.xlsx', { cookie: linhe });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const parent = (await userSession(t, { role: 'parent', divisionCode: '150800' })).cookie;
    expect((await call(t.app, 'GET', '/api/risk', { cookie: parent })).statusCode).toBe(403);
  });
});
