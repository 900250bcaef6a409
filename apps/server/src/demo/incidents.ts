/**
 * Demo incidents, emergency plans and drills (演示数据): reports of several types and severities in
 * 临河区 and 五原县 — a serious one reported late and still unacknowledged, one being followed, one
 * closed, some at provider 1 (account `provider`) — and plans and drills, with some providers not
 * having drilled for more than six months.
 */
import type { EmergencyPlanKind } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';
import { nowIso, todayInBeijing } from '../platform/time';
import { INCIDENTS } from './incident-cases';

const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
const dayAgo = (days: number) => todayInBeijing(Date.now() - days * 24 * HOUR);

async function userId(trx: Transaction<Database>, username: string) {
  const u = await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return u?.id ?? null;
}

/** Listed providers of a county, provider 1 first in 临河区. */
async function listed(trx: Transaction<Database>, county: string) {
  return trx
    .selectFrom('providers')
    .select(['id', 'division_code', 'township_code', 'manager_user_id'])
    .where('public', '=', 1)
    .where('division_code', '=', county)
    .orderBy('id')
    .limit(12)
    .execute();
}

export async function loadDemoIncidents(_ctx: AppContext, trx: Transaction<Database>): Promise<void> {
  const county = { '150802': await userId(trx, 'linhe'), '150821': await userId(trx, 'wuyuan') };
  const providers = { '150802': await listed(trx, '150802'), '150821': await listed(trx, '150821') };
  const fallback = await userId(trx, 'admin');
  for (const d of INCIDENTS) {
    const p = providers[d.county][d.provider];
    const regulator = county[d.county] ?? fallback;
    if (!p || regulator === null) continue;
    const reporter = p.manager_user_id ?? regulator;
    const occurredAt = at(d.occurredHoursAgo);
    const reportedHoursAgo = d.occurredHoursAgo - d.reportedAfterHours;
    const { id } = await trx
      .insertInto('incidents')
      .values({
        provider_id: p.id,
        division_code: p.division_code,
        township_code: p.township_code,
        type: d.type,
        severity: d.severity,
        occurred_at: occurredAt,
        reported_at: at(reportedHoursAgo),
        late: d.reportedAfterHours > 24 ? 1 : 0,
        description: d.description,
        actions_taken: d.actionsTaken,
        guardians_notified_at:
          d.guardiansNotifiedAfterHours === null
            ? null
            : at(d.occurredHoursAgo - d.guardiansNotifiedAfterHours),
        status: d.close ? 'closed' : d.updates.length ? 'following' : 'open',
        alert: d.severity === 'minor' ? 0 : 1,
        acknowledged_at: d.acknowledged ? at(reportedHoursAgo - 0.5) : null,
        acknowledged_by: d.acknowledged ? regulator : null,
        closed_at: d.close ? at(reportedHoursAgo - d.close.afterHours) : null,
        closed_by: d.close ? regulator : null,
        close_summary: d.close?.summary ?? null,
        reported_by: reporter,
        updated_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const children = await trx
      .selectFrom('children')
      .select('id')
      .where('provider_id', '=', p.id)
      .where('left_on', 'is', null)
      .orderBy('id')
      .limit(d.children)
      .execute();
    for (const c of d.children ? children : [])
      await trx.insertInto('incident_children').values({ incident_id: id, child_id: c.id }).execute();
    const texts = [
      ...d.updates.map((u) => ({ ...u, kind: 'follow_up' as const })),
      ...(d.close
        ? [
            {
              by: 'county' as const,
              afterHours: d.close.afterHours,
              text: d.close.summary,
              kind: 'close' as const,
            },
          ]
        : []),
    ];
    for (const u of texts) {
      const provider = u.by === 'provider';
      await trx
        .insertInto('incident_updates')
        .values({
          incident_id: id,
          at: at(reportedHoursAgo - u.afterHours),
          author_id: provider ? reporter : regulator,
          author_name: provider ? '机构负责人' : d.county === '150802' ? '临河区卫健委' : '五原县卫健委',
          author_role: provider ? 'provider_manager' : 'county_regulator',
          kind: u.kind,
          text: u.text,
        })
        .execute();
    }
  }
  await loadDemoPreparedness(trx, providers);
}

const PLAN_TITLES: Record<string, string> = {
  fire: '消防安全应急预案',
  earthquake: '地震应急疏散预案',
  infectious_disease: '传染病防控应急预案',
  food_poisoning: '食物中毒应急处置预案',
  missing_child: '幼儿走失应急预案',
  violence: '防范暴力侵害应急预案',
};

/** Plans and drills: provider 1 up to date; others recent, stale (> 6 months) or none. */
async function loadDemoPreparedness(
  trx: Transaction<Database>,
  providers: Record<string, { id: number; manager_user_id: number | null }[]>,
) {
  const admin = await userId(trx, 'admin');
  // [county, index, plan kinds, drills as [kind, days ago, participants]]
  const setup: [string, number, EmergencyPlanKind[], [EmergencyPlanKind, number, number][]][] = [
    [
      '150802',
      0,
      ['fire', 'earthquake', 'infectious_disease', 'food_poisoning', 'missing_child', 'violence'],
      [
        ['fire', 24, 46],
        ['missing_child', 75, 38],
        ['earthquake', 140, 44],
      ],
    ],
    ['150802', 1, ['fire', 'infectious_disease'], [['fire', 260, 30]]],
    ['150802', 2, ['fire', 'earthquake', 'violence'], [['earthquake', 60, 52]]],
    ['150802', 3, ['fire'], [['fire', 300, 20]]],
    ['150821', 0, ['fire', 'food_poisoning'], [['fire', 40, 28]]],
    ['150821', 1, ['fire'], [['fire', 230, 18]]],
    ['150821', 2, ['fire', 'earthquake'], [['fire', 90, 35]]],
  ];
  for (const [county, index, kinds, drills] of setup) {
    const p = providers[county]?.[index];
    const by = p?.manager_user_id ?? admin;
    if (!p || by === null) continue;
    for (const kind of kinds)
      await trx
        .insertInto('emergency_plans')
        .values({
          provider_id: p.id,
          kind,
          title: `${PLAN_TITLES[kind] ?? '应急预案'}（2026 年修订）`,
          effective_on: '2026-01-01',
          file_id: null,
          created_by: by,
          created_at: nowIso(),
        })
        .execute();
    for (const [kind, days, participants] of drills)
      await trx
        .insertInto('drills')
        .values({
          provider_id: p.id,
          plan_kind: kind,
          held_on: dayAgo(days),
          participants,
          notes:
            kind === 'fire'
              ? '全体师生按疏散路线撤离至操场，用时 2 分 30 秒，灭火器实操 6 人。'
              : '按预案分工演练，结束后进行了点评。',
          photo_file_ids: '[]',
          created_by: by,
          created_at: nowIso(),
        })
        .execute();
  }
}
