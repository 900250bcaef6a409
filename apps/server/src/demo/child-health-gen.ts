/**
 * The city's child-health register as demo data (issue 11), generated without I/O: every child
 * born in the cohorts before today, spread over the townships by the county's births (census
 * 2020, est. age 0), with guardians, a newborn visit for most and the 4-2-2 check-ups — regular
 * families near the due date, a county's share of irregular ones (more in the pastoral banners)
 * missing some — measurements drawn from the WHO tables (z ~ N(0,1), a few outliers), Hb at 6/18/30
 * months, family-doctor contracts and the vaccination status.
 */
import {
  addDays,
  addMonths,
  CHECKUP_AGES,
  type CheckupKind,
  type DevelopmentResult,
  type GrowthFlag,
  growthFlags,
  valueAtZ,
  zScores,
} from '@tuoyu/domain';
import type { rng } from './rng';
import { SURNAMES } from './staff';

type Rng = ReturnType<typeof rng>;

/**
 * Births by county (七普 est. population aged 0) and how regularly its families come: the share of
 * irregular families and the chance a regular one comes inside the window. The pastoral banners
 * (乌拉特中旗, 乌拉特后旗) come less regularly and stay under the 92 % target.
 */
export const HEALTH_COUNTIES = [
  { code: '150802', births: 4658, irregular: 0.012, regular: 0.997 },
  { code: '150821', births: 1484, irregular: 0.015, regular: 0.996 },
  { code: '150822', births: 487, irregular: 0.03, regular: 0.99 },
  { code: '150823', births: 1573, irregular: 0.035, regular: 0.988 },
  { code: '150824', births: 707, irregular: 0.09, regular: 0.975 },
  { code: '150825', births: 437, irregular: 0.11, regular: 0.97 },
  { code: '150826', births: 1479, irregular: 0.025, regular: 0.992 },
] as const;

/** The demo parent (`parent`, 13804780010): mother of two children in 临河区解放街道, linkable by these numbers. */
export const DEMO_PARENT_MOBILE = '13804780010';
export const DEMO_PARENT_CHILDREN = [
  { birthCertificateNo: 'Q150000001', name: '王一诺', sex: 'female', ageDays: 430 },
  { birthCertificateNo: 'Q150000002', name: '王浩宇', sex: 'male', ageDays: 975 },
] as const;
export const DEMO_PARENT_TOWNSHIP = '150802004';
const DEMO_PARENT_SPOUSE = { name: '王建华', relation: '父亲', mobile: '13904785566' };

export interface Township {
  code: string;
  /** The health worker who records its check-ups (社区卫生服务中心 / 卫生院). */
  recorder: string;
}

export interface GenVisit {
  kind: CheckupKind;
  ageMonths: number | null;
  date: string;
  data: Record<string, unknown>;
  flags: string;
}

export interface GenChild {
  divisionCode: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  birthCert: string | null;
  hasResidentId: boolean;
  guardians: { name: string; relation: string; mobile: string }[];
  status: 'active' | 'moved_out' | 'died';
  statusOn: string | null;
  statusReason: string | null;
  /** Sorted by date. */
  visits: GenVisit[];
  fd: { team: string; doctor: string; signedOn: string; validUntil: string } | null;
  vaccination: { upToDate: number; confirmedOn: string } | null;
  recorder: string;
}

const GIVEN_F = [
  '梓萱',
  '一诺',
  '欣怡',
  '若汐',
  '语桐',
  '诗涵',
  '雨萱',
  '可馨',
  '思琪',
  '乐瑶',
  '安然',
  '紫涵',
];
const GIVEN_M = [
  '浩宇',
  '宇轩',
  '沐宸',
  '子墨',
  '明轩',
  '思远',
  '嘉懿',
  '俊熙',
  '博文',
  '星辰',
  '奕辰',
  '天佑',
];
const ADULT_F = ['秀兰', '海燕', '丽娟', '晓红', '春梅', '玉珍', '婷婷', '慧敏', '佳丽', '雪梅'];
const ADULT_M = ['建华', '志强', '海军', '永刚', '国庆', '晓东', '伟', '磊', '军', '鹏'];
const FEEDING = ['纯母乳喂养', '混合喂养', '人工喂养'];
const GUIDANCE = [
  '合理喂养，按时添加辅食；注意补充维生素D',
  '鼓励亲子阅读和户外活动，预防意外伤害',
  '注意口腔保健，定期复查；按时接种疫苗',
  '均衡膳食，控制甜食；培养规律作息',
];

/** Standard normal (Box–Muller) from the demo's generator. */
export function normal(r: Rng): number {
  const u = Math.max(r.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const dayDiff = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000;

/** A mobile number that is never one of the demo accounts' (1380478001x). */
export function demoMobile(r: Rng): string {
  for (;;) {
    const m = `1${r.pick(['3', '5', '8'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
    if (!m.startsWith('138047800')) return m;
  }
}

/** 出生医学证明编号 masked for lists: the letter, five stars, the last four digits. */
export const maskBirthCert = (no: string) => `${no.slice(0, 1)}*****${no.slice(-4)}`;

/** One child's growth: its own z for length and weight (correlated), a few outliers. */
function growthProfile(r: Rng) {
  const zL = normal(r) * 0.9 - (r.next() < 0.012 ? 2.4 : 0);
  const zW = 0.8 * zL + 0.45 * normal(r) - (r.next() < 0.015 ? 2.3 : 0);
  const zH = normal(r) * 0.9;
  const anaemic = r.next() < 0.015;
  return { zL, zW, zH, anaemic };
}

function measure(
  r: Rng,
  c: { sex: 'male' | 'female'; birthDate: string },
  g: ReturnType<typeof growthProfile>,
  kind: CheckupKind,
  ageMonths: number | null,
  date: string,
): { data: Record<string, unknown>; flags: GrowthFlag[] } {
  const ageDays = dayDiff(date, c.birthDate);
  const months = ageDays / 30.4375;
  const at = (table: 'weightForAge' | 'lengthForAge' | 'heightForAge' | 'headForAge', z: number) =>
    valueAtZ(table, c.sex, months, z) ?? 0;
  const weightKg = Math.round(at('weightForAge', g.zW + normal(r) * 0.15) * 100) / 100;
  const lengthCm =
    Math.round(at(ageDays < 731 ? 'lengthForAge' : 'heightForAge', g.zL + normal(r) * 0.1) * 10) / 10;
  const headCm = Math.round(at('headForAge', g.zH + normal(r) * 0.1) * 10) / 10;
  const hemoglobinGL =
    ageMonths === 6 || ageMonths === 18 || ageMonths === 30
      ? Math.round(g.anaemic ? 96 + r.next() * 12 : clamp(124 + normal(r) * 7, 100, 150))
      : undefined;
  const z = zScores(c.sex, ageDays, { weightKg, lengthCm, headCm });
  const flags = growthFlags(z, ageDays, hemoglobinGL);
  const x = r.next();
  const development: DevelopmentResult = x < 0.96 ? 'normal' : x < 0.99 ? 'suspect' : 'abnormal';
  const data = {
    weightKg,
    lengthCm,
    headCm,
    hemoglobinGL: hemoglobinGL ?? null,
    development: kind === 'scheduled' ? development : null,
    feeding: months < 6 ? r.pick(FEEDING) : months < 12 ? '母乳/配方奶+辅食' : '普通膳食',
    guidance: r.pick(GUIDANCE),
    referral: flags.length && r.next() < 0.5 ? '转诊至市妇幼保健院儿童保健科' : '',
    notes: '',
    zScores: { ...z, headForAge: z.headForAge ?? null },
  };
  return { data, flags };
}

/**
 * A scheduled check-up's date: for most on or just after the appointment near the due date, for
 * some anywhere in the window, outside it for a few, or none.
 */
function checkupDate(r: Rng, due: string, comes: number): string | null {
  if (r.next() < comes)
    return addDays(due, r.next() < 0.75 ? Math.round(clamp(1 + normal(r) * 3, -28, 28)) : r.int(-20, 25));
  return r.next() < 0.4 ? addDays(due, r.int(32, 55)) : null;
}

export interface ChildPlan {
  county: (typeof HEALTH_COUNTIES)[number];
  countyIndex: number;
  township: Township;
  today: string;
  /** Days before today a birth may be (the cohorts). */
  spanDays: number;
  fixed?: { name: string; sex: 'male' | 'female'; ageDays: number; birthCert: string; mobile: string };
}

/** One child of the register, generated from the demo's generator. */
export function generateChild(r: Rng, p: ChildPlan, certSerial: number): GenChild {
  const { today, fixed } = p;
  const sex = fixed?.sex ?? (r.next() < 0.515 ? 'male' : 'female');
  const surname = fixed ? '王' : r.pick(SURNAMES);
  const birthDate = addDays(today, -(fixed?.ageDays ?? r.int(0, p.spanDays - 1)));
  const irregular = !fixed && r.next() < p.county.irregular;
  const comes = fixed ? 1 : irregular ? 0.35 : p.county.regular;
  const roll = fixed ? 1 : r.next();
  const status = roll < 0.015 ? 'moved_out' : roll < 0.017 ? 'died' : 'active';
  const statusOn =
    status === 'active' ? null : addDays(birthDate, Math.floor(dayDiff(today, birthDate) * r.next()));
  const until = statusOn ?? today;
  const g = growthProfile(r);
  const child = { sex, birthDate } as const;
  const visits: GenVisit[] = [];
  const add = (kind: CheckupKind, ageMonths: number | null, date: string | null) => {
    if (date === null || date > until || date < birthDate) return;
    const m = measure(r, child, g, kind, ageMonths, date);
    visits.push({ kind, ageMonths, date, data: m.data, flags: m.flags.join(',') });
  };
  const nv = fixed ? 0 : r.next();
  add(
    'newborn_visit',
    null,
    nv < 0.965 ? addDays(birthDate, r.int(3, 10)) : nv < 0.98 ? addDays(birthDate, r.int(30, 45)) : null,
  );
  if (r.next() < 0.6) add('month_1', null, addDays(birthDate, r.int(29, 38)));
  for (const m of CHECKUP_AGES) add('scheduled', m, checkupDate(r, addMonths(birthDate, m), comes));
  visits.sort((a, b) => a.date.localeCompare(b.date));

  const father = fixed
    ? DEMO_PARENT_SPOUSE
    : { name: `${surname}${r.pick(ADULT_M)}`, relation: '父亲', mobile: demoMobile(r) };
  const mother = fixed
    ? { name: '刘女士', relation: '母亲', mobile: fixed.mobile }
    : { name: `${r.pick(SURNAMES)}${r.pick(ADULT_F)}`, relation: '母亲', mobile: demoMobile(r) };
  const gx = r.next();
  const guardians =
    fixed || gx < 0.75
      ? [mother, father]
      : gx < 0.95
        ? [mother]
        : [{ name: `${surname}${r.pick(ADULT_F)}`, relation: '祖母', mobile: demoMobile(r) }];
  const signedOn = [addDays(today, -r.int(0, 500)), birthDate].sort()[1] as string;
  const fd =
    fixed || r.next() < 0.7
      ? {
          team: `${p.township.recorder.split(' ')[0]}家庭医生团队${r.int(1, 6)}`,
          doctor: `${r.pick(SURNAMES)}医生`,
          signedOn,
          validUntil: addDays(signedOn, 364),
        }
      : null;
  const vx = r.next();
  const confirmedOn = [addDays(today, -r.int(0, 90)), birthDate].sort()[1] as string;
  return {
    divisionCode: p.township.code,
    name: fixed?.name ?? `${surname}${r.pick(sex === 'male' ? GIVEN_M : GIVEN_F)}`,
    sex,
    birthDate,
    birthCert:
      fixed?.birthCert ?? (r.next() < 0.98 ? certNumber(birthDate, p.countyIndex, certSerial) : null),
    hasResidentId: !!fixed || r.next() < 0.85,
    guardians,
    status,
    statusOn,
    statusReason: status === 'moved_out' ? '随父母迁出本市' : status === 'died' ? '因病死亡' : null,
    visits,
    fd,
    vaccination:
      fixed || vx < 0.94 ? { upToDate: 1, confirmedOn } : vx < 0.98 ? { upToDate: 0, confirmedOn } : null,
    recorder: p.township.recorder,
  };
}

/**
 * A letter by birth year and 9 digits: 15, the county's digit (1–7; 0 is the demo parent's), a
 * serial of 6 per county — unique in the register.
 */
function certNumber(birthDate: string, countyIndex: number, serial: number): string {
  const letter = 'NPQRST'[Number(birthDate.slice(0, 4)) % 6] ?? 'Q';
  return `${letter}15${countyIndex + 1}${String(serial % 1_000_000).padStart(6, '0')}`;
}
