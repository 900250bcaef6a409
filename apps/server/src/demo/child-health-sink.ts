/**
 * Where the demo register's rows go (child-health.ts): the Kysely sink, on both engines, in
 * chunked multi-row inserts of at most 500 rows (SQLite's 32,766 variables, PostgreSQL's 65,535),
 * ids through `returning`; and the townships the register is spread over.
 */
import type { RateCell } from '@tuoyu/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../db';
import type {
  HealthCheckupTable,
  HealthChildGuardianTable,
  HealthChildTable,
  HealthChildYearTable,
  HealthDueTable,
} from '../db/schema';
import { applyCells } from '../modules/child-health/queries-ledger';
import type { Township } from './child-health-gen';

/** Where the register's rows go: the ids come back in the order of the rows. */
export interface RegisterSink {
  children(rows: Insertable<HealthChildTable>[]): Promise<number[]>;
  checkups(rows: Insertable<HealthCheckupTable>[]): Promise<number[]>;
  guardians(rows: HealthChildGuardianTable[]): Promise<void>;
  dues(rows: Insertable<HealthDueTable>[]): Promise<void>;
  years(rows: Insertable<HealthChildYearTable>[]): Promise<void>;
  rateDays(cells: RateCell[]): Promise<void>;
}

const ROWS = 500;

async function chunked<T, R>(rows: T[], size: number, insert: (part: T[]) => Promise<R[] | undefined>) {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) out.push(...((await insert(rows.slice(i, i + size))) ?? []));
  return out;
}

/** The Kysely sink (both engines): chunked multi-row inserts, ids through `returning`. */
export function kyselySink(trx: Db): RegisterSink {
  return {
    children: (rows) =>
      chunked(rows, 400, async (p) =>
        (await trx.insertInto('health_children').values(p).returning('id').execute()).map((r) => r.id),
      ),
    checkups: (rows) =>
      chunked(rows, ROWS, async (p) =>
        (await trx.insertInto('health_checkups').values(p).returning('id').execute()).map((r) => r.id),
      ),
    guardians: async (rows) => {
      await chunked(
        rows,
        ROWS,
        async (p) => void (await trx.insertInto('health_child_guardians').values(p).execute()),
      );
    },
    dues: async (rows) => {
      await chunked(rows, ROWS, async (p) => void (await trx.insertInto('health_dues').values(p).execute()));
    },
    years: async (rows) => {
      await chunked(
        rows,
        ROWS,
        async (p) => void (await trx.insertInto('health_child_years').values(p).execute()),
      );
    },
    rateDays: (cells) => applyCells(trx, cells),
  };
}

/** Townships of the civil-affairs list by county, each with the health worker who records there. */
export async function healthTownships(db: Db): Promise<Map<string, Township[]>> {
  const rows = await db
    .selectFrom('divisions')
    .select(['code', 'name', 'parent_code', 'level'])
    .where('level', 'in', ['county', 'township'])
    .where('statistical_only', '=', 0)
    .orderBy('code')
    .execute();
  const names = new Map(rows.filter((d) => d.level === 'county').map((d) => [d.code, d.name]));
  const doctors = ['马', '高', '赵', '孙', '白', '乔', '任', '苏', '武', '韩'];
  const map = new Map<string, Township[]>();
  rows
    .filter((d) => d.level === 'township')
    .forEach((d, i) => {
      const county = d.parent_code ?? '';
      const unit = d.name.endsWith('街道') ? '社区卫生服务中心' : '卫生院';
      // The demo accounts' own names where they work (linhe-hc, wuyuan-hc).
      const doctor =
        d.code === '150802004' ? '马' : d.code === '150821100' ? '高' : doctors[i % doctors.length];
      const recorder = `${names.get(county) ?? ''}${d.name}${unit} ${doctor}医生`;
      map.set(county, [...(map.get(county) ?? []), { code: d.code, recorder }]);
    });
  return map;
}
