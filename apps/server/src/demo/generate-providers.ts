/**
 * Deterministic demo providers (演示数据) at a named scale: `city` ≈ 130 providers over the 7
 * counties in proportion to population, every kind, names that follow the plan's name rule,
 * plausible classes, fees and locations near each county seat, the city at ≈ 3.2 places per 1,000
 * (below the target of 4, so the gap shows), and some in every filing state. `province` ≈ 10,000
 * providers for benchmarks. Pure: the same seed always gives the same records.
 */
import type { FilingData } from '@tuoyu/contracts';
import {
  type FilingState,
  makeCreditCode,
  type ProviderKind,
  requiredDocuments,
  runFilingChecks,
  type ServiceForm,
} from '@tuoyu/domain';
import { classesFor, DEMO_FEE_CEILINGS, feesFor } from './provider-classes-fees';
import {
  BRANDS,
  EMPLOYERS,
  FORM_WORD,
  HOSPITALS,
  KIND_WEIGHTS,
  ORG_ALPHABET,
  STATUS_WEIGHTS,
  STREETS,
  SURNAMES,
} from './provider-vocabulary';
import { rng, weighted } from './rng';

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
