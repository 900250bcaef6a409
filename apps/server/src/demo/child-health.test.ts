/**
 * The demo register's I-2 sums equal the rule: a small register from the demo's generator, on
 * either engine, and for 2025 and 2026 at several evaluation dates the per-day sums in
 * health_rate_days give, county by county, what `childYear` computes per child from the stored
 * children and check-ups (the incremental figure equals the scan).
 */
import { addDays, childYear, DEFAULT_SETTINGS, reportingPeriod } from '@tuoyu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db';
import { rulesOf } from '../modules/child-health/ledger';
import { decryptField, deriveKeys, lookupHash } from '../platform/crypto';
import { freshDb, TEST_SECRET } from '../test/helpers';
import { seedChildHealth } from './child-health';
import { DEMO_PARENT_CHILDREN, DEMO_PARENT_MOBILE } from './child-health-gen';

const TODAY = '2026-06-15';
const SIZE = 1_500;
const keys = deriveKeys(TEST_SECRET);
let db: DbHandle;
let written: { children: number; checkups: number };

beforeAll(async () => {
  db = (await freshDb()).db;
  written = await db.db.transaction().execute((trx) => seedChildHealth({ keys }, trx, TODAY, SIZE));
});
afterAll(() => db.destroy());

type Figure = Record<string, { numerator: number; denominator: number }>;

/** The county's running figure. */
function countyOf(out: Figure, division: string) {
  const county = division.slice(0, 6);
  out[county] ??= { numerator: 0, denominator: 0 };
  return out[county];
}

async function fromSums(year: number, asOf: string): Promise<Figure> {
  const rows = await db.db
    .selectFrom('health_rate_days')
    .select(['division_code', 'day', 'entering', 'failing'])
    .where('year', '=', year)
    .where('day', '<=', asOf)
    .execute();
  const out: Figure = {};
  for (const r of rows) {
    const f = countyOf(out, r.division_code);
    f.numerator += Number(r.entering) - Number(r.failing);
    f.denominator += Number(r.entering);
  }
  return out;
}

async function fromScan(year: number, asOf: string): Promise<Figure> {
  const children = await db.db
    .selectFrom('health_children')
    .select(['id', 'division_code', 'birth_date'])
    .where('status', '=', 'active')
    .execute();
  const checkups = await db.db
    .selectFrom('health_checkups')
    .select(['id', 'child_id', 'date'])
    .where('kind', '=', 'scheduled')
    .execute();
  const byChild = new Map<number, { id: number; date: string }[]>();
  for (const c of checkups) byChild.set(c.child_id, [...(byChild.get(c.child_id) ?? []), c]);
  const w = rulesOf(DEFAULT_SETTINGS).window;
  const period = reportingPeriod(year);
  const out: Figure = {};
  for (const c of children) {
    const y = childYear(c.birth_date, byChild.get(c.id) ?? [], period, asOf, w);
    if (!y.counted) continue;
    const f = countyOf(out, c.division_code);
    f.denominator++;
    if (y.managed) f.numerator++;
  }
  return out;
}

describe('the demo child-health register (issue 11)', () => {
  it('writes the children it generated, with their check-ups and eight due dates each', async () => {
    expect(written.children).toBe(SIZE + DEMO_PARENT_CHILDREN.length);
    const n = await db.db
      .selectFrom('health_children')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const dues = await db.db
      .selectFrom('health_dues')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(written.children);
    expect(Number(dues.n)).toBe(8 * written.children);
    expect(written.checkups).toBeGreaterThan(3 * SIZE);
  });

  it.each([
    [2025, '2025-03-31'],
    [2025, '2025-12-31'],
    [2026, '2026-01-20'],
    [2026, '2026-04-30'],
    [2026, TODAY],
    [2026, addDays(TODAY, 40)],
  ])(
    'I-2 %i as of %s: the per-day sums equal childYear over the stored rows, by county',
    async (year, asOf) => {
      const sums = await fromSums(year, asOf);
      expect(Object.keys(sums).length).toBe(7);
      expect(sums).toEqual(await fromScan(year, asOf));
    },
  );

  it('sums births and newborn visits as the children record them', async () => {
    const days = await db.db.selectFrom('health_rate_days').select(['births', 'visited']).execute();
    const kids = await db.db
      .selectFrom('health_children')
      .select(['newborn_visited'])
      .where('status', '=', 'active')
      .execute();
    expect(days.reduce((s, d) => s + Number(d.births), 0)).toBe(kids.length);
    expect(days.reduce((s, d) => s + Number(d.visited), 0)).toBe(
      kids.filter((k) => k.newborn_visited === 1).length,
    );
  });

  it('makes the demo parent a guardian of two children in 解放街道, found by certificate number and mobile', async () => {
    for (const f of DEMO_PARENT_CHILDREN) {
      const child = await db.db
        .selectFrom('health_children')
        .innerJoin('health_child_guardians', 'health_child_guardians.child_id', 'health_children.id')
        .select(['health_children.division_code', 'birth_date', 'guardians_enc', 'name'])
        .where('birth_cert_hash', '=', lookupHash(keys, f.birthCertificateNo))
        .where('mobile_hash', '=', lookupHash(keys, DEMO_PARENT_MOBILE))
        .executeTakeFirstOrThrow();
      expect(child.division_code).toBe('150802004');
      expect(child.name).toBe(f.name);
      expect(child.birth_date).toBe(addDays(TODAY, -f.ageDays));
      expect(decryptField(keys, child.guardians_enc)).toContain(DEMO_PARENT_MOBILE);
    }
  });
});
