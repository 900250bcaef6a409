/**
 * Child health at a scale (issue 11): the register written by the demo's generator straight
 * through the raw driver (city: the demo's ≈ 27,000 children over three cohorts; province:
 * 0.5 M children over seven cohorts — the register keeps children past 3 — ≈ 4 M check-ups),
 * and I-2 two ways on the same file in the same run: the indexed per-day sums the service reads,
 * and the full scan (every child and its scheduled check-ups through `childYear`) as the baseline.
 * Both must give the same numerator and denominator per county, or the run fails.
 */

import { childYear, DEFAULT_SETTINGS, type RateCell, reportingPeriod } from '@tuoyu/domain';
import SQLite from 'better-sqlite3';
import type { Db } from '../apps/server/src/db';
import { type RegisterSummary, writeRegister } from '../apps/server/src/demo/child-health';
import { healthTownships, type RegisterSink } from '../apps/server/src/demo/child-health-sink';
import { rulesOf } from '../apps/server/src/modules/child-health/ledger';
import { encryptField, type Keys, lookupHash } from '../apps/server/src/platform/crypto';

export const HEALTH_SCALE = {
  city: { children: 27_000, spanDays: 3 * 365 },
  province: { children: 500_000, spanDays: 7 * 365 },
} as const;

type Row = object;

/** Explicit ids and prepared single-row statements in one transaction (SQLite, fresh tables). */
function rawSink(raw: SQLite.Database): RegisterSink {
  const statements = new Map<string, SQLite.Statement>();
  const insert = (table: string, rows: Row[]) => {
    const first = rows[0];
    if (!first) return;
    const cols = Object.keys(first);
    const key = `${table}(${cols.join(',')})`;
    let stmt = statements.get(key);
    if (!stmt) {
      stmt = raw.prepare(
        `insert into ${table} (${cols.join(',')}) values (${cols.map((c) => `@${c}`).join(',')})`,
      );
      statements.set(key, stmt);
    }
    for (const r of rows) stmt.run(r as Record<string, unknown>);
  };
  const nextId = (table: string) =>
    ((raw.prepare(`select coalesce(max(id), 0) as m from ${table}`).get() as { m: number }).m ?? 0) + 1;
  let child = nextId('health_children');
  let checkup = nextId('health_checkups');
  const withIds = (rows: Row[], from: number) => rows.map((r, i) => ({ id: from + i, ...r }));
  return {
    children: async (rows) => {
      insert('health_children', withIds(rows, child));
      child += rows.length;
      return rows.map((_, i) => child - rows.length + i);
    },
    checkups: async (rows) => {
      insert('health_checkups', withIds(rows, checkup));
      checkup += rows.length;
      return rows.map((_, i) => checkup - rows.length + i);
    },
    guardians: async (rows) => insert('health_child_guardians', rows),
    dues: async (rows) => insert('health_dues', rows),
    years: async (rows) => insert('health_child_years', rows),
    rateDays: async (cells: RateCell[]) =>
      insert(
        'health_rate_days',
        cells.map((c) => ({
          year: c.year,
          division_code: c.divisionCode,
          day: c.day,
          entering: c.entering,
          failing: c.failing,
          births: c.births,
          visited: c.visited,
        })),
      ),
  };
}

/** Loads the bench register into the app's SQLite file (before the app serves). */
export async function loadBenchRegister(
  db: Db,
  file: string,
  scale: keyof typeof HEALTH_SCALE,
  keys: Keys,
  today: string,
): Promise<RegisterSummary> {
  const townships = await healthTownships(db);
  const raw = new SQLite(file);
  // The encryption of every field is not what is measured here: one ciphertext, made once, stands
  // for every encrypted column (same columns and sizes as the demo); the look-up hashes are real.
  const blob = encryptField(keys, JSON.stringify({ weightKg: 9.6, lengthCm: 75.2, headCm: 45.1, notes: '' }));
  raw.exec('begin');
  try {
    const summary = await writeRegister(rawSink(raw), townships, {
      today,
      ...HEALTH_SCALE[scale],
      seed: 1100,
      seal: () => blob,
      hash: (v) => lookupHash(keys, v),
      rules: rulesOf(DEFAULT_SETTINGS),
    });
    raw.exec('commit');
    raw.exec('analyze');
    return summary;
  } catch (err) {
    raw.exec('rollback');
    throw err;
  } finally {
    raw.close();
  }
}

type Figure = Map<string, { numerator: number; denominator: number }>;
const bump = (f: Figure, county: string, num: number, den: number) => {
  const cur = f.get(county) ?? { numerator: 0, denominator: 0 };
  cur.numerator += num;
  cur.denominator += den;
  f.set(county, cur);
};

/**
 * The indicator's sums, as the service reads them: one indexed range per year. Grouped by
 * township, in the primary key's order (no temporary B-tree), then folded into counties.
 */
export function indicatorSums(raw: SQLite.Database) {
  const stmt = raw.prepare(
    'select division_code, sum(entering) as entering, sum(failing) as failing from health_rate_days where year = ? and day <= ? group by division_code',
  );
  return (year: number, asOf: string): Figure => {
    const f: Figure = new Map();
    for (const r of stmt.all(year, asOf) as { division_code: string; entering: number; failing: number }[])
      bump(f, r.division_code.slice(0, 6), r.entering - r.failing, r.entering);
    return f;
  };
}

/** The baseline: every child on the register and its scheduled check-ups through `childYear`. */
export function indicatorScan(raw: SQLite.Database) {
  const children = raw.prepare(
    "select id, division_code, birth_date from health_children where status = 'active' order by id",
  );
  const checkups = raw.prepare(
    "select child_id, id, date from health_checkups where kind = 'scheduled' order by child_id",
  );
  const w = rulesOf(DEFAULT_SETTINGS).window;
  return (year: number, asOf: string): Figure => {
    const byChild = new Map<number, { id: number; date: string }[]>();
    for (const c of checkups.iterate() as Iterable<{ child_id: number; id: number; date: string }>) {
      const list = byChild.get(c.child_id);
      if (list) list.push(c);
      else byChild.set(c.child_id, [c]);
    }
    const period = reportingPeriod(year);
    const f: Figure = new Map();
    for (const c of children.iterate() as Iterable<{
      id: number;
      division_code: string;
      birth_date: string;
    }>) {
      const y = childYear(c.birth_date, byChild.get(c.id) ?? [], period, asOf, w);
      if (y.counted) bump(f, c.division_code.slice(0, 6), y.managed ? 1 : 0, 1);
    }
    return f;
  };
}

async function msPerRun(fn: () => unknown, budgetMs: number, maxRuns: number) {
  fn();
  let runs = 0;
  const t0 = performance.now();
  while (runs < maxRuns && (runs === 0 || performance.now() - t0 < budgetMs)) {
    fn();
    runs++;
  }
  return (performance.now() - t0) / runs;
}

const show = (f: Figure) =>
  [...f]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v.numerator}/${v.denominator}`)
    .join(', ');

/** I-2 by the sums and by the scan: ms per request, their ratio, and the two figures compared. */
export async function healthFigures(
  scale: string,
  file: string,
  today: string,
  line: (n: string, v: number, u: string, b: number) => void,
) {
  const raw = new SQLite(file, { readonly: true });
  try {
    const year = Number(today.slice(0, 4));
    const sums = indicatorSums(raw);
    const scan = indicatorScan(raw);
    const scanMs = await msPerRun(() => scan(year, today), 3_000, 5);
    const sumsMs = await msPerRun(() => sums(year, today), 1_000, 2_000);
    line(`db.${scale}.baseline_health_full_scan`, scanMs, 'ms', scanMs);
    line(`db.${scale}.indicator_health_sums`, sumsMs, 'ms', scanMs);
    console.log(
      `db.${scale}.indicator_health_speedup: ${(scanMs / sumsMs).toFixed(0)}x faster than the scan (goal: ≤ 50 ms and ≥ 100x)`,
    );
    const a = sums(year, today);
    const b = scan(year, today);
    if (show(a) !== show(b)) {
      console.error(
        `\n!!! I-2 MISMATCH at ${scale} (${year}, as of ${today})\n  sums: ${show(a)}\n  scan: ${show(b)}\n`,
      );
      process.exitCode = 1;
    } else
      console.log(`db.${scale}.indicator_health_check: sums = scan (${year}, as of ${today}): ${show(a)}`);
  } finally {
    raw.close();
  }
}
