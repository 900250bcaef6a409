/**
 * Demo data, loaded once in demo mode only (`npm run demo`): the demo accounts of the README,
 * all with the password below. Never runs in production start.
 */
import type { Role } from '@tuoyu/contracts';
import { insertUser } from '../modules/users/queries';
import { recordAudit } from '../platform/audit';
import { DEMO_PASSWORD } from '../platform/auth/password-policy';
import { hashPassword } from '../platform/auth/passwords';
import type { AppContext } from '../platform/context';
import { encryptField, lookupHash } from '../platform/crypto';
import { nowIso, todayInBeijing } from '../platform/time';
import { seedChildHealth } from './child-health';
import { seedJointConference } from './jc';
import { seedJcAssessment } from './jc-assessment';
import { seedJcBulletins } from './jc-bulletins';
import { seedJcPlan } from './jc-plan';
import { loadDemoProviders } from './providers';
import { loadDemoSupervision } from './supervision';

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  divisionCode: string;
  unit?: string;
  mobile?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', role: 'sysadmin', divisionCode: '150800' },
  {
    username: 'city',
    displayName: '市卫健委 王主任',
    role: 'city_regulator',
    divisionCode: '150800',
    unit: 'health',
    mobile: '13904780001',
  },
  {
    username: 'linhe',
    displayName: '临河区卫健委 李科长',
    role: 'county_regulator',
    divisionCode: '150802',
    unit: 'health',
    mobile: '13904780002',
  },
  {
    username: 'wuyuan',
    displayName: '五原县卫健委 张科长',
    role: 'county_regulator',
    divisionCode: '150821',
    unit: 'health',
    mobile: '13904780003',
  },
  {
    username: 'linhe-samr',
    displayName: '临河区市场监管局 赵科员',
    role: 'department_officer',
    divisionCode: '150802',
    unit: 'samr',
  },
  {
    username: 'linhe-civil',
    displayName: '临河区民政局 钱科员',
    role: 'department_officer',
    divisionCode: '150802',
    unit: 'civil',
  },
  {
    username: 'linhe-edu',
    displayName: '临河区教育局 孙科员',
    role: 'department_officer',
    divisionCode: '150802',
    unit: 'edu',
  },
  {
    username: 'linhe-bianban',
    displayName: '临河区委编办 周科员',
    role: 'department_officer',
    divisionCode: '150802',
    unit: 'bianban',
  },
  {
    username: 'linhe-jiefang',
    displayName: '解放街道 吴干事',
    role: 'township_officer',
    divisionCode: '150802004',
  },
  // Inspectors (监督检查人员) for "双随机" draws: health commission supervisors and, for joint checks
  // (进一次门、查多项事), fire, police and market-regulation officers.
  ...(
    [
      ['linhe-insp1', '临河区卫健监督 陈检查员', '150802', 'health'],
      ['linhe-insp2', '临河区卫健监督 林检查员', '150802', 'health'],
      ['linhe-insp3', '临河区消防救援大队 何检查员', '150802', 'fire'],
      ['linhe-insp4', '临河区市场监管局 罗检查员', '150802', 'samr'],
      ['wuyuan-insp1', '五原县卫健监督 高检查员', '150821', 'health'],
      ['wuyuan-insp2', '五原县消防救援大队 梁检查员', '150821', 'fire'],
      ['wuyuan-insp3', '五原县公安局 宋检查员', '150821', 'police'],
    ] as const
  ).map(([username, displayName, divisionCode, unit]) => ({
    username,
    displayName,
    role: 'department_officer' as const,
    divisionCode,
    unit,
  })),
  {
    username: 'jcoffice',
    displayName: '联席会议办公室 郑干事',
    role: 'jc_office',
    divisionCode: '150800',
    unit: 'health',
  },
  // The joint conference (issue 12): each of the 18 member units acts through a city-level
  // department account (jc-<unit code>); the convener (召集人) reads all and approves.
  ...(
    [
      ['bianban', '市委编办'],
      ['fgw', '市发展改革委'],
      ['edu', '市教育局'],
      ['police', '市公安局'],
      ['civil', '市民政局'],
      ['finance', '市财政局'],
      ['hrss', '市人社局'],
      ['nr', '市自然资源局'],
      ['housing', '市住建局'],
      ['health', '市卫生健康委'],
      ['emergency', '市应急管理局'],
      ['tax', '市税务局'],
      ['samr', '市市场监督管理局'],
      ['union', '市总工会'],
      ['youth', '团市委'],
      ['women', '市妇联'],
      ['fire', '市消防救援支队'],
      ['fp', '市计划生育协会'],
    ] as const
  ).map(([unit, short]) => ({
    username: `jc-${unit}`,
    displayName: `${short} 联席会议联络员`,
    role: 'department_officer' as const,
    divisionCode: '150800',
    unit,
  })),
  {
    username: 'convener',
    displayName: '联席会议召集人 王副市长',
    role: 'jc_convener',
    divisionCode: '150800',
    unit: 'health',
  },
  {
    username: 'linhe-hc',
    displayName: '临河区解放街道社区卫生服务中心 马医生',
    role: 'health_worker',
    divisionCode: '150802004',
    unit: 'health',
  },
  {
    username: 'wuyuan-hc',
    displayName: '五原县隆兴昌镇卫生院 高医生',
    role: 'health_worker',
    divisionCode: '150821100',
    unit: 'health',
  },
  {
    username: 'parent',
    displayName: '家长 刘女士',
    role: 'parent',
    divisionCode: '150800',
    mobile: '13804780010',
  },
  ...[2, 3, 4, 5].map((n) => ({
    username: `parent${n}`,
    displayName: `家长 ${n}`,
    role: 'parent' as const,
    divisionCode: '150800',
    mobile: `1380478001${n}`,
  })),
];

/** Loads the demo data unless it is already there; returns whether it loaded anything. */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  const done = await ctx.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'demo_seeded')
    .executeTakeFirst();
  if (done) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    for (const a of DEMO_ACCOUNTS) {
      await insertUser(trx, {
        username: a.username,
        display_name: a.displayName,
        mobile_enc: a.mobile ? encryptField(ctx.keys, a.mobile) : null,
        mobile_hash: a.mobile ? lookupHash(ctx.keys, a.mobile) : null,
        role: a.role,
        division_code: a.divisionCode,
        unit: a.unit ?? null,
        status: 'active',
        password_hash: hash,
        must_change_password: 0,
        failed_logins: 0,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      });
    }
    const providers = await loadDemoProviders(ctx, trx, 'city', { passwordHash: hash });
    await loadDemoSupervision(ctx, trx);
    // The city's child-health register (issue 11): every child under 3, check-ups and the I-2 sums.
    const health = await seedChildHealth(ctx, trx, todayInBeijing());
    // The joint conference's year (issue 12): its people, meetings, minutes and tracked tasks.
    const jc = await seedJointConference(ctx, trx, todayInBeijing());
    // The joint conference's registers and its bulletin (after demo/jc.ts: it counts those tasks).
    await seedJcBulletins(ctx, trx);
    await seedJcPlan(trx, todayInBeijing(), hash);
    await trx.insertInto('meta').values({ key: 'demo_seeded', value: now }).execute();
    await recordAudit(
      trx,
      ctx.keys,
      { actorId: null, actorUsername: 'system', actorRole: null, requestId: null, ip: null },
      {
        action: 'demo.seed',
        entityType: 'system',
        changes: {
          accounts: DEMO_ACCOUNTS.length + 2,
          providers: providers.length,
          healthChildren: health.children,
          jcTasks: jc.tasks,
        },
      },
    );
  });
  await seedJcAssessment(ctx); // last: it reads what the transaction above wrote
  return true;
}
