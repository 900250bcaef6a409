/**
 * Demo complaints (投诉举报) in 临河区 and 五原县, one in every state: received, acknowledged,
 * assigned to a township or an officer, answered with each outcome, one overdue and escalated to
 * the city, one still with the city for triage, and one filed by the parent committee of provider 1
 * (whose committee has the `parent` demo account as a member).
 *
 * Stable tracking codes for the documentation: TS-LHDE-MX23-4ANJ (临河区, answered, 属实) and
 * TS-WYDE-MX23-4RCM (五原县, overdue and escalated).
 */
import {
  type ComplaintCategory,
  type ComplaintOutcome,
  complaintDeadlines,
  DEFAULT_SETTINGS,
  parseTrackingCode,
  SHIPPED_CALENDAR,
  trackingCodeFromBytes,
} from '@tuoyu/domain';
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';
import { encryptField } from '../platform/crypto';
import { todayInBeijing } from '../platform/time';

type Step = 'received' | 'acknowledged' | 'township' | 'officer' | 'answered';

interface DemoComplaint {
  code?: string;
  county: 'linhe' | 'wuyuan' | 'city';
  providerIndex?: number;
  providerName?: string;
  category: ComplaintCategory;
  description: string;
  mobile?: string;
  daysAgo: number;
  step: Step;
  outcome?: ComplaintOutcome;
  reply?: string;
  note?: string;
  escalated?: boolean;
  committee?: boolean;
}

const CASES: DemoComplaint[] = [
  {
    county: 'linhe',
    providerIndex: 0,
    category: 'safety',
    description: '二楼活动室窗户没有安装防护栏，孩子能爬上窗台，存在坠落风险。',
    mobile: '13604780101',
    daysAgo: 0,
    step: 'received',
  },
  {
    county: 'linhe',
    providerIndex: 1,
    category: 'health',
    description: '最近一周班里多名幼儿腹泻，机构没有告知家长，也没有消毒记录。',
    daysAgo: 1,
    step: 'acknowledged',
  },
  {
    county: 'linhe',
    providerIndex: 1,
    category: 'food',
    description: '午餐经常是前一天的剩菜，带量食谱公示与实际不符。',
    mobile: '13604780102',
    daysAgo: 3,
    step: 'township',
    note: '已请解放街道核实食谱公示情况。',
  },
  {
    code: 'LHDEMX234ANJ',
    county: 'linhe',
    providerIndex: 0,
    category: 'fees',
    description: '机构另外收取"兴趣课"费用，未在收费公示中列明，也没有开具票据。',
    mobile: '13604780103',
    daysAgo: 12,
    step: 'answered',
    outcome: 'substantiated',
    reply: '经核查，该机构确有未公示收费项目。已责令其停止收取并退还已收费用，纳入信用记录。',
  },
  {
    county: 'linhe',
    providerIndex: 1,
    category: 'service',
    description: '保育人员对孩子态度粗暴，接孩子时看到老师大声呵斥。',
    daysAgo: 16,
    step: 'answered',
    outcome: 'partly',
    reply: '调阅监控发现保育人员存在语气不当的情况，未发现体罚。已约谈机构负责人，要求开展师德培训。',
  },
  {
    county: 'linhe',
    providerIndex: 0,
    category: 'other',
    description: '机构门口接送时段车辆乱停，影响通行。',
    daysAgo: 20,
    step: 'answered',
    outcome: 'unsubstantiated',
    reply: '经现场核查，车辆停放区域不属于机构管理范围，已转交属地交警部门。',
  },
  {
    county: 'linhe',
    providerIndex: 0,
    category: 'fees',
    description: '家长委员会反映：本学期伙食费上涨三成，未召开家长会说明。',
    daysAgo: 2,
    step: 'acknowledged',
    committee: true,
  },
  {
    county: 'linhe',
    providerIndex: 2,
    category: 'safety',
    description: '消防通道堆放杂物，灭火器已过期。',
    daysAgo: 4,
    step: 'officer',
    note: '转市场监管所与消防联合检查。',
  },
  {
    county: 'wuyuan',
    providerIndex: 0,
    category: 'abuse',
    description: '孩子回家后身上有掐痕，问老师说是自己摔的。',
    mobile: '13604780201',
    daysAgo: 0,
    step: 'received',
  },
  {
    code: 'WYDEMX234RCM',
    county: 'wuyuan',
    providerIndex: 0,
    category: 'health',
    description: '机构保育人员没有健康证，厨房卫生条件差。',
    daysAgo: 30,
    step: 'acknowledged',
    escalated: true,
  },
  {
    county: 'wuyuan',
    providerIndex: 1,
    category: 'service',
    description: '实际照护人数超过公示的托位数，一个老师看十几个孩子。',
    daysAgo: 8,
    step: 'answered',
    outcome: 'substantiated',
    reply: '经核查，该机构在园幼儿超过备案托位，已责令限期整改并纳入重点监管。',
  },
  {
    county: 'city',
    providerName: '胜利路小区无名看护点',
    category: 'unlicensed',
    description: '小区居民楼内有人长期看护七八个幼儿并收费，没有任何登记备案。',
    mobile: '13604780301',
    daysAgo: 1,
    step: 'received',
  },
];

const COUNTY = { linhe: '150802', wuyuan: '150821', city: '150800' } as const;

/** The demo accounts (demo/seed.ts) that file, handle or are given the cases, by their part. */
const ACCOUNTS = {
  cityRegulator: 'city',
  linheRegulator: 'linhe',
  wuyuanRegulator: 'wuyuan',
  township: 'linhe-jiefang',
  officer: 'linhe-samr',
  parent: 'parent',
  manager: 'provider',
} as const;

export async function loadDemoComplaints(ctx: AppContext, trx: Transaction<Database>): Promise<void> {
  const users = await trx
    .selectFrom('users')
    .select(['id', 'username', 'provider_id', 'display_name'])
    .where('username', 'in', Object.values(ACCOUNTS))
    .execute();
  const uid = (name: string) => users.find((u) => u.username === name)?.id ?? null;
  const managerId = uid('provider');
  const parentId = uid('parent');
  if (!managerId || !parentId) return;
  // Provider 1 is the `provider` account's; its committee has the `parent` account as a member.
  const provider1 = users.find((u) => u.username === 'provider')?.provider_id ?? 1;
  const now = new Date().toISOString();
  const committee = await trx
    .insertInto('parent_committees')
    .values({ provider_id: provider1, name: '家长委员会（第一届）', created_by: managerId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('committee_members')
    .values({
      committee_id: committee.id,
      user_id: parentId,
      added_by: managerId,
      added_at: now,
      removed_at: null,
    })
    .execute();

  const providersOf = async (county: string) =>
    trx
      .selectFrom('providers')
      .select(['id'])
      .where('division_code', '=', county)
      .where('id', '!=', provider1)
      .orderBy('id')
      .limit(3)
      .execute();
  const pools = {
    linhe: [{ id: provider1 }, ...(await providersOf('150802'))],
    wuyuan: await providersOf('150821'),
    city: [],
  };
  const params = DEFAULT_SETTINGS;
  let n = 0;
  for (const c of CASES) {
    n++;
    const receivedMs = Date.now() - c.daysAgo * 86_400_000 - 3 * 3600_000;
    const receivedAt = new Date(receivedMs).toISOString();
    const receivedOn = todayInBeijing(receivedMs);
    const due = complaintDeadlines(receivedOn, params, SHIPPED_CALENDAR);
    const at = (hours: number) => new Date(receivedMs + hours * 3600_000).toISOString();
    const providerId = c.providerIndex !== undefined ? (pools[c.county][c.providerIndex]?.id ?? null) : null;
    const county = COUNTY[c.county];
    const acked = c.step !== 'received';
    const handler = c.county === 'wuyuan' ? uid('wuyuan') : uid('linhe');
    const answeredAt = c.step === 'answered' ? at(24 * Math.min(c.daysAgo, 6) - 1) : null;
    const code =
      c.code ?? trackingCodeFromBytes(new Uint8Array([7, n, 3, n * 2, 5, n * 3, 11, 13, n, 17, 19]));
    if (!parseTrackingCode(code).ok) throw new Error(`bad demo tracking code ${code}`);
    const row = await trx
      .insertInto('complaints')
      .values({
        tracking_code: code,
        provider_id: providerId,
        provider_name: c.providerName ?? null,
        division_code: county,
        township_code: c.step === 'township' ? '150802004' : null,
        assigned_user_id: c.step === 'officer' ? uid('linhe-samr') : null,
        category: c.category,
        description: c.description,
        anonymous: c.mobile || c.committee ? 0 : 1,
        contact_enc: c.mobile ? encryptField(ctx.keys, c.mobile) : null,
        filed_by_user_id: c.committee ? parentId : null,
        committee_id: c.committee ? committee.id : null,
        status:
          c.step === 'township' || c.step === 'officer'
            ? 'assigned'
            : c.step === 'answered'
              ? 'answered'
              : c.step,
        outcome: c.outcome ?? null,
        reply: c.reply ?? null,
        received_at: receivedAt,
        received_on: receivedOn,
        acknowledge_by: due.acknowledgeBy,
        answer_by: due.answerBy,
        acknowledged_at: acked ? at(5) : null,
        answered_at: answeredAt,
        answered_by: answeredAt ? handler : null,
        escalated_at: c.escalated ? at(24 * 22) : null,
        updated_at: answeredAt ?? receivedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const events: Insertable<Database['complaint_events']>[] = [];
    const ev = (
      kind: Database['complaint_events']['kind'],
      actor: number | null,
      text: string | null,
      t: string,
    ) => events.push({ complaint_id: row.id, kind, actor_id: actor, text, at: t });
    ev('received', c.committee ? parentId : null, null, receivedAt);
    if (acked) ev('acknowledged', handler, null, at(5));
    if (c.step === 'township') ev('assigned', handler, '分派至解放街道', at(6));
    if (c.step === 'officer')
      ev(
        'assigned',
        handler,
        `分派给${users.find((u) => u.username === 'linhe-samr')?.display_name ?? ''}`,
        at(6),
      );
    if (c.note) ev('note', handler, c.note, at(7));
    if (c.escalated) ev('escalated', null, null, at(24 * 22));
    if (answeredAt) ev('answered', handler, c.reply ?? null, answeredAt);
    for (const e of events) await trx.insertInto('complaint_events').values(e).execute();
  }
}
