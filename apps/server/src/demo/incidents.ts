/**
 * Demo incidents, emergency plans and drills (演示数据): reports of several types and severities in
 * 临河区 and 五原县 — a serious one reported late and still unacknowledged, one being followed, one
 * closed, some at provider 1 (account `provider`) — and plans and drills, with some providers not
 * having drilled for more than six months.
 */
import type { EmergencyPlanKind, IncidentSeverity, IncidentType } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';
import { nowIso, todayInBeijing } from '../platform/time';

const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
const dayAgo = (days: number) => todayInBeijing(Date.now() - days * 24 * HOUR);

interface DemoIncident {
  county: '150802' | '150821';
  /** Index into the county's listed providers (0 in 临河区 is provider 1). */
  provider: number;
  type: IncidentType;
  severity: IncidentSeverity;
  occurredHoursAgo: number;
  reportedAfterHours: number;
  children: number;
  description: string;
  actionsTaken: string;
  guardiansNotifiedAfterHours: number | null;
  acknowledged: boolean;
  updates: { by: 'provider' | 'county'; afterHours: number; text: string }[];
  close?: { afterHours: number; summary: string };
}

const INCIDENTS: DemoIncident[] = [
  {
    county: '150802',
    provider: 0,
    type: 'fall',
    severity: 'minor',
    occurredHoursAgo: 24 * 9,
    reportedAfterHours: 2,
    children: 1,
    description: '户外活动时幼儿在滑梯下方奔跑跌倒，右膝擦伤约 2 厘米。',
    actionsTaken: '保健员当即清洗消毒并包扎，观察 30 分钟无异常，已排查滑梯周边地垫。',
    guardiansNotifiedAfterHours: 1,
    acknowledged: false,
    updates: [
      { by: 'provider', afterHours: 26, text: '家长反馈幼儿恢复良好；已在滑梯出口加铺防滑地垫。' },
      { by: 'county', afterHours: 50, text: '已电话回访家长，情况属实，处置得当。' },
    ],
    close: { afterHours: 72, summary: '伤情轻微，已妥善处置并完成场地整改，予以结案。' },
  },
  {
    county: '150802',
    provider: 0,
    type: 'foreign_body',
    severity: 'serious',
    occurredHoursAgo: 50,
    reportedAfterHours: 1,
    children: 1,
    description: '午餐后一名幼儿将串珠玩具塞入鼻腔，取出困难。',
    actionsTaken: '立即停止活动，保健员陪同、园长随车送巴彦淖尔市医院耳鼻喉科取出异物，无损伤。',
    guardiansNotifiedAfterHours: 0.5,
    acknowledged: true,
    updates: [
      {
        by: 'provider',
        afterHours: 20,
        text: '已全面清理小于 3 厘米的小件玩具，并对保育人员开展异物伤害预防培训。',
      },
    ],
  },
  {
    county: '150802',
    provider: 0,
    type: 'infectious_disease',
    severity: 'minor',
    occurredHoursAgo: 20,
    reportedAfterHours: 3,
    children: 3,
    description: '托小班晨检发现 3 名幼儿手、口部出现疱疹，疑似手足口病。',
    actionsTaken: '3 名幼儿已由家长接回就医，班级暂停混班活动，玩具和餐具全面消毒，已报告区疾控中心。',
    guardiansNotifiedAfterHours: 0.5,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150802',
    provider: 1,
    type: 'burn',
    severity: 'serious',
    occurredHoursAgo: 76,
    reportedAfterHours: 40,
    children: 1,
    description: '保育员倒开水时未放在幼儿够不到的位置，一名幼儿手背烫伤，起水疱。',
    actionsTaken: '冷水冲洗 15 分钟后送医，诊断为浅二度烫伤，已包扎；涉事保育员停岗。',
    guardiansNotifiedAfterHours: 2,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150802',
    provider: 2,
    type: 'abuse_allegation',
    severity: 'critical',
    occurredHoursAgo: 8,
    reportedAfterHours: 2,
    children: 1,
    description: '家长反映幼儿腿部有掐痕，怀疑保育人员体罚。',
    actionsTaken: '涉事人员已停岗，机构已封存当日监控录像并报告公安机关和区卫健委。',
    guardiansNotifiedAfterHours: 0,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150802',
    provider: 3,
    type: 'poisoning',
    severity: 'minor',
    occurredHoursAgo: 24 * 35,
    reportedAfterHours: 4,
    children: 2,
    description: '午点后 2 名幼儿出现呕吐，疑似食物不耐受。',
    actionsTaken: '留样送检，幼儿经医院观察后返家；送检结果未检出致病菌。',
    guardiansNotifiedAfterHours: 1,
    acknowledged: false,
    updates: [{ by: 'provider', afterHours: 48, text: '市场监管部门留样检测合格，已调整午点食谱。' }],
    close: { afterHours: 24 * 5, summary: '检测排除食物中毒，结案。' },
  },
  {
    county: '150821',
    provider: 0,
    type: 'suffocation',
    severity: 'critical',
    occurredHoursAgo: 30,
    reportedAfterHours: 1,
    children: 1,
    description: '进餐时一名幼儿被整颗葡萄卡住气道，出现呛咳、面色发紫。',
    actionsTaken: '保育员立即实施海姆立克急救法，异物排出，送县医院检查无大碍。',
    guardiansNotifiedAfterHours: 0.5,
    acknowledged: true,
    updates: [
      { by: 'county', afterHours: 6, text: '已现场核查，要求机构将圆形食物切小后供应并开展全员急救复训。' },
      { by: 'provider', afterHours: 24, text: '已完成全员海姆立克急救复训，食谱已调整。' },
    ],
  },
  {
    county: '150821',
    provider: 1,
    type: 'fall',
    severity: 'serious',
    occurredHoursAgo: 24 * 4,
    reportedAfterHours: 55,
    children: 1,
    description: '幼儿攀爬窗边矮柜时跌落，左前臂骨折。',
    actionsTaken: '送县医院打石膏固定；窗边矮柜已移除。',
    guardiansNotifiedAfterHours: 1,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150821',
    provider: 2,
    type: 'fire',
    severity: 'minor',
    occurredHoursAgo: 24 * 20,
    reportedAfterHours: 3,
    children: 0,
    description: '厨房油锅起火，厨师用灭火毯扑灭，无人员受伤。',
    actionsTaken: '按预案组织幼儿疏散至操场，用时 2 分钟；排油烟管道已清洗。',
    guardiansNotifiedAfterHours: null,
    acknowledged: false,
    updates: [{ by: 'county', afterHours: 30, text: '消防部门已复查，厨房消防设施完好。' }],
    close: { afterHours: 24 * 3, summary: '处置及时，无人员伤亡，结案。' },
  },
  {
    county: '150821',
    provider: 3,
    type: 'traffic',
    severity: 'minor',
    occurredHoursAgo: 5,
    reportedAfterHours: 1,
    children: 1,
    description: '离园时家长电动车在机构门口与另一车辆剐蹭，幼儿轻微擦伤。',
    actionsTaken: '保健员处理伤口，已提醒家长接送时为幼儿佩戴头盔。',
    guardiansNotifiedAfterHours: 0,
    acknowledged: false,
    updates: [],
  },
];

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
