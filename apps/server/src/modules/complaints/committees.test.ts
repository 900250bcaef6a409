import { describe, expect, it } from 'vitest';
import { call } from '../../test/helpers';
import { file, idOf, linhe, outsider, parent, provider, setUpComplaintTests, t, wuyuan } from './test-setup';

setUpComplaintTests();

describe('parent committees (家长委员会)', () => {
  it('the manager sets it up and adds members by mobile; a member files on its behalf, a non-member is refused', async () => {
    const base = `/api/providers/${provider.providerId}/committee`;
    expect((await call(t.app, 'GET', base, { cookie: provider.manager })).json()).toEqual({
      committee: null,
    });
    const created = await call(t.app, 'POST', base, { cookie: provider.manager, body: {} });
    expect(created.statusCode).toBe(201);
    expect((await call(t.app, 'POST', base, { cookie: provider.manager, body: {} })).statusCode).toBe(409);
    const unknown = await call(t.app, 'POST', `${base}/members`, {
      cookie: provider.manager,
      body: { mobile: '13700000000' },
    });
    expect(unknown.statusCode).toBe(422);
    const added = await call(t.app, 'POST', `${base}/members`, {
      cookie: provider.manager,
      body: { mobile: '13912345678' },
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().committee.members).toEqual([
      expect.objectContaining({ userId: parent.id, mobileMasked: '139****5678' }),
    ]);
    // Regulators in scope read it; another county does not see the provider at all.
    expect((await call(t.app, 'GET', base, { cookie: linhe })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', base, { cookie: wuyuan })).statusCode).toBe(404);
    const mine = await call(t.app, 'GET', '/api/my/committees', { cookie: parent.cookie });
    expect(mine.json().items).toEqual([expect.objectContaining({ providerId: provider.providerId })]);

    const onBehalf = await file(
      { providerId: provider.providerId, onBehalfOfCommittee: true, category: 'fees' },
      parent.cookie,
    );
    expect(onBehalf.statusCode).toBe(201);
    const id = await idOf(onBehalf.json().trackingCode);
    const detail = (await call(t.app, 'GET', `/api/complaints/${id}`, { cookie: linhe })).json();
    expect(detail).toMatchObject({
      onBehalfOfCommittee: true,
      committeeName: expect.stringContaining('家长委员会'),
    });

    const refused = await file(
      { providerId: provider.providerId, onBehalfOfCommittee: true },
      outsider.cookie,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await file({ providerId: provider.providerId, onBehalfOfCommittee: true })).statusCode).toBe(401);

    const removed = await call(t.app, 'DELETE', `${base}/members/${parent.id}`, { cookie: provider.manager });
    expect(removed.json().committee.members).toEqual([]);
    expect(
      (await file({ providerId: provider.providerId, onBehalfOfCommittee: true }, parent.cookie)).statusCode,
    ).toBe(403);
  });
});
