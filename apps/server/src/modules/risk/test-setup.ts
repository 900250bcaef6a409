/**
 * Shared setup of the risk tests: one app, two counties' regulators and market-regulation officers,
 * the city, and a checklist with a high- and a low-risk item.
 */
import type { ChecklistRisk } from '@tuoyu/domain';
import { afterAll, beforeAll } from 'vitest';
import { buildTestApp, call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';

// Live bindings: set by the hooks setUpRiskTests registers, read by the tests importing them.
export let t: TestApp;
export let linhe: string;
export let wuyuan: string;
export let city: string;
export let samr: string;
export let samrWuyuan: string;
let checklistId: number;
export let highItem: number;
export let lowItem: number;

const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
export const dateAgo = (n: number) => daysAgo(n).slice(0, 10);

/** A provider registered by `dept`, filed and accepted by `county`. */
export async function filedProvider(
  dept: string,
  county: string,
  divisionCode = '150802',
  townshipCode = '150802004',
) {
  const p = await registeredProvider(t, dept, county, { divisionCode, townshipCode });
  await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
    cookie: p.manager,
    body: filingData(await documentsFor(t, p.manager), { townshipCode }),
  });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  const accepted = await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, {
    cookie: county,
    body: {},
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return p;
}

/** A submitted inspection of `providerId` with the given result and failed items. */
export async function inspection(
  providerId: number,
  result: 'pass' | 'rectify' | 'fail',
  failed: number[],
  ago = 30,
) {
  const db = t.ctx.db;
  const { division_code } = await db
    .selectFrom('providers')
    .select('division_code')
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('inspections')
    .values({
      provider_id: providerId,
      division_code,
      checklist_id: checklistId,
      kind: 'campaign',
      status: result === 'pass' ? 'closed' : 'submitted',
      result,
      inspected_on: dateAgo(ago),
      submitted_at: daysAgo(ago),
      created_by: 1,
      created_at: daysAgo(ago + 1),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const item of failed)
    await db
      .insertInto('inspection_findings')
      .values({
        inspection_id: id,
        item_id: item,
        outcome: 'fail',
        status: 'open',
        deadline: dateAgo(ago - 10),
      })
      .execute();
}

/** Registers the hooks that build the app and its people before a test file runs and close it after. */
export function setUpRiskTests() {
  beforeAll(async () => {
    t = await buildTestApp();
    linhe = (await userSession(t, { role: 'county_regulator', divisionCode: '150802' })).cookie;
    wuyuan = (await userSession(t, { role: 'county_regulator', divisionCode: '150821' })).cookie;
    city = (await userSession(t, { role: 'city_regulator', divisionCode: '150800' })).cookie;
    samr = (await userSession(t, { role: 'department_officer', divisionCode: '150802', unit: 'samr' }))
      .cookie;
    samrWuyuan = (await userSession(t, { role: 'department_officer', divisionCode: '150821', unit: 'samr' }))
      .cookie;
    const db = t.ctx.db;
    const list = await db
      .insertInto('checklists')
      .values({
        code: 'risk-test',
        version: 1,
        name: '测试检查表',
        status: 'active',
        created_at: daysAgo(400),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    checklistId = list.id;
    const item = (seq: number, risk: ChecklistRisk) =>
      db
        .insertInto('checklist_items')
        .values({
          checklist_id: checklistId,
          seq,
          category: 'safety',
          risk,
          text: `条目${seq}`,
          legal_basis: '测试',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    highItem = (await item(1, 'high')).id;
    lowItem = (await item(2, 'low')).id;
  });
  afterAll(() => t.close());
}
