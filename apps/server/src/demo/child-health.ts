/**
 * Loads the generated child-health register (child-health-gen.ts) in the caller's transaction:
 * children with encrypted identifiers and guardians, check-ups, and the ledger `ledgerRows` says
 * to keep (due dates, child-years, the child's cells); the cells are summed in memory and written
 * to health_rate_days once at the end. The sink is swappable (child-health-sink.ts): the bench
 * writes the same rows through the raw driver at the province's scale.
 */
import { makeResidentId, maskMobile, maskResidentId, type RateCell, visitedAsNewborn } from '@tuoyu/domain';
import type { Insertable, Transaction } from 'kysely';
import type {
  Database,
  HealthChildGuardianTable,
  HealthChildTable,
  HealthChildYearTable,
  HealthDueTable,
} from '../db/schema';
import { type HealthRules, healthRules, ledgerRows } from '../modules/child-health/ledger';
import type { AppContext } from '../platform/context';
import { encryptField, lookupHash } from '../platform/crypto';
import { nowIso } from '../platform/time';
import {
  DEMO_PARENT_CHILDREN,
  DEMO_PARENT_MOBILE,
  DEMO_PARENT_TOWNSHIP,
  type GenChild,
  generateChild,
  HEALTH_COUNTIES,
  maskBirthCert,
  type Township,
} from './child-health-gen';
import { healthTownships, kyselySink, type RegisterSink } from './child-health-sink';
import { rng, weighted } from './rng';

export interface RegisterOptions {
  today: string;
  /** Children besides the demo parent's two. */
  children: number;
  /** The cohorts: births up to this many days before today. */
  spanDays: number;
  seed: number;
  /** Encrypts a field (the bench may return one ciphertext made once). */
  seal: (plain: string) => string;
  hash: (value: string) => string;
  rules: HealthRules;
}

export interface RegisterSummary {
  children: number;
  checkups: number;
  cells: number;
}

const BATCH = 1_000;

/** Generates and writes the register; returns what it wrote. */
export async function writeRegister(
  sink: RegisterSink,
  townships: Map<string, Township[]>,
  o: RegisterOptions,
): Promise<RegisterSummary> {
  const r = rng(o.seed);
  const countyTable = HEALTH_COUNTIES.map((c, i) => [i, c.births] as [number, number]);
  const total = countyTable.reduce((s, [, w]) => s + w, 0);
  const byCounty = countyTable.map(([i, w]) => [i, w / total] as [number, number]);
  const townshipWeights = new Map(
    [...townships].map(([county, list]) => {
      const w = list.map((t) => [t, 0.5 + r.next()] as [Township, number]);
      const sum = w.reduce((s, [, x]) => s + x, 0);
      return [county, w.map(([t, x]) => [t, x / sum] as [Township, number])];
    }),
  );
  const cells = new Map<string, RateCell>();
  const residentSeqs = new Map<string, number>();
  const certSerials = HEALTH_COUNTIES.map(() => 0);
  const parentTownship = [...townships.values()].flat().find((t) => t.code === DEMO_PARENT_TOWNSHIP);
  const summary: RegisterSummary = { children: 0, checkups: 0, cells: 0 };
  const ctx = { sink, o, cells, residentSeqs, summary, now: nowIso() };

  let batch: GenChild[] = [];
  if (parentTownship) {
    for (const f of DEMO_PARENT_CHILDREN) {
      const fixed = { ...f, birthCert: f.birthCertificateNo, mobile: DEMO_PARENT_MOBILE };
      batch.push(
        generateChild(
          r,
          {
            county: HEALTH_COUNTIES[0],
            countyIndex: 0,
            township: parentTownship,
            today: o.today,
            spanDays: o.spanDays,
            fixed,
          },
          0,
        ),
      );
    }
  }
  for (let n = 0; n < o.children; n++) {
    const countyIndex = weighted(r, byCounty);
    const county = HEALTH_COUNTIES[countyIndex] ?? HEALTH_COUNTIES[0];
    const list = townshipWeights.get(county.code);
    if (!list?.length) continue;
    const township = weighted(r, list);
    const serial = (certSerials[countyIndex] ?? 0) + 1;
    certSerials[countyIndex] = serial;
    batch.push(
      generateChild(r, { county, countyIndex, township, today: o.today, spanDays: o.spanDays }, serial),
    );
    if (batch.length >= BATCH) {
      await writeBatch(ctx, batch);
      batch = [];
    }
  }
  if (batch.length) await writeBatch(ctx, batch);
  const all = [...cells.values()];
  await sink.rateDays(all);
  summary.cells = all.length;
  return summary;
}

interface BatchContext {
  sink: RegisterSink;
  o: RegisterOptions;
  cells: Map<string, RateCell>;
  residentSeqs: Map<string, number>;
  summary: RegisterSummary;
  now: string;
}

function addCell(cells: Map<string, RateCell>, c: RateCell) {
  const key = `${c.year}|${c.divisionCode}|${c.day}`;
  const cur = cells.get(key);
  if (!cur) cells.set(key, { ...c });
  else {
    cur.entering += c.entering;
    cur.failing += c.failing;
    cur.births += c.births;
    cur.visited += c.visited;
  }
}

async function writeBatch(x: BatchContext, batch: GenChild[]) {
  const { o, sink } = x;
  const ledgers = batch.map((c) => {
    const rows = ledgerRows(
      0,
      {
        divisionCode: c.divisionCode,
        birthDate: c.birthDate,
        active: c.status === 'active',
        // Provisional ids (1…n in date order, as the inserted ids will be): the matching only orders them.
        checkups: c.visits.map((v, i) => ({ id: i + 1, kind: v.kind, date: v.date })),
      },
      o.rules,
    );
    for (const cell of rows.cells) addCell(x.cells, cell);
    return rows;
  });
  const ids = await sink.children(
    batch.map((c, k) => childRow(x, c, JSON.stringify(ledgers[k]?.cells ?? []))),
  );
  const checkupIds = await sink.checkups(
    batch.flatMap((c, k) => {
      const matched = new Set(ledgers[k]?.dues.map((d) => d.checkup_id));
      return c.visits.map((v, i) => ({
        child_id: ids[k] ?? 0,
        kind: v.kind,
        age_months: v.ageMonths,
        date: v.date,
        data_enc: o.seal(JSON.stringify(v.data)),
        flags: v.flags,
        on_time: (v.kind === 'scheduled' ? matched.has(i + 1) : visitedAsNewborn(c.birthDate, [v])) ? 1 : 0,
        recorded_by: null,
        recorder_name: c.recorder,
        created_at: `${v.date}T02:00:00.000Z`,
      }));
    }),
  );
  let offset = 0;
  const dues: Insertable<HealthDueTable>[] = [];
  const years: Insertable<HealthChildYearTable>[] = [];
  const guardians: HealthChildGuardianTable[] = [];
  batch.forEach((c, k) => {
    const childId = ids[k] ?? 0;
    const l = ledgers[k];
    const base = offset;
    for (const d of l?.dues ?? [])
      dues.push({
        ...d,
        child_id: childId,
        checkup_id: d.checkup_id === null ? null : (checkupIds[base + d.checkup_id - 1] ?? null),
      });
    for (const y of l?.years ?? []) years.push({ ...y, child_id: childId });
    for (const h of new Set(c.guardians.map((g) => o.hash(g.mobile))))
      guardians.push({ child_id: childId, mobile_hash: h });
    offset += c.visits.length;
  });
  await sink.dues(dues);
  await sink.years(years);
  await sink.guardians(guardians);
  x.summary.children += batch.length;
  x.summary.checkups += checkupIds.length;
}

function childRow(x: BatchContext, c: GenChild, ledgerCells: string): Insertable<HealthChildTable> {
  const { o } = x;
  const county = c.divisionCode.slice(0, 6);
  let residentId: string | null = null;
  if (c.hasResidentId) {
    const key = `${county}|${c.birthDate}|${c.sex}`;
    const k = x.residentSeqs.get(key) ?? 0;
    x.residentSeqs.set(key, k + 1);
    // The 17th digit is odd for a boy (GB 11643-1999).
    residentId = makeResidentId(county, c.birthDate, 2 * (k % 490) + (c.sex === 'male' ? 1 : 0));
  }
  const last = c.visits[c.visits.length - 1];
  return {
    division_code: c.divisionCode,
    name: c.name,
    sex: c.sex,
    birth_date: c.birthDate,
    birth_cert_enc: c.birthCert ? o.seal(c.birthCert) : null,
    birth_cert_hash: c.birthCert ? o.hash(c.birthCert) : null,
    birth_cert_masked: c.birthCert ? maskBirthCert(c.birthCert) : null,
    resident_id_enc: residentId ? o.seal(residentId) : null,
    resident_id_hash: residentId ? o.hash(residentId) : null,
    resident_id_masked: residentId ? maskResidentId(residentId) : null,
    guardians_enc: o.seal(JSON.stringify(c.guardians)),
    guardians_masked: JSON.stringify(c.guardians.map((g) => ({ ...g, mobile: maskMobile(g.mobile) }))),
    status: c.status,
    status_on: c.statusOn,
    status_reason: c.statusReason,
    flags: last?.flags ?? '',
    last_checkup_on: last?.date ?? null,
    newborn_visited: visitedAsNewborn(c.birthDate, c.visits) ? 1 : 0,
    fd_enc: c.fd ? o.seal(JSON.stringify(c.fd)) : null,
    fd_valid_until: c.fd?.validUntil ?? null,
    vaccination_up_to_date: c.vaccination?.upToDate ?? null,
    vaccination_confirmed_on: c.vaccination?.confirmedOn ?? null,
    ledger_cells: ledgerCells,
    created_by: null,
    created_at: `${c.birthDate}T04:00:00.000Z`,
    updated_at: x.now,
  };
}

/** The city's register in the demo (≈ 9,000 births a year, three cohorts); `children` for tests. */
export async function seedChildHealth(
  ctx: Pick<AppContext, 'keys'>,
  trx: Transaction<Database>,
  today: string,
  children = 27_000,
): Promise<RegisterSummary> {
  return writeRegister(kyselySink(trx), await healthTownships(trx), {
    today,
    children,
    spanDays: 3 * 365,
    seed: 1100,
    seal: (plain) => encryptField(ctx.keys, plain),
    hash: (value) => lookupHash(ctx.keys, value),
    rules: await healthRules(trx),
  });
}
