import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { upload } from '../providers/test-fixtures';
import { beijingToday, daysFromToday, filedProvider, insertChecklist, inspector } from './test-fixtures';

let t: TestApp;
let linhe: string;
let wuyuan: string;
let township: string;
let insp1: Awaited<ReturnType<typeof inspector>>;
let insp2: Awaited<ReturnType<typeof inspector>>;
let outsider: Awaited<ReturnType<typeof inspector>>;
let civil: Awaited<ReturnType<typeof inspector>>;
let provider: Awaited<ReturnType<typeof filedProvider>>;
let other: Awaited<ReturnType<typeof filedProvider>>;
let checklist: { id: number; items: number[] };

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

beforeAll(async () => {
  t = await buildTestApp();
  linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
  wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
  township = (await userSession(t, { role: 'township_officer', divisionCode: '150802004' })).cookie;
  const samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
    .cookie;
  insp1 = await inspector(t, 'health');
  insp2 = await inspector(t, 'fire');
  outsider = await inspector(t, 'samr');
  civil = await inspector(t, 'civil');
  provider = await filedProvider(t, samr, linhe);
  other = await filedProvider(t, samr, linhe);
  checklist = await insertChecklist(t);
});
afterAll(() => t.close());

const create = (cookie: string, body: Record<string, unknown>) =>
  call(t.app, 'POST', '/api/inspections', { cookie, body });

async function newInspection(providerId = provider.providerId) {
  const res = await create(linhe, {
    kind: 'campaign',
    providerId,
    checklistId: checklist.id,
    inspectorIds: [insp1.id, insp2.id],
    dueBy: daysFromToday(10),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const [i1, i2, i3] = [0, 1, 2];
const item = (i: number) => checklist.items[i] ?? 0;
const save = (cookie: string, id: number, findings: unknown[]) =>
  call(t.app, 'PUT', `/api/inspections/${id}/findings`, { cookie, body: { findings } });
const submit = (cookie: string, id: number, body: Record<string, unknown>) =>
  call(t.app, 'POST', `/api/inspections/${id}/submit`, { cookie, body });
const detail = (cookie: string, id: number) => call(t.app, 'GET', `/api/inspections/${id}`, { cookie });

function photo(cookie: string, id: number) {
  const boundary = '----insp-boundary';
  return t.app.inject({
    method: 'POST',
    url: `/api/inspections/${id}/photos`,
    headers: {
      'x-requested-with': 'tuoyu',
      cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\n\r\n`),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
}

describe('inspections outside a draw', () => {
  it('needs two inspectors allowed to inspect in the county', async () => {
    const base = {
      kind: 'complaint',
      providerId: provider.providerId,
      checklistId: checklist.id,
      dueBy: daysFromToday(5),
    };
    expect((await create(linhe, { ...base, inspectorIds: [insp1.id] })).statusCode).toBe(400);
    const bad = await create(linhe, { ...base, inspectorIds: [insp1.id, civil.id] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('inspectorIds.1');
    expect((await create(wuyuan, { ...base, inspectorIds: [insp1.id, insp2.id] })).statusCode).toBe(404);
    expect((await create(insp1.cookie, { ...base, inspectorIds: [insp1.id, insp2.id] })).statusCode).toBe(
      403,
    );
  });
});

describe('the full flow: findings → submit → reply → reject → reply → verify → closed', () => {
  it('runs every step with its rules, audited', async () => {
    const id = await newInspection();
    // A draft is not the provider's to see, nor public.
    expect((await detail(provider.manager, id)).statusCode).toBe(404);
    const before = await auditCount(t.ctx);

    const up = await photo(insp1.cookie, id);
    expect(up.statusCode, up.body).toBe(201);
    const photoId = up.json().id as number;
    expect(
      (
        await save(insp1.cookie, id, [
          { itemId: item(i1), outcome: 'fail', note: '安全出口堆放杂物', photoFileIds: [photoId] },
        ])
      ).statusCode,
    ).toBe(200);
    // Saved again by the other inspector: replaced, not duplicated.
    expect((await save(insp2.cookie, id, [{ itemId: item(i2), outcome: 'pass' }])).statusCode).toBe(200);
    // Someone else's photo cannot be attached.
    const foreign = (await upload(t, provider.manager)).json().id as number;
    expect(
      (await save(insp1.cookie, id, [{ itemId: item(i2), outcome: 'pass', photoFileIds: [foreign] }]))
        .statusCode,
    ).toBe(400);

    const incomplete = await submit(insp1.cookie, id, {
      inspectedOn: beijingToday(),
      result: 'rectify',
      deadlines: [],
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toContain(`items.${item(i3)}`);
    await save(insp1.cookie, id, [{ itemId: item(i3), outcome: 'na' }]);

    const passing = await submit(insp1.cookie, id, { inspectedOn: beijingToday(), result: 'pass' });
    expect(passing.statusCode).toBe(422);
    const noDeadline = await submit(insp1.cookie, id, { inspectedOn: beijingToday(), result: 'rectify' });
    expect(noDeadline.statusCode).toBe(422);
    expect(noDeadline.json().errors[0].path).toBe(`deadlines.${item(i1)}`);
    const sameDay = await submit(insp1.cookie, id, {
      inspectedOn: beijingToday(),
      result: 'rectify',
      deadlines: [{ itemId: item(i1), deadline: beijingToday() }],
    });
    expect(sameDay.statusCode).toBe(422);

    const ok = await submit(insp1.cookie, id, {
      inspectedOn: beijingToday(),
      result: 'rectify',
      summary: '一项限期整改',
      deadlines: [{ itemId: item(i1), deadline: daysFromToday(15) }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'submitted', publishedLate: false });
    expect(
      (await submit(insp1.cookie, id, { inspectedOn: beijingToday(), result: 'rectify' })).statusCode,
    ).toBe(409);
    expect((await save(insp1.cookie, id, [{ itemId: item(i2), outcome: 'fail' }])).statusCode).toBe(409);

    // The provider now sees it, with the photo readable.
    const seen = await detail(provider.manager, id);
    expect(seen.statusCode).toBe(200);
    const finding = seen.json().findings.find((f: { itemId: number }) => f.itemId === item(i1));
    expect(finding).toMatchObject({ status: 'open', deadline: daysFromToday(15) });
    expect(seen.json().can).toMatchObject({ reply: true, verify: false, record: false });
    const photoUrl = finding.photos[0].url as string;
    expect((await call(t.app, 'GET', photoUrl, { cookie: provider.manager })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', photoUrl, { cookie: wuyuan })).statusCode).toBe(404);

    const fid = finding.id as number;
    const reply = (cookie: string) =>
      call(t.app, 'POST', `/api/inspections/${id}/findings/${fid}/reply`, {
        cookie,
        body: { text: '已清理安全出口', fileIds: [foreign] },
      });
    const verify = (cookie: string, body: Record<string, unknown>) =>
      call(t.app, 'POST', `/api/inspections/${id}/findings/${fid}/verify`, { cookie, body });

    // Verifying an open finding is illegal.
    const early = await verify(insp1.cookie, { accepted: true });
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect((await reply(other.manager)).statusCode).toBe(404);
    expect((await reply(provider.manager)).statusCode).toBe(200);
    expect((await reply(provider.manager)).statusCode).toBe(409);
    expect((await verify(insp2.cookie, { accepted: false })).statusCode).toBe(400);
    expect((await verify(outsider.cookie, { accepted: false, note: '不行' })).statusCode).toBe(404);
    const back = await verify(insp2.cookie, { accepted: false, note: '照片未显示出口全貌' });
    expect(back.json()).toMatchObject({ status: 'open', inspectionClosed: false });
    const notices = await call(t.app, 'GET', '/api/inspections/rectifications', { cookie: provider.manager });
    expect(notices.json().items[0]).toMatchObject({
      findingId: fid,
      status: 'open',
      rejection: '照片未显示出口全貌',
    });
    expect((await reply(provider.manager)).statusCode).toBe(200);
    const done = await verify(insp1.cookie, { accepted: true, note: '已整改' });
    expect(done.json()).toMatchObject({ status: 'verified', inspectionClosed: true });
    const closed = (await detail(linhe, id)).json();
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    // upload, 4 saves (1 refused), submit, reply, reject, reply, verify.
    expect(await auditCount(t.ctx)).toBe(before + 1 + 3 + 1 + 1 + 1 + 1 + 1 + 1);

    // Public: the inspection with the finding fixed, units but no names or notes.
    const pub = await call(t.app, 'GET', `/api/public/providers/${provider.providerId}/inspections`);
    expect(pub.statusCode).toBe(200);
    const entry = pub.json().items.find((x: { id: number }) => x.id === id);
    expect(entry).toMatchObject({ result: 'rectify', kind: 'campaign' });
    expect(entry.findings).toEqual([
      expect.objectContaining({ itemText: '疏散通道畅通', status: 'verified', deadline: daysFromToday(15) }),
    ]);
    expect(entry.findings[0].verifiedAt).not.toBeNull();
    expect(entry.units.join()).toContain('卫生健康委');
    expect(pub.body).not.toContain('安全出口堆放杂物');
    expect(pub.body).not.toContain('测试用户');
    expect(pub.body).not.toContain('照片未显示');
  });

  it('closes a passing inspection at once', async () => {
    const id = await newInspection();
    await save(
      insp1.cookie,
      id,
      checklist.items.map((itemId) => ({ itemId, outcome: 'pass' })),
    );
    const bad = await submit(insp1.cookie, id, { inspectedOn: beijingToday(), result: 'rectify' });
    expect(bad.statusCode).toBe(422);
    const res = await submit(insp1.cookie, id, { inspectedOn: beijingToday(), result: 'pass' });
    expect(res.json()).toMatchObject({ status: 'closed' });
  });
});

describe('deadlines saved as the inspector goes', () => {
  it('uses the saved deadline at submission and flags an open finding past it as overdue', async () => {
    const id = await newInspection();
    await save(insp1.cookie, id, [
      { itemId: item(i1), outcome: 'fail', deadline: daysFromToday(3) },
      { itemId: item(i2), outcome: 'pass', deadline: daysFromToday(3) },
      { itemId: item(i3), outcome: 'pass' },
    ]);
    const res = await submit(insp1.cookie, id, { inspectedOn: beijingToday(), result: 'rectify' });
    expect(res.statusCode, res.body).toBe(200);
    const d = (await detail(linhe, id)).json();
    expect(d.findings.map((f: { deadline: string | null }) => f.deadline)).toEqual([
      daysFromToday(3),
      null,
      null,
    ]);
    // Time passes: the deadline is behind us and the finding still open.
    await t.ctx.db
      .updateTable('inspection_findings')
      .set({ deadline: daysFromToday(-1) })
      .where('inspection_id', '=', id)
      .where('status', '=', 'open')
      .execute();
    const overdue = (await call(t.app, 'GET', '/api/inspections?overdue=true', { cookie: linhe })).json();
    expect(overdue.items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect(overdue.items[0].overdue).toBe(true);
    await t.ctx.db
      .updateTable('inspection_findings')
      .set({ deadline: daysFromToday(3) })
      .where('inspection_id', '=', id)
      .execute();
  });
});

describe('publication deadline (standards.md: 20 working days, param)', () => {
  it('counts working days over 中秋 and 国庆 and flags a late publication', async () => {
    const id = await newInspection();
    await save(
      insp1.cookie,
      id,
      checklist.items.map((itemId) => ({ itemId, outcome: 'pass' })),
    );
    const res = await submit(insp1.cookie, id, { inspectedOn: '2026-09-21', result: 'pass' });
    expect(res.json()).toMatchObject({
      publishDue: '2026-10-26',
      publishedLate: beijingToday() > '2026-10-26',
    });
    const listed = await call(t.app, 'GET', `/api/inspections?providerId=${provider.providerId}`, {
      cookie: linhe,
    });
    const row = listed.json().items.find((x: { id: number }) => x.id === id);
    expect(row).toMatchObject({ publishDue: '2026-10-26', publishedLate: beijingToday() > '2026-10-26' });
  });
});

describe('scope', () => {
  it('shows each caller only what is theirs to see', async () => {
    const id = await newInspection();
    const draftOther = await newInspection(other.providerId);
    expect((await detail(wuyuan, id)).statusCode).toBe(404);
    expect((await detail(outsider.cookie, id)).statusCode).toBe(404);
    expect((await save(outsider.cookie, id, [{ itemId: item(i1), outcome: 'pass' }])).statusCode).toBe(404);
    expect((await detail(insp1.cookie, id)).json().can.record).toBe(true);
    expect((await detail(township, id)).statusCode).toBe(200);
    expect((await detail(township, id)).json().can).toEqual({ record: false, verify: false, reply: false });
    // The linhe regulator sees everything in the county, an inspector only its tasks.
    const all = (await call(t.app, 'GET', '/api/inspections?status=assigned', { cookie: linhe })).json();
    expect(all.items.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([id, draftOther]));
    expect((await call(t.app, 'GET', '/api/inspections', { cookie: outsider.cookie })).json().total).toBe(0);
    expect((await call(t.app, 'GET', '/api/inspections', { cookie: wuyuan })).json().total).toBe(0);
    // A provider sees only its own submitted inspections.
    const mine = (await call(t.app, 'GET', '/api/inspections', { cookie: other.manager })).json();
    expect(mine.total).toBe(0);
    const own = (await call(t.app, 'GET', '/api/inspections', { cookie: provider.manager })).json();
    expect(
      own.items.every(
        (x: { providerId: number; status: string }) =>
          x.providerId === provider.providerId && x.status !== 'assigned',
      ),
    ).toBe(true);
    // Overdue filter: nothing of these is overdue yet.
    const overdue = (await call(t.app, 'GET', '/api/inspections?overdue=true', { cookie: linhe })).json();
    expect(overdue.total).toBe(0);
  });

  it('exports the list to Excel', async () => {
    const res = await call(t.app, 'GET', '/api/inspections?format=xlsx', { cookie: linhe });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const res2 = await call(t.app, 'GET', '/api/inspections/export.xlsx?kind=campaign', { cookie: linhe });
    expect(res2.statusCode).toBe(200);
  });

  it('publishes nothing of an unfiled provider or an unsubmitted inspection', async () => {
    expect((await call(t.app, 'GET', '/api/public/providers/999999/inspections')).statusCode).toBe(404);
    const pub = (await call(t.app, 'GET', `/api/public/providers/${other.providerId}/inspections`)).json();
    expect(pub.items).toEqual([]);
  });
});
