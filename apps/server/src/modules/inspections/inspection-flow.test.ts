import { describe, expect, it } from 'vitest';
import { auditCount, call } from '../../test/helpers';
import { upload } from '../providers/test-fixtures';
import { beijingToday, daysFromToday } from './test-fixtures';
import {
  checklist,
  detail,
  i1,
  i2,
  i3,
  insp1,
  insp2,
  item,
  linhe,
  newInspection,
  other,
  outsider,
  photo,
  provider,
  save,
  setUpInspectionTests,
  submit,
  t,
  wuyuan,
} from './test-setup';

setUpInspectionTests();

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
