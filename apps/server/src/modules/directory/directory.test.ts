import { distanceKm, isPubliclyListed, placesPer1000 } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoProvider } from '../../demo/generate-providers';
import { loadDemoProviders } from '../../demo/providers';
import { buildTestApp, call, type TestApp } from '../../test/helpers';

let t: TestApp;
let demo: DemoProvider[];
beforeAll(async () => {
  t = await buildTestApp();
  demo = await t.ctx.db.transaction().execute((trx) => loadDemoProviders(t.ctx, trx, 'city', null));
});
afterAll(() => t.close());

const listed = () => demo.filter((p) => isPubliclyListed(p.status));
const capacity = (p: DemoProvider) => p.data.classes.reduce((s, c) => s + c.capacity, 0);
const get = async (qs: string) =>
  (await call(t.app, 'GET', `/api/public/providers?pageSize=100&${qs}`)).json();

describe('public directory: find care (SPEC C2)', () => {
  it('lists exactly the filed, operating providers', async () => {
    const all = await get('');
    expect(all.total).toBe(listed().length);
    expect(all.total).toBeLessThan(demo.length);
  });

  it.each([
    ['division=150821', (p: DemoProvider) => p.divisionCode === '150821'],
    ['serviceForm=hourly', (p: DemoProvider) => p.serviceForms.includes('hourly')],
    ['kind=kindergarten_class', (p: DemoProvider) => p.kind === 'kindergarten_class'],
    ['inclusive=true', (p: DemoProvider) => p.data.inclusive],
    [
      'feeMaxFen=150000',
      (p: DemoProvider) =>
        Math.min(...p.data.fees.filter((f) => f.unit === 'month').map((f) => f.amountFen)) <= 150000,
    ],
    ['hasVacancy=true', (p: DemoProvider) => capacity(p) > p.enrolled],
  ])('filters by %s', async (qs, keep) => {
    const res = await get(qs);
    const expected = listed()
      .filter(keep)
      .map((p) => p.name)
      .sort();
    expect(res.total).toBe(expected.length);
    expect(res.total).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(100);
    expect(res.items.map((i: { name: string }) => i.name).sort()).toEqual(expected);
  });

  it('filters by a township code', async () => {
    const township = listed()[0]?.townshipCode ?? '';
    const res = await get(`division=${township}`);
    expect(res.total).toBe(listed().filter((p) => p.townshipCode === township).length);
  });

  it('filters by the child’s age: an 8-month-old needs a place that takes infants', async () => {
    const res = await get('ageMonths=8');
    expect(res.total).toBeGreaterThan(0);
    expect(
      res.items.every(
        (i: { ageFromMonths: number; ageToMonths: number }) => i.ageFromMonths <= 8 && i.ageToMonths > 8,
      ),
    ).toBe(true);
    const kinds = new Set(res.items.map((i: { kind: string }) => i.kind));
    expect(kinds.has('kindergarten_class')).toBe(false);
  });

  it('sorts by distance from a point and cuts at the radius', async () => {
    const here = { lat: 40.757, lng: 107.417 };
    const res = await get(`near=${here.lat},${here.lng}&radiusKm=3`);
    const expected = listed().filter((p) => distanceKm(here, p.data.location) <= 3);
    expect(res.total).toBe(expected.length);
    const d = res.items.map((i: { distanceKm: number }) => i.distanceKm);
    expect(d).toEqual([...d].sort((a: number, b: number) => a - b));
    expect(Math.max(...d)).toBeLessThanOrEqual(3);
  });

  it('searches by keyword in the name', async () => {
    const res = await get(`q=${encodeURIComponent('小太阳')}`);
    expect(res.items.length).toBeGreaterThan(0);
    expect(
      res.items.every((i: { name: string; address: string }) => `${i.name}${i.address}`.includes('小太阳')),
    ).toBe(true);
  });

  it.each([
    ['a two-character place name (below the trigram length)', '临河'],
    ['a three-character brand', '小太阳'],
    ['part of a street address', '胜利北路'],
  ])('finds %s', async (_what, keyword) => {
    const res = await get(`q=${encodeURIComponent(keyword)}`);
    const expected = listed().filter((p) => `${p.name} ${p.data.address}`.includes(keyword));
    expect(res.total).toBe(expected.length);
    expect(res.total).toBeGreaterThan(0);
  });

  it('takes LIKE wildcards in a keyword literally', async () => {
    expect((await get(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await get(`q=${encodeURIComponent('托_育')}`)).total).toBe(0);
  });

  it('rejects a malformed point with 400', async () => {
    const res = await call(t.app, 'GET', '/api/public/providers?near=here');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('near');
  });
});

describe('indicator I-1: places per 1,000 residents (plan 总体要求 ≥ 4)', () => {
  it('counts the capacity of filed providers (family points apart) over the 2020 census population', async () => {
    const res = (await call(t.app, 'GET', '/api/public/indicators/places?year=2026')).json();
    const institutional = listed().filter((p) => p.kind !== 'family_point');
    const places = institutional.reduce((s, p) => s + capacity(p), 0);
    expect(res.city).toMatchObject({
      places,
      population: 1_538_715,
      populationYear: 2020,
      placesPer1000: placesPer1000(places, 1_538_715),
    });
    expect(res.city.familyPointPlaces).toBe(
      listed()
        .filter((p) => p.kind === 'family_point')
        .reduce((s, p) => s + capacity(p), 0),
    );
    expect(res.city.placesPer1000).toBeGreaterThan(2.8);
    expect(res.city.placesPer1000).toBeLessThan(4);
    expect(res.city.placesNeeded).toBe(Math.ceil(4 * 1538.715 - places));
    expect(res.counties).toHaveLength(7);
    expect(res.counties.reduce((s: number, c: { places: number }) => s + c.places, 0)).toBe(places);
  });

  it('uses the latest population not after the asked year, and names it', async () => {
    await t.ctx.db
      .insertInto('populations')
      .values({
        division_code: '150821',
        year: 2025,
        residents: 200_000,
        source: 'test',
        updated_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    const wuyuan = async (year: number) =>
      (await call(t.app, 'GET', `/api/public/indicators/places?year=${year}`))
        .json()
        .counties.find((c: { divisionCode: string }) => c.divisionCode === '150821');
    expect(await wuyuan(2026)).toMatchObject({ population: 200_000, populationYear: 2025 });
    expect(await wuyuan(2024)).toMatchObject({ population: 224_809, populationYear: 2020 });
    expect((await call(t.app, 'GET', '/api/public/indicators/places?year=1999')).statusCode).toBe(400);
  });
});
