/**
 * Fixtures of inspections: a filed provider, a small checklist inserted directly (so these tests
 * do not depend on the default templates) and an inspection assigned to two inspectors.
 */

import { nowIso, todayInBeijing } from '../../platform/time';
import { call, type TestApp, userSession } from '../../test/helpers';
import { documentsFor, filingData, registeredProvider } from '../providers/test-fixtures';

export const beijingToday = () => todayInBeijing();
export const daysFromToday = (n: number) => todayInBeijing(Date.now() + n * 86_400_000);

let code = 0;
/** A checklist of three items (fire, health, food) in its own code. */
export async function insertChecklist(t: TestApp) {
  code++;
  const c = await t.ctx.db
    .insertInto('checklists')
    .values({
      code: `test-${code}`,
      version: 1,
      name: `测试检查表${code}`,
      status: 'active',
      created_by: null,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const items: number[] = [];
  for (const [seq, category, text] of [
    [1, 'fire', '疏散通道畅通'],
    [2, 'health', '晨午检记录完整'],
    [3, 'food', '食品留样 48 小时'],
  ] as const) {
    const r = await t.ctx.db
      .insertInto('checklist_items')
      .values({
        checklist_id: c.id,
        seq,
        category,
        risk: 'high',
        text,
        legal_basis: '《托育机构管理规范（试行）》',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    items.push(r.id);
  }
  return { id: c.id, items };
}

/** A filed provider in `county` (so it has a public page) with its manager's session. */
export async function filedProvider(t: TestApp, dept: string, county: string, divisionCode = '150802') {
  const p = await registeredProvider(t, dept, county, {
    divisionCode,
    townshipCode: divisionCode === '150802' ? '150802004' : '150821100',
  });
  await call(t.app, 'PUT', `/api/filings/${p.filingId}`, {
    cookie: p.manager,
    body: filingData(await documentsFor(t, p.manager), {
      townshipCode: divisionCode === '150802' ? '150802004' : '150821100',
    }),
  });
  await call(t.app, 'POST', `/api/filings/${p.filingId}/submit`, { cookie: p.manager });
  const acc = await call(t.app, 'POST', `/api/filings/${p.filingId}/accept`, { cookie: county, body: {} });
  if (acc.statusCode !== 200) throw new Error(`accept failed: ${acc.body}`);
  return p;
}

export const inspector = (t: TestApp, unit: string, divisionCode = '150802') =>
  userSession(t, { role: 'department_officer', unit, divisionCode });
