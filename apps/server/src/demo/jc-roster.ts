/**
 * The joint conference's people in the demo (annex 二): the convener (the vice-mayor in charge), the
 * deputy (the health commission's head), the office director, and for each of the 18 member units its
 * member (分管负责同志) and liaison (联络员); two units changed their liaison this year, and 市人社局
 * has a change waiting for the office.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';
import { encryptField } from '../platform/crypto';
import { nowIso } from '../platform/time';

/** Unit code, member's name and title, liaison's name and title. */
const UNITS: [string, string, string, string, string][] = [
  ['bianban', '高文军', '市委编办副主任', '张丽', '事业单位管理科科长'],
  ['fgw', '王志强', '市发展改革委副主任', '李娜', '社会发展科科长'],
  ['edu', '刘海峰', '市教育局副局长', '赵文静', '学前教育科科长'],
  ['police', '孙立新', '市公安局副局长', '周涛', '治安管理支队副支队长'],
  ['civil', '陈桂兰', '市民政局副局长', '吴静', '社会事务科科长'],
  ['finance', '郑国庆', '市财政局副局长', '冯雪', '社会保障科科长'],
  ['hrss', '韩宝军', '市人社局副局长', '何婷', '职业能力建设科科长'],
  ['nr', '曹振宇', '市自然资源局副局长', '许亮', '国土空间规划科科长'],
  ['housing', '邓晓东', '市住建局副局长', '彭飞', '城市建设科科长'],
  ['health', '杜红梅', '市卫生健康委副主任', '苏晓燕', '人口家庭科科长'],
  ['emergency', '蒋永平', '市应急管理局副局长', '卢建', '综合减灾科科长'],
  ['tax', '萧文杰', '市税务局副局长', '程琳', '税收政策科科长'],
  ['samr', '罗建国', '市市场监督管理局副局长', '丁磊', '登记注册科科长'],
  ['union', '任秀英', '市总工会副主席', '姚佳', '女职工部部长'],
  ['youth', '白雪松', '团市委副书记', '崔宁', '青少年发展部部长'],
  ['women', '秦玉兰', '市妇联副主席', '贾慧', '家庭和儿童工作部部长'],
  ['fire', '潘志刚', '市消防救援支队副支队长', '夏明', '防火监督处处长'],
  ['fp', '田淑芬', '市计划生育协会副会长', '马兰', '组织宣传部部长'],
];

const mobile = (n: number) => `139047${String(81000 + n).padStart(5, '0')}`;

export async function seedJcRoster(ctx: AppContext, trx: Transaction<Database>, year: number) {
  const at = nowIso();
  const start = `${year - 1}-04-01`;
  const row = (
    unit: string,
    position: Database['jc_members']['position'],
    n: number,
    name: string,
    title: string,
    from = start,
    to: string | null = null,
  ) => ({
    unit_code: unit,
    position,
    name,
    title,
    mobile_enc: encryptField(ctx.keys, mobile(n)),
    from_on: from,
    to_on: to,
    created_at: at,
  });
  const rows = [
    row('health', 'convener', 1, '王建平', '巴彦淖尔市人民政府副市长'),
    row('health', 'deputy', 2, '李文斌', '市卫生健康委主任'),
    row('health', 'director', 3, '杜红梅', '市卫生健康委副主任（兼联席会议办公室主任）'),
  ];
  for (const [i, [unit, member, memberTitle, liaison, liaisonTitle]] of UNITS.entries()) {
    rows.push(row(unit, 'member', 10 + i, member, memberTitle));
    // 市教育局 and 市民政局 changed their liaison in the summer (annex 四: confirmed by the office).
    if (unit === 'edu' || unit === 'civil') {
      rows.push(
        row(unit, 'liaison', 40 + i, unit === 'edu' ? '钱宏' : '葛芳', liaisonTitle, start, `${year}-06-30`),
      );
      rows.push(row(unit, 'liaison', 70 + i, liaison, liaisonTitle, `${year}-07-01`));
    } else rows.push(row(unit, 'liaison', 70 + i, liaison, liaisonTitle));
  }
  await trx.insertInto('jc_members').values(rows).execute();
  const hrss = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'jc-hrss')
    .executeTakeFirst();
  if (hrss)
    await trx
      .insertInto('jc_member_proposals')
      .values({
        unit_code: 'hrss',
        position: 'liaison',
        name: '梁思远',
        title: '职业能力建设科副科长',
        mobile_enc: encryptField(ctx.keys, mobile(99)),
        from_on: `${year}-12-15`,
        reason: '原联络员何婷同志岗位调整',
        status: 'pending',
        decision_reason: null,
        proposed_by: hrss.id,
        decided_by: null,
        created_at: at,
        decided_at: null,
      })
      .execute();
  return rows.length;
}
