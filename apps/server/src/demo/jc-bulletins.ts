/**
 * Demo data of the joint conference's registers and bulletins (issue 12 items 1 and 6): 12 experts of
 * the expert committee, 10 filed providers in the industry association, and the 2026 January–November
 * progress bulletin issued on 2026-11-30 with a public summary, signed for by 11 of the 18 units. Its
 * figures come from whatever jc tasks exist when it runs (demo/jc.ts runs first): zero when none.
 */
import type { JcAssociationRole, JcExpertField } from '@tuoyu/domain';
import { maskMobile } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { issueWithin } from '../modules/jc-bulletins/issue';
import { acknowledge, insertBulletin } from '../modules/jc-bulletins/queries';
import type { AppContext } from '../platform/context';
import { encryptField } from '../platform/crypto';
import { beijingInstant, nowIso, todayInBeijing } from '../platform/time';

const EXPERTS: [string, JcExpertField, string, string][] = [
  ['高建华', 'pediatrics', '巴彦淖尔市医院', '儿科主任医师'],
  ['刘春梅', 'pediatrics', '巴彦淖尔市妇幼保健院', '儿童保健科副主任医师'],
  ['张晓燕', 'childcare', '巴彦淖尔市第一幼儿园', '园长、高级教师'],
  ['王丽娟', 'childcare', '河套学院教育学院', '学前教育副教授'],
  ['李慧', 'nutrition', '巴彦淖尔市疾病预防控制中心', '营养与食品卫生主管医师'],
  ['赵敏', 'nutrition', '临河区妇幼保健计划生育服务中心', '注册营养师'],
  ['孙静', 'psychology', '巴彦淖尔市第四人民医院', '心理治疗师'],
  ['周立新', 'psychology', '河套学院心理健康教育中心', '副教授'],
  ['吴海军', 'safety', '巴彦淖尔市消防救援支队', '防火监督科科长'],
  ['郑晓东', 'safety', '巴彦淖尔市应急管理局', '安全生产专家'],
  ['冯雅琴', 'law', '内蒙古河套律师事务所', '律师、合伙人'],
  ['陈志刚', 'law', '巴彦淖尔市司法局', '法律顾问'],
];

const ROLES: JcAssociationRole[] = [
  'president',
  'vice_president',
  'vice_president',
  'council',
  'council',
  'council',
  'member',
  'member',
  'member',
  'member',
];

/** The units that signed for the bulletin (11 of 18), the others not yet. */
const SIGNED = [
  'health',
  'edu',
  'civil',
  'hrss',
  'finance',
  'samr',
  'fire',
  'women',
  'housing',
  'fgw',
  'union',
];

const BODY = [
  '2026年以来，各成员单位按照《巴彦淖尔市促进3岁以下婴幼儿照护服务发展实施方案》和联席会议议定事项，扎实推进托育服务体系建设，普惠托位供给持续扩大，托育机构备案、监管和安全工作有序开展。',
  '从督办任务办理情况看，多数牵头单位能够按期反馈进展、按时办结；个别任务存在进展滞后、逾期未办结的情况，相关单位要对照时限查找原因，逐项明确整改措施和完成时间。',
  '下一步，各成员单位要进一步压实责任，加强协同配合，对逾期任务实行周调度，确保年底前完成全年目标任务。联席会议办公室将持续跟踪督办，并将办理情况纳入年度督查考核。',
].join('\n\n');

const SUMMARY =
  '2026年1—11月，联席会议各成员单位协同推进托育服务工作，普惠托位持续增加，托育机构备案和安全监管有序开展。联席会议办公室对议定事项实行台账管理、红黄绿灯督办，多数任务按期办结，逾期任务已明确整改时限。';

export async function seedJcBulletins(ctx: AppContext, trx: Transaction<Database>): Promise<void> {
  const at = nowIso();
  await trx
    .insertInto('jc_experts')
    .values(
      EXPERTS.map(([name, field, employer, title], i) => {
        const mobile = `139478${String(20010 + i).padStart(5, '0')}`;
        return {
          name,
          field,
          employer,
          title,
          mobile_enc: encryptField(ctx.keys, mobile),
          mobile_masked: maskMobile(mobile),
          appointed_from: '2026-03-01',
          appointed_to: '2029-02-28',
          active: 1,
          created_at: at,
          updated_at: at,
        };
      }),
    )
    .execute();

  const providers = await trx
    .selectFrom('providers as p')
    .innerJoin('filings as f', 'f.provider_id', 'p.id')
    .select('p.id')
    .where('f.status', '=', 'filed')
    .orderBy('p.id')
    .limit(ROLES.length)
    .execute();
  if (providers.length)
    await trx
      .insertInto('jc_association_members')
      .values(
        providers.map((p, i) => ({
          provider_id: p.id,
          joined_on: i < 6 ? '2025-09-16' : '2026-05-20',
          role: ROLES[i] ?? 'member',
          active: 1,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();

  await issueDemoBulletin(ctx, trx);
}

async function issueDemoBulletin(ctx: AppContext, trx: Transaction<Database>) {
  const office = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'jcoffice')
    .executeTakeFirst();
  if (!office) return;
  const at = nowIso();
  const id = await insertBulletin(trx, {
    title: '2026年1—11月全市托育服务工作进展通报',
    period_from: '2026-01-01',
    period_to: '2026-11-30',
    body: BODY,
    status: 'draft',
    is_public: 0,
    created_by: office.id,
    created_at: at,
    updated_at: at,
  });
  const today = todayInBeijing();
  const issuedOn = today < '2026-11-30' ? today : '2026-11-30';
  const actor = {
    actorId: office.id,
    actorUsername: 'jcoffice',
    actorRole: 'jc_office',
    requestId: null,
    ip: null,
  };
  await issueWithin(trx, ctx.keys, actor, office.id, id, { issuedOn, publicSummary: SUMMARY }, today);
  await trx
    .updateTable('jc_bulletins')
    .set({ issued_at: beijingInstant(issuedOn, '16:30') })
    .where('id', '=', id)
    .execute();
  const users = await trx
    .selectFrom('users')
    .select(['id', 'unit'])
    .where('role', '=', 'department_officer')
    .where('username', 'like', 'jc-%')
    .execute();
  for (const [i, unit] of SIGNED.entries()) {
    const user = users.find((u) => u.unit === unit);
    if (!user) continue;
    // Signed over the following days, a few minutes apart, never after now.
    const day = i < 6 ? '2026-12-01' : '2026-12-02';
    const when = beijingInstant(day, `09:${String(10 + i * 4).padStart(2, '0')}`);
    await acknowledge(trx, id, unit, user.id, [when, at].sort()[0] ?? at);
  }
}
