/** Test fixtures for plans: filed providers inserted directly (the filing flow has its own tests). */
import type { FilingStatus } from '@tuoyu/domain';

import { nowIso } from '../../platform/time';
import type { TestApp } from '../../test/helpers';
import { creditCode } from '../providers/test-fixtures';

/** `n` filed providers in `county`, returned as ids in creation order. */
export async function filedProviders(
  t: TestApp,
  county: string,
  n: number,
  status: FilingStatus = 'filed',
): Promise<number[]> {
  const ids: number[] = [];
  const now = nowIso();
  for (let i = 0; i < n; i++) {
    const p = await t.ctx.db
      .insertInto('providers')
      .values({
        name: `测试托育中心${county}-${i + 1}`,
        credit_code: creditCode(county),
        legal_form: 'enterprise',
        kind: 'institution',
        division_code: county,
        township_code: null,
        address: '测试路 1 号',
        service_forms: '["full_day"]',
        legal_representative: '王建国',
        contact_phone: '0478-8123456',
        registered_by_unit: 'samr',
        registered_at: now,
        manager_user_id: null,
        min_monthly_fee_fen: null,
        lat: null,
        lng: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('filings')
      .values({
        provider_id: p.id,
        division_code: county,
        status,
        data: null,
        filed_data: null,
        version: 1,
        filing_number: null,
        submitted_at: now,
        due_date: null,
        filed_at: now,
        exception_reason: null,
        return_reason: null,
        checks: null,
        updated_at: now,
      })
      .execute();
    ids.push(p.id);
  }
  return ids;
}

/** A date `days` after today (UTC; tests only need "not in the past"). */
export const inDays = (days: number) =>
  new Date(Date.now() + (days + 1) * 86_400_000).toISOString().slice(0, 10);
