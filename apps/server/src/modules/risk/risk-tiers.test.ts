import { describe, expect, it } from 'vitest';
import { call, userSession } from '../../test/helpers';
import { registeredProvider } from '../providers/test-fixtures';
import { providerRisks } from './service';
import {
  dateAgo,
  daysAgo,
  filedProvider,
  highItem,
  inspection,
  linhe,
  lowItem,
  samr,
  setUpRiskTests,
  t,
} from './test-setup';

setUpRiskTests();

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
