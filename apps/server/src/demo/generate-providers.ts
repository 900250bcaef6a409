/**
 * Deterministic demo providers (演示数据) at a named scale: `city` ≈ 130 providers over the 7
 * counties in proportion to population, every kind, names that follow the plan's name rule,
 * plausible classes, fees and locations near each county seat, the city at ≈ 3.2 places per 1,000
 * (below the target of 4, so the gap shows), and some in every filing state. `province` ≈ 10,000
 * providers for benchmarks. Pure: the same seed always gives the same records.
 */
import type { FilingData } from '@tuoyu/contracts';
import {
  type ClassType,
  type FilingState,
  makeCreditCode,
  minCarers,
  type ProviderKind,
  requiredDocuments,
  runFilingChecks,
  type ServiceForm,
} from '@tuoyu/domain';

export const SCALES = { city: 130, province: 10_000 } as const;
export type Scale = keyof typeof SCALES;

/** County seats (approximate WGS-84) and 2020 census populations: where providers cluster. */
export const COUNTIES = [
  { code: '150802', name: '临河区', lat: 40.757, lng: 107.417, pop: 582_206 },
  { code: '150821', name: '五原县', lat: 41.088, lng: 108.267, pop: 224_809 },
  { code: '150822', name: '磴口县', lat: 40.331, lng: 107.018, pop: 90_196 },
  { code: '150823', name: '乌拉特前旗', lat: 40.737, lng: 108.652, pop: 257_826 },
  { code: '150824', name: '乌拉特中旗', lat: 41.567, lng: 108.516, pop: 112_159 },
  { code: '150825', name: '乌拉特后旗', lat: 41.084, lng: 107.074, pop: 53_946 },
  { code: '150826', name: '杭锦后旗', lat: 40.886, lng: 107.151, pop: 217_573 },
] as const;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return { next, int, pick };
}

export interface DemoProvider {
  name: string;
  creditCode: string;
  legalForm: 'public_institution' | 'social_service' | 'enterprise';
  kind: ProviderKind;
  divisionCode: string;
  townshipCode: string;
  address: string;
  serviceForms: ServiceForm[];
  legalRepresentative: string;
  contactPhone: string;
  registeredByUnit: string;
  status: FilingState;
  /** Days before "now" of registration, submission, filing. */
  registeredDaysAgo: number;
  submittedDaysAgo: number | null;
  filedDaysAgo: number | null;
  data: FilingData;
  enrolled: number;
  returnReason: string | null;
}

const BRANDS = [
  '小太阳',
  '向日葵',
  '小橡树',
  '彩虹',
  '童心',
  '爱心',
  '启航',
  '好孩子',
  '小星星',
  '金色摇篮',
  '蒲公英',
  '小海豚',
  '河套',
  '阳光宝贝',
  '春苗',
  '乐育',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '胡', '郭'];
const STREETS = [
  '胜利路',
  '新华街',
  '解放西街',
  '建设路',
  '团结路',
  '临狼路',
  '五一街',
  '朔方路',
  '光明街',
  '河套大街',
];
const EMPLOYERS = ['河套酒业', '巴彦淖尔供电公司', '市第一医院', '金川集团', '蒙牛乳业', '农垦集团'];
const HOSPITALS = ['市妇幼保健院', '区人民医院', '县中医医院', '旗妇幼保健计划生育服务中心'];

const FORM_WORD: Record<ServiceForm, string> = {
  full_day: '全日托',
  half_day: '半日托',
  hourly: '计时托',
  temporary: '临时托',
};

/** Monthly 保育费 for full-day care, in yuan, by class type (demo ranges). */
const MONTHLY_FEE: Record<ClassType, [number, number]> = {
  infant: [1700, 2600],
  toddler_young: [1500, 2300],
  toddler_older: [1300, 2000],
  mixed: [1300, 2000],
  family: [1200, 1800],
};

/** The guided fee ceilings of the demo city (yuan per month, full day; half day 60 %). */
export const DEMO_FEE_CEILINGS: { classType: ClassType; serviceForm: ServiceForm; maxMonthlyFen: number }[] =
  [
    ['infant', 1800],
    ['toddler_young', 1600],
    ['toddler_older', 1500],
    ['mixed', 1500],
  ].flatMap(([t, y]) => [
    { classType: t as ClassType, serviceForm: 'full_day' as ServiceForm, maxMonthlyFen: Number(y) * 100 },
    {
      classType: t as ClassType,
      serviceForm: 'half_day' as ServiceForm,
      maxMonthlyFen: Math.round(Number(y) * 0.6) * 100,
    },
  ]);

const KIND_WEIGHTS: [ProviderKind, number][] = [
  ['institution', 0.55],
  ['kindergarten_class', 0.2],
  ['family_point', 0.1],
  ['employer', 0.08],
  ['medical', 0.07],
];

const STATUS_WEIGHTS: [FilingState, number][] = [
  ['filed', 0.76],
  ['submitted', 0.08],
  ['returned', 0.04],
  ['draft', 0.05],
  ['change_submitted', 0.03],
  ['suspended', 0.02],
  ['deregistered', 0.02],
];

function weighted<T>(r: ReturnType<typeof rng>, table: [T, number][]): T {
  let x = r.next();
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[0]?.[0] as T;
}

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function classesFor(r: ReturnType<typeof rng>, kind: ProviderKind, big: boolean) {
  const cls = (type: ClassType, lo: number, hi: number, name: string) => {
    const capacity = r.int(lo, hi);
    return { type, name, capacity, carers: minCarers(type, capacity) + (r.next() < 0.3 ? 1 : 0) };
  };
  switch (kind) {
    case 'family_point':
      return [cls('family', 3, 5, '家庭托育班')];
    case 'kindergarten_class':
      return big
        ? [
            cls('toddler_older', 16, 20, '托班一班'),
            cls('toddler_older', 14, 20, '托班二班'),
            cls('toddler_older', 14, 20, '托班三班'),
          ]
        : [cls('toddler_older', 15, 20, '托班一班'), cls('toddler_older', 12, 20, '托班二班')];
    case 'employer':
      return [
        cls('toddler_young', 10, 15, '小小班'),
        cls('toddler_older', 14, 20, '小班一班'),
        cls('toddler_older', 12, 20, '小班二班'),
      ];
    default: {
      const list = [
        cls('infant', 6, 10, '乳儿班'),
        cls('toddler_young', 12, 15, '托小一班'),
        cls('toddler_young', 10, 15, '托小二班'),
        cls('toddler_older', 15, 20, '托大一班'),
      ];
      if (big) list.push(cls('toddler_older', 15, 20, '托大二班'), cls('infant', 6, 10, '乳儿二班'));
      return list;
    }
  }
}

function feesFor(
  r: ReturnType<typeof rng>,
  forms: ServiceForm[],
  classes: { type: ClassType }[],
  inclusive: boolean,
) {
  const fees: FilingData['fees'] = [];
  for (const c of classes) {
    const [lo, hi] = MONTHLY_FEE[c.type];
    let full = r.int(lo / 10, hi / 10) * 10;
    if (inclusive) {
      const ceiling = DEMO_FEE_CEILINGS.find((x) => x.classType === c.type && x.serviceForm === 'full_day');
      if (ceiling) full = Math.min(full, ceiling.maxMonthlyFen / 100 - r.int(0, 20) * 10);
    }
    if (forms.includes('full_day'))
      fees.push({
        item: '保育费',
        serviceForm: 'full_day',
        classType: c.type,
        unit: 'month',
        amountFen: full * 100,
      });
    if (forms.includes('half_day'))
      fees.push({
        item: '保育费',
        serviceForm: 'half_day',
        classType: c.type,
        unit: 'month',
        amountFen: Math.round(full * 0.55) * 100,
      });
  }
  if (forms.includes('hourly'))
    fees.push({ item: '计时托费', serviceForm: 'hourly', unit: 'hour', amountFen: r.int(25, 45) * 100 });
  if (forms.includes('temporary'))
    fees.push({ item: '临时托费', serviceForm: 'temporary', unit: 'day', amountFen: r.int(80, 150) * 100 });
  const mealForm = forms.find((f) => f === 'full_day' || f === 'half_day');
  if (mealForm)
    fees.push({ item: '伙食费', serviceForm: mealForm, unit: 'day', amountFen: r.int(12, 22) * 100 });
  return fees;
}

/** One demo provider; `i` makes it unique, the county and townships place it. */
function makeProvider(
  r: ReturnType<typeof rng>,
  i: number,
  county: (typeof COUNTIES)[number],
  townships: string[],
  scale: Scale,
): DemoProvider {
  const kind = weighted(r, KIND_WEIGHTS);
  const legalForm =
    kind === 'kindergarten_class'
      ? r.pick(['public_institution', 'social_service'] as const)
      : kind === 'medical'
        ? 'public_institution'
        : kind === 'family_point'
          ? 'enterprise'
          : kind === 'employer'
            ? r.pick(['enterprise', 'social_service'] as const)
            : r.pick(['enterprise', 'enterprise', 'social_service'] as const);
  const forms: ServiceForm[] =
    kind === 'family_point'
      ? ['full_day']
      : kind === 'kindergarten_class'
        ? ['full_day']
        : r.pick([
            ['full_day'],
            ['full_day', 'hourly'],
            ['full_day', 'half_day'],
            ['full_day', 'temporary'],
            ['half_day', 'hourly'],
          ] as ServiceForm[][]);
  const formWords = forms.map((f) => FORM_WORD[f]).join('');
  const place = county.name.replace(/(区|县|旗)$/, '');
  const suffix = scale === 'city' ? '' : `${i}`;
  const name =
    kind === 'family_point'
      ? `${place}${r.pick(SURNAMES)}家${suffix}托育点`
      : kind === 'kindergarten_class'
        ? `${place}第${(i % 12) + 1}${suffix}幼儿园托班`
        : kind === 'employer'
          ? `${r.pick(EMPLOYERS)}${suffix}职工${formWords}托育中心`
          : kind === 'medical'
            ? `${place}${r.pick(HOSPITALS)}${suffix}医育结合${formWords}托育中心`
            : `${place}${r.pick(BRANDS)}${suffix}${formWords}托育${r.pick(['中心', '园', '馆'])}`;
  const authority = legalForm === 'public_institution' ? '12' : legalForm === 'social_service' ? '52' : '91';
  let org = '';
  for (let k = 0; k < 9; k++) org += ORG_ALPHABET[r.int(0, ORG_ALPHABET.length - 1)];
  const creditCode = makeCreditCode(`${authority}${county.code}${org}`);
  const big = r.next() < 0.4;
  const classes = classesFor(r, kind, big);
  const capacity = classes.reduce((s, c) => s + c.capacity, 0);
  const inclusive = kind !== 'family_point' && r.next() < 0.45;
  const mealsServed = forms.some((f) => f === 'full_day' || f === 'half_day');
  const status = weighted(r, STATUS_WEIGHTS);
  const registeredDaysAgo = r.int(40, 900);
  const submittedDaysAgo =
    status === 'draft' ? null : status === 'submitted' ? r.int(0, 9) : r.int(20, registeredDaysAgo - 10);
  const filedDaysAgo =
    ['filed', 'change_submitted', 'suspended', 'deregistered'].includes(status) && submittedDaysAgo !== null
      ? submittedDaysAgo - r.int(1, 5)
      : null;
  const data: FilingData = {
    address: `${county.name}${r.pick(STREETS)}${r.int(1, 300)}号`,
    townshipCode: r.pick(townships),
    location: {
      lat: round(county.lat + (r.next() - 0.5) * 0.08, 6),
      lng: round(county.lng + (r.next() - 0.5) * 0.1, 6),
    },
    buildingAreaM2: capacity * r.int(4, 8),
    outdoorAreaM2: kind === 'family_point' ? 0 : capacity * r.int(2, 5),
    floorMax: r.int(1, 3),
    openingHours: forms.includes('full_day') ? '周一至周五 07:30–18:00' : '周一至周六 08:00–12:00',
    serviceForms: forms,
    inclusive,
    mealsServed,
    cctvRetentionDays: r.pick([90, 90, 120, 180]),
    classes,
    fees: feesFor(r, forms, classes, inclusive),
    insurance: {
      insurer: r.pick(['中国人保财险', '平安产险', '太平洋产险']),
      policyNo: `PDA${county.code}${String(i).padStart(6, '0')}`,
      validUntil: '2027-06-30',
    },
    documents: requiredDocuments(kind, mealsServed).map((type) => ({ type, fileId: 0 })),
  };
  return {
    name,
    creditCode,
    legalForm,
    kind,
    divisionCode: county.code,
    townshipCode: data.townshipCode,
    address: data.address,
    serviceForms: forms,
    legalRepresentative: `${r.pick(SURNAMES)}${r.pick(['建国', '丽华', '志强', '秀英', '海燕', '文博', '晓梅'])}`,
    contactPhone: `0478-${r.int(8000000, 8999999)}`,
    registeredByUnit:
      kind === 'kindergarten_class'
        ? 'edu'
        : legalForm === 'public_institution'
          ? 'bianban'
          : legalForm === 'social_service'
            ? 'civil'
            : 'samr',
    status,
    registeredDaysAgo,
    submittedDaysAgo,
    filedDaysAgo,
    data,
    // About one in five is full: "has vacancies" must mean something.
    enrolled: r.next() < 0.2 ? capacity : Math.round(capacity * (0.55 + r.next() * 0.4)),
    returnReason:
      status === 'returned'
        ? r.pick([
            '消防验收证明已过期，请补充最新证明',
            '托小班保育人员配备不足 1:5，请调整',
            '场地租赁合同剩余期限不足 3 年',
          ])
        : null,
  };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * The demo providers of a scale. The first two are the demo accounts' providers: a filed 临河区
 * institution with full-day and hourly care and all three class types, near the district centre
 * (`provider`), and a 五原县 provider in draft (`provider2`).
 */
export function generateProviders(
  scale: Scale,
  townshipsByCounty: Map<string, string[]>,
  seed = 20211,
): DemoProvider[] {
  const r = rng(seed);
  const total = SCALES[scale];
  const popTotal = COUNTIES.reduce((s, c) => s + c.pop, 0);
  const out: DemoProvider[] = [];
  let i = 0;
  for (const county of COUNTIES) {
    const n = Math.round((total * county.pop) / popTotal);
    const townships = townshipsByCounty.get(county.code) ?? [];
    for (let k = 0; k < n; k++) out.push(makeProvider(r, i++, county, townships, scale));
  }
  const linhe = out.find(
    (p) => p.divisionCode === '150802' && p.kind === 'institution' && p.data.classes.length >= 3,
  );
  if (linhe) {
    Object.assign(linhe, {
      name: '临河区小太阳全日托计时托托育中心',
      status: 'filed',
      serviceForms: ['full_day', 'hourly'],
      submittedDaysAgo: 60,
      filedDaysAgo: 57,
      returnReason: null,
    });
    linhe.data = {
      ...linhe.data,
      serviceForms: ['full_day', 'hourly'],
      location: { lat: 40.7574, lng: 107.4163 },
      address: '临河区胜利北路 88 号',
      fees: feesFor(r, ['full_day', 'hourly'], linhe.data.classes, linhe.data.inclusive),
    };
    linhe.address = linhe.data.address;
    // The demo account's provider has places free, at the city's typical ≈ 70 % occupancy.
    linhe.enrolled = Math.round(linhe.data.classes.reduce((sum, c) => sum + c.capacity, 0) * 0.7);
    out.splice(out.indexOf(linhe), 1);
    out.unshift(linhe);
  }
  const wuyuan = out.find((p) => p.divisionCode === '150821' && p.kind === 'institution');
  if (wuyuan) {
    Object.assign(wuyuan, {
      status: 'draft',
      submittedDaysAgo: null,
      filedDaysAgo: null,
      returnReason: null,
    });
    out.splice(out.indexOf(wuyuan), 1);
    out.splice(1, 0, wuyuan);
  }
  // Every filed provider's data passes the standards checks it was filed under.
  for (const p of out) {
    const failed = runFilingChecks({ ...p.data, kind: p.kind, legalForm: p.legalForm }, '2026-01-01', {
      feeCeilings: DEMO_FEE_CEILINGS,
    }).filter((c) => !c.ok);
    if (failed.length) throw new Error(`demo provider ${p.name} fails ${failed.map((f) => f.id).join(', ')}`);
  }
  return out;
}
