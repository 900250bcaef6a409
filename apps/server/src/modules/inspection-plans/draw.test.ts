import { checkReveal, computeDraw } from '@tuoyu/domain';
import { describe, expect, it } from 'vitest';
import { encryptField } from '../../platform/crypto';
import { auditCount, call } from '../../test/helpers';
import {
  checklistId,
  city,
  draw,
  h,
  insp,
  linhe,
  plan,
  providers,
  publicDraw,
  publish,
  reveal,
  setUpPlanTests,
  t,
  WITNESS,
} from './test-setup';

setUpPlanTests();

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

describe('双随机 draw: commit, witness, reveal — fixed vectors, recusal, once only', () => {
  it('draws by the published rule from sha256(serverSeed:witnessInput), creates the inspections, audited', async () => {
    const pub = await publish();
    // A fixed secret makes the vector reproducible here; production secrets come from the CSPRNG.
    const serverSeed = 'b5'.repeat(32);
    await t.ctx.db
      .updateTable('inspection_plans')
      .set({ server_seed_enc: encryptField(t.ctx.keys, serverSeed), seed_commitment: h(serverSeed) })
      .where('id', '=', pub.id)
      .execute();
    const seed = h(`${serverSeed}:${WITNESS}`);
    const before = await auditCount(t.ctx);
    const res = await draw(linhe, pub.id, { witnessInput: WITNESS, witnessName: '纪检组 李明' });
    expect(res.statusCode, res.body).toBe(200);
    const rec = res.json();
    expect(rec.drawId).toBe(pub.id);
    // Drawn, not revealed: the regulator sees the selection, nobody sees either seed.
    expect(rec).toMatchObject({ revealed: false, serverSeed: null, seed: null, witnessInput: WITNESS });
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
    // The draw's audit entry names the witness input but not who was drawn (sysadmin reads it).
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'inspection_plan.draw')
      .where('entity_id', '=', String(pub.id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.changes ?? '{}')).toEqual({
      witnessInput: WITNESS,
      witnessName: '纪检组 李明',
      inspections: expected.length,
    });

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

    // The reveal publishes exactly the secret committed to and the seed the draw used.
    const revealed = await reveal(linhe, pub.id);
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toMatchObject({ revealed: true, revealReason: 'regulator', serverSeed, seed });
  });

  it.each([
    ['missing', {}],
    ['empty', { witnessInput: '' }],
    ['only spaces', { witnessInput: '   ' }],
    ['201 characters', { witnessInput: '7'.repeat(201) }],
    ['a lone surrogate', { witnessInput: '5 8 \ud800' }],
    ['a control character', { witnessInput: '5 8\u0000 1' }],
    ['a bidirectional override', { witnessInput: '5 8 \u202e1' }],
    ['only invisible characters', { witnessInput: '\u200b\u200b' }],
    ['not a string', { witnessInput: 581 }],
  ])('a witness input that is %s answers 400 problem+json and draws nothing', async (_what, body) => {
    const pub = await publish();
    const res = await draw(linhe, pub.id, body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('witnessInput');
    expect((await publicDraw(pub.id)).drawnAt).toBeNull();
  });

  it('takes a witness input of 200 characters, trimmed and NFC-normalised', async () => {
    const pub = await publish();
    const res = await draw(linhe, pub.id, { witnessInput: `  ${'e\u0301'}${'9'.repeat(198)}  ` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().witnessInput).toBe(`\u00e9${'9'.repeat(198)}`);
  });

  it('a second draw answers 409; the public record hides both seeds and the selection until the reveal', async () => {
    const pub = await publish(city);
    expect((await draw(city, pub.id)).statusCode).toBe(200);
    const again = await draw(linhe, pub.id, { witnessInput: '另一个见证数据' });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    const rec = await publicDraw(pub.id);
    expect(Object.keys(rec).sort()).toEqual(
      [
        'id',
        'planName',
        'divisionCode',
        'divisionName',
        'seedCommitment',
        'serverSeed',
        'seed',
        'witnessInput',
        'witnessName',
        'publishedAt',
        'drawnAt',
        'dueBy',
        'revealed',
        'revealedAt',
        'revealReason',
        'perCheck',
        'strata',
        'inspectors',
        'conflicts',
        'selected',
        'names',
      ].sort(),
    );
    expect(rec).toMatchObject({
      seedCommitment: pub.seedCommitment,
      witnessInput: WITNESS,
      revealed: false,
      serverSeed: null,
      seed: null,
      selected: [],
    });
    expect(rec.drawnAt).not.toBeNull();
    // The sample sizes are public from publication: how many, never which.
    expect(rec.strata.reduce((n: number, s: { sampleSize: number }) => n + s.sampleSize, 0)).toBeGreaterThan(
      0,
    );
    const listed = (await call(t.app, 'GET', '/api/public/draws?pageSize=100')).json();
    expect(listed.items.find((d: { id: number }) => d.id === pub.id)).toMatchObject({ revealed: false });

    // Revealed: the record now passes the three checks the public page runs.
    expect((await reveal(city, pub.id)).statusCode).toBe(200);
    const open = await publicDraw(pub.id);
    expect(open).toMatchObject({ revealed: true, revealReason: 'regulator' });
    expect(open.selected.length).toBeGreaterThan(0);
    expect(checkReveal(open)).toMatchObject({ commitment: true, seed: true, selection: true });
    expect(computeDraw(open).selected).toEqual(open.selected);
    const list = (await call(t.app, 'GET', '/api/public/draws?pageSize=100')).json();
    expect(list.items[0].id).toBeGreaterThanOrEqual(pub.id);
    expect(list.items.find((d: { id: number }) => d.id === pub.id)).toMatchObject({
      drawnAt: open.drawnAt,
      revealed: true,
      selected: open.selected.length,
    });
  });

  it('of two concurrent draws one succeeds and the other answers 409; inspections created once', async () => {
    const pub = await publish();
    const [a, b] = await Promise.all([draw(linhe, pub.id), draw(city, pub.id, { witnessInput: '0 0 0' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const n = await t.ctx.db
      .selectFrom('inspections')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', pub.id)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe((a.statusCode === 200 ? a : b).json().selected.length);
  });

  it('a conflict declared after publication does not change the frozen inputs', async () => {
    const pub = await publish();
    const late = await call(t.app, 'POST', '/api/inspector-conflicts', {
      cookie: insp[1]?.cookie,
      body: { providerId: providers[5], reason: '亲属' },
    });
    expect(late.statusCode).toBe(201);
    const rec = await publicDraw(pub.id);
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
