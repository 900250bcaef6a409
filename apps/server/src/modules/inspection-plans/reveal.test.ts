import { checkReveal } from '@tuoyu/domain';
import { describe, expect, it } from 'vitest';
import { todayInBeijing as todayBeijing } from '../../platform/time';
import { auditCount, call, loginAs, userSession } from '../../test/helpers';
import { revealDuePlans } from './service';
import {
  auditText,
  checklistId,
  city,
  draw,
  insp,
  linhe,
  publicDraw,
  publish,
  reveal,
  serverSeedOf,
  setUpPlanTests,
  t,
  wuyuan,
} from './test-setup';

setUpPlanTests();

describe('before the reveal only the plan’s regulators and its assigned inspectors see the selection', () => {
  it('nobody else learns who is drawn: public, provider, township, another county, unassigned officers, audit', async () => {
    const pub = await publish();
    const drawn = (await draw(linhe, pub.id)).json();
    const chosen: { providerId: number; inspectorIds: number[] }[] = drawn.selected;
    const target = chosen[0]?.providerId ?? 0;
    const serverSeed = await serverSeedOf(pub.id);

    // Anonymous: the record and the list carry no selection, no seed.
    const anon = await call(t.app, 'GET', `/api/public/draws/${pub.id}`);
    expect(anon.json()).toMatchObject({ selected: [], seed: null, serverSeed: null, revealed: false });
    expect(anon.body).not.toContain(serverSeed);

    // The drawn provider's own manager: no plan access, and the drawn check is not in his list.
    const manager = await userSession(t, { role: 'provider_manager', divisionCode: '150802' });
    await t.ctx.db.updateTable('users').set({ provider_id: target }).where('id', '=', manager.id).execute();
    const mine = await loginAs(t.app, manager.username);
    expect((await call(t.app, 'GET', `/api/inspection-plans/${pub.id}`, { cookie: mine })).statusCode).toBe(
      403,
    );
    const theirs = await call(t.app, 'GET', '/api/inspections?pageSize=100', { cookie: mine });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().items.filter((i: { planId: number | null }) => i.planId === pub.id)).toEqual([]);

    // The township the drawn provider sits in: its list skips the secret drawn check.
    await t.ctx.db
      .updateTable('providers')
      .set({ township_code: '150802004' })
      .where('id', '=', target)
      .execute();
    const town = (await userSession(t, { role: 'township_officer', divisionCode: '150802004' })).cookie;
    const townList = (
      await call(t.app, 'GET', `/api/inspections?providerId=${target}`, { cookie: town })
    ).json();
    expect(townList.items.filter((i: { planId: number | null }) => i.planId === pub.id)).toEqual([]);

    // Another county: 404. An officer not drawn for it: the plan but no selection.
    expect((await call(t.app, 'GET', `/api/inspection-plans/${pub.id}`, { cookie: wuyuan })).statusCode).toBe(
      404,
    );
    const drawnIds = new Set(chosen.flatMap((c) => c.inspectorIds));
    const outsider = await userSession(t, {
      role: 'department_officer',
      divisionCode: '150802',
      unit: 'health',
    });
    const seen = (
      await call(t.app, 'GET', `/api/inspection-plans/${pub.id}`, { cookie: outsider.cookie })
    ).json();
    expect(seen).toMatchObject({ selected: [], inspections: [], seed: null, serverSeed: null });
    // An assigned inspector: only the checks he is drawn for.
    const member = insp.find((i) => drawnIds.has(i.id));
    const own = (
      await call(t.app, 'GET', `/api/inspection-plans/${pub.id}`, { cookie: member?.cookie })
    ).json();
    expect(own.selected).toEqual(chosen.filter((c) => c.inspectorIds.includes(member?.id ?? 0)));
    expect(own.inspections.map((i: { providerId: number }) => i.providerId)).toEqual(
      own.selected.map((c: { providerId: number }) => c.providerId),
    );
    expect(own.seed).toBeNull();
    // Nothing in the audit trail gives the secret away yet.
    expect(await auditText()).not.toContain(serverSeed);

    // After the reveal the township sees the check; the record is public; the audit has the secret.
    expect((await reveal(linhe, pub.id)).statusCode).toBe(200);
    const after = (
      await call(t.app, 'GET', `/api/inspections?providerId=${target}`, { cookie: town })
    ).json();
    expect(after.items.some((i: { planId: number | null }) => i.planId === pub.id)).toBe(true);
    expect((await publicDraw(pub.id)).selected).toEqual(chosen);
    expect(await auditText()).toContain(serverSeed);
  });
});

describe('the reveal: all results in, the due date passed, or the plan’s regulator', () => {
  it('the regulator reveals once; not before the draw (409), not twice (409), not an inspector (403)', async () => {
    const pub = await publish();
    expect((await reveal(linhe, pub.id)).statusCode).toBe(409);
    await draw(linhe, pub.id);
    expect((await reveal(insp[0]?.cookie, pub.id)).statusCode).toBe(403);
    const before = await auditCount(t.ctx);
    const res = await reveal(linhe, pub.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ revealed: true, revealReason: 'regulator' });
    expect(await auditCount(t.ctx)).toBe(before + 1);
    const twice = await reveal(city, pub.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.headers['content-type']).toContain('application/problem+json');
  });

  it('the last result recorded reveals the draw, by the platform, audited', async () => {
    const pub = await publish(linhe, {
      strata: [{ name: 'normal', rate: 0.05 }],
    });
    const drawn = (await draw(linhe, pub.id)).json();
    const items = (await call(t.app, 'GET', '/api/checklists', { cookie: city }))
      .json()
      .items.find((c: { id: number }) => c.id === checklistId)
      .items.map((i: { id: number }) => ({ itemId: i.id, outcome: 'pass' }));
    const inspections: { id: number }[] = (
      await call(t.app, 'GET', `/api/inspection-plans/${pub.id}`, { cookie: linhe })
    ).json().inspections;
    expect(inspections.length).toBe(1);
    const [only] = inspections;
    const inspectorId = drawn.selected[0].inspectorIds[0];
    const cookie = insp.find((i) => i.id === inspectorId)?.cookie;
    expect(
      (
        await call(t.app, 'PUT', `/api/inspections/${only?.id}/findings`, {
          cookie,
          body: { findings: items },
        })
      ).statusCode,
    ).toBe(200);
    const submitted = await call(t.app, 'POST', `/api/inspections/${only?.id}/submit`, {
      cookie,
      body: { inspectedOn: todayBeijing(), result: 'pass' },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const rec = await publicDraw(pub.id);
    expect(rec).toMatchObject({ revealed: true, revealReason: 'results' });
    expect(checkReveal(rec)).toMatchObject({ commitment: true, seed: true, selection: true });
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_username', 'changes'])
      .where('action', '=', 'inspection_plan.reveal')
      .where('entity_id', '=', String(pub.id))
      .executeTakeFirstOrThrow();
    expect(entry.actor_username).toBe('system');
    expect(JSON.parse(entry.changes ?? '{}')).toMatchObject({
      reason: 'results',
      serverSeed: rec.serverSeed,
    });
  });

  it('a plan published before commitments (migrated as legacy) shows its public seed and cannot be drawn', async () => {
    const pub = await publish();
    // What migration 2026120202 leaves of a plan published under the old rule.
    await t.ctx.db
      .updateTable('inspection_plans')
      .set({
        seed: 'c3'.repeat(32),
        server_seed_enc: null,
        seed_commitment: null,
        revealed_at: pub.publishedAt,
        reveal_reason: 'legacy',
      })
      .where('id', '=', pub.id)
      .execute();
    expect(await publicDraw(pub.id)).toMatchObject({
      seedCommitment: null,
      serverSeed: null,
      seed: 'c3'.repeat(32),
      revealed: true,
      revealReason: 'legacy',
    });
    const res = await draw(linhe, pub.id);
    expect(res.statusCode).toBe(409);
    expect((await publicDraw(pub.id)).drawnAt).toBeNull();
  });

  it('revealDuePlans reveals drawn plans when their due date comes, not before, and only once', async () => {
    const past = await publish();
    const today = await publish();
    const later = await publish();
    const undrawn = await publish();
    await draw(linhe, past.id);
    await draw(linhe, today.id);
    await draw(linhe, later.id);
    const day = todayBeijing();
    await t.ctx.db
      .updateTable('inspection_plans')
      .set({ due_by: '2026-01-05' })
      .where('id', 'in', [past.id, undrawn.id])
      .execute();
    await t.ctx.db.updateTable('inspection_plans').set({ due_by: day }).where('id', '=', today.id).execute();
    await t.ctx.db
      .updateTable('inspection_plans')
      .set({ due_by: '2098-12-31' })
      .where('id', '=', later.id)
      .execute();
    const revealed = await revealDuePlans(t.ctx, day);
    expect(revealed).toContain(past.id);
    expect(revealed).toContain(today.id);
    expect(revealed).not.toContain(later.id);
    expect(revealed).not.toContain(undrawn.id);
    expect(await publicDraw(past.id)).toMatchObject({ revealed: true, revealReason: 'due' });
    expect(await publicDraw(today.id)).toMatchObject({ revealed: true, revealReason: 'due' });
    expect((await publicDraw(later.id)).revealed).toBe(false);
    expect(await revealDuePlans(t.ctx, day)).toEqual([]);
    // On its due date the later plan is revealed too.
    expect(await revealDuePlans(t.ctx, '2098-12-31')).toContain(later.id);
  });
});
