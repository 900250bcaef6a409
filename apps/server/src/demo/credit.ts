/**
 * Demo blacklist and credit records (演示数据): one filed provider in 五原县 on the blacklist with
 * a realistic decision and legal basis, and a few rewards and penalties for providers and staff.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';
import { nowIso, todayInBeijing } from '../platform/time';

const dayAgo = (days: number) => todayInBeijing(Date.now() - days * 86_400_000);

export async function loadDemoCredit(_ctx: AppContext, trx: Transaction<Database>): Promise<void> {
  const user = async (username: string) =>
    (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())?.id ??
    null;
  const city = await user('city');
  const linhe = await user('linhe');
  const wuyuan = await user('wuyuan');
  if (city === null || linhe === null || wuyuan === null) return;
  const listed = (county: string) =>
    trx
      .selectFrom('providers')
      .select(['id', 'division_code'])
      .where('public', '=', 1)
      .where('division_code', '=', county)
      .orderBy('id')
      .execute();
  const lh = await listed('150802');
  const wy = await listed('150821');
  // Past the providers the incident demo uses, so the blacklisted one is not also "being followed".
  const black = wy[6] ?? wy[wy.length - 1];
  if (black) {
    await trx
      .insertInto('blacklist')
      .values({
        provider_id: black.id,
        division_code: black.division_code,
        decision:
          '该机构发生保育人员殴打幼儿事件后隐瞒不报，且经责令整改后仍拒不整改，情节严重。决定将其列入托育机构严重失信名单（黑名单），向社会公示，并依法实施联合惩戒。',
        legal_basis:
          '《中华人民共和国未成年人保护法》第二十七条、第一百二十九条；《托育机构管理规范（试行）》；《托育机构登记和备案办法（试行）》',
        decided_on: dayAgo(21),
        deciding_unit: '五原县卫生健康委员会',
        document_number: '五卫健罚〔2026〕7号',
        created_by: wuyuan,
        created_at: nowIso(),
        removed_at: null,
        removed_by: null,
        remove_reason: null,
      })
      .execute();
  }
  const staffOf = async (providerId: number | undefined) =>
    providerId === undefined
      ? undefined
      : await trx
          .selectFrom('staff')
          .select(['id', 'provider_id'])
          .where('provider_id', '=', providerId)
          .orderBy('id')
          .executeTakeFirst();
  const records: {
    p: { id: number; division_code: string } | undefined;
    staff?: boolean;
    kind: 'reward' | 'penalty';
    title: string;
    basis: string;
    days: number;
    expiresOn?: string;
    by: number;
  }[] = [
    {
      p: lh[0],
      kind: 'reward',
      title: '巴彦淖尔市示范性托育机构',
      basis: '《巴彦淖尔市托育服务示范机构评选办法》',
      days: 60,
      expiresOn: dayAgo(-3 * 365),
      by: city,
    },
    {
      p: lh[2],
      kind: 'reward',
      title: '年度“双随机”检查全部合格',
      basis: '《巴彦淖尔市托育机构信用分级分类监管办法》',
      days: 30,
      by: linhe,
    },
    {
      p: lh[1],
      kind: 'penalty',
      title: '安全事故迟报',
      basis: '《托育机构管理规范（试行）》（安全管理）',
      days: 2,
      expiresOn: dayAgo(-365),
      by: linhe,
    },
    {
      p: lh[1],
      staff: true,
      kind: 'penalty',
      title: '违规将开水放置在幼儿可触及处致幼儿烫伤',
      basis: '《托育机构婴幼儿伤害预防指南（试行）》',
      days: 2,
      expiresOn: dayAgo(-365),
      by: linhe,
    },
    {
      p: black,
      kind: 'penalty',
      title: '列入托育机构严重失信名单',
      basis: '《中华人民共和国未成年人保护法》第一百二十九条',
      days: 21,
      by: wuyuan,
    },
    {
      p: wy[0],
      staff: true,
      kind: 'reward',
      title: '成功实施海姆立克急救，避免幼儿窒息',
      basis: '《五原县托育从业人员守信激励办法》',
      days: 1,
      by: wuyuan,
    },
    {
      p: wy[2],
      kind: 'penalty',
      title: '晨午检记录不全（已整改）',
      basis: '《托育机构保育指导大纲（试行）》',
      days: 400,
      expiresOn: dayAgo(35),
      by: wuyuan,
    },
  ];
  for (const r of records) {
    if (!r.p) continue;
    const staff = r.staff ? await staffOf(r.p.id) : undefined;
    if (r.staff && !staff) continue;
    await trx
      .insertInto('credit_records')
      .values({
        subject_type: staff ? 'person' : 'provider',
        provider_id: r.p.id,
        staff_id: staff?.id ?? null,
        division_code: r.p.division_code,
        kind: r.kind,
        title: r.title,
        basis: r.basis,
        decided_on: dayAgo(r.days),
        expires_on: r.expiresOn ?? null,
        created_by: r.by,
        created_at: nowIso(),
      })
      .execute();
  }
}
