import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('reference data loaded by migration (GB/T 2260, 2020 census, the plan annex)', () => {
  it('has the city, its 7 counties, 70 townships and 19 flagged statistical units', async () => {
    const res = await call(t.app, 'GET', '/api/divisions');
    const items: { code: string; level: string; statisticalOnly: boolean; name: string }[] = res.json().items;
    expect(items.filter((d) => d.level === 'city').map((d) => d.code)).toEqual(['150800']);
    expect(items.filter((d) => d.level === 'county').map((d) => d.code)).toEqual([
      '150802',
      '150821',
      '150822',
      '150823',
      '150824',
      '150825',
      '150826',
    ]);
    const townships = items.filter((d) => d.level === 'township');
    expect(townships.filter((d) => !d.statisticalOnly)).toHaveLength(70);
    expect(townships.filter((d) => d.statisticalOnly)).toHaveLength(19);
    expect(items.find((d) => d.code === '150802004')?.name).toBe('解放街道');
  });

  it('has the 2020 census population per county, summing to the city total 1,538,715', async () => {
    const admin = await userSession(t, { role: 'sysadmin', divisionCode: '150800' });
    const res = await call(t.app, 'GET', '/api/populations?year=2020', { cookie: admin.cookie });
    const items: { divisionCode: string; residents: number }[] = res.json().items;
    const counties = items.filter((p) => p.divisionCode !== '150800');
    expect(counties).toHaveLength(7);
    expect(counties.reduce((s, p) => s + p.residents, 0)).toBe(1_538_715);
    expect(items.find((p) => p.divisionCode === '150800')?.residents).toBe(1_538_715);
    expect(items.find((p) => p.divisionCode === '150802')?.residents).toBe(582_206);
  });

  it('has the 18 member units plus 河套学院, each member with its duties from annex 四', async () => {
    const items: { code: string; role: string; duties: string | null; dutiesClause: string | null }[] = (
      await call(t.app, 'GET', '/api/units')
    ).json().items;
    expect(items).toHaveLength(19);
    expect(items.filter((u) => u.role !== 'other')).toHaveLength(18);
    expect(items.find((u) => u.code === 'health')).toMatchObject({ role: 'lead', dutiesClause: '四(十)' });
    expect(items.find((u) => u.code === 'samr')?.duties).toContain('营利性婴幼儿照护服务机构的审批和登记');
    expect(items.filter((u) => u.role !== 'other').every((u) => (u.duties ?? '').length > 10)).toBe(true);
  });
});

describe('population by year', () => {
  it('the city regulator sets a county population for a new year; it is audited', async () => {
    const city = await userSession(t, { role: 'city_regulator', divisionCode: '150800' });
    const res = await call(t.app, 'PUT', '/api/populations/150821/2025', {
      cookie: city.cookie,
      body: { residents: 220000, source: '统计年鉴2025' },
    });
    expect(res.statusCode).toBe(200);
    const list = (await call(t.app, 'GET', '/api/populations?year=2025', { cookie: city.cookie })).json()
      .items;
    expect(list).toEqual([
      {
        divisionCode: '150821',
        divisionName: '五原县',
        year: 2025,
        residents: 220000,
        source: '统计年鉴2025',
      },
    ]);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', '150821/2025')
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('population.create');
    const overview = (await call(t.app, 'GET', '/api/public/overview')).json();
    expect(overview.counties.find((c: { code: string }) => c.code === '150821')).toMatchObject({
      residents: 220000,
      year: 2025,
    });
  });

  it('refuses a county regulator (403), a township code and a negative number (400)', async () => {
    const county = await userSession(t, { role: 'county_regulator', divisionCode: '150802' });
    expect(
      (
        await call(t.app, 'PUT', '/api/populations/150802/2025', {
          cookie: county.cookie,
          body: { residents: 1, source: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const city = await userSession(t, { role: 'city_regulator', divisionCode: '150800' });
    expect(
      (
        await call(t.app, 'PUT', '/api/populations/150802004/2025', {
          cookie: city.cookie,
          body: { residents: 1, source: 'x' },
        })
      ).statusCode,
    ).toBe(400);
    const neg = await call(t.app, 'PUT', '/api/populations/150802/2025', {
      cookie: city.cookie,
      body: { residents: -5, source: 'x' },
    });
    expect(neg.statusCode).toBe(400);
    expect(neg.json().errors[0].path).toBe('residents');
  });
});

describe('public overview', () => {
  it('is readable without an account and lists the 7 counties with population and townships', async () => {
    const res = await call(t.app, 'GET', '/api/public/overview');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.city).toMatchObject({ code: '150800', name: '巴彦淖尔市', residents: 1_538_715, year: 2020 });
    expect(body.counties).toHaveLength(7);
    expect(body.counties.find((c: { code: string }) => c.code === '150802')).toMatchObject({
      name: '临河区',
      townships: 20,
    });
    expect(body.demo).toBe(false);
  });
});
