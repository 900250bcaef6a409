import type { Division, PublicOverview, PublicProviderDetail, PublicProviderItem } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';

function division(code: string, name: string, parentCode: string | null): Division {
  return {
    code,
    name,
    level: parentCode ? 'township' : 'county',
    parentCode,
    kind: parentCode ? '街道' : null,
    statisticalOnly: false,
    seat: null,
    areaKm2: null,
  };
}

/** Two counties with a township each: enough for the division filters. */
export const divisions: Division[] = [
  division('150802', '临河区', null),
  division('150802001', '车站街道', '150802'),
  division('150821', '五原县', null),
  division('150821100', '隆兴昌镇', '150821'),
];

const overview: PublicOverview = {
  city: { code: '150800', name: '巴彦淖尔市', residents: 1_538_715, year: 2020 },
  counties: [],
  demo: false,
};

/** What several public pages ask for besides their own data: the division list and the demo flag. */
export const publicBasics = [
  http.get('/api/divisions', () => HttpResponse.json({ items: divisions })),
  http.get('/api/public/overview', () => HttpResponse.json(overview)),
];

/** A provider as "find care" lists it: a full-day institution in 临河区 with places free. */
export function providerItem(
  id: number,
  name: string,
  overrides: Partial<PublicProviderItem> = {},
): PublicProviderItem {
  return {
    id,
    name,
    kind: 'institution',
    divisionCode: '150802',
    divisionName: '临河区',
    townshipName: '车站街道',
    address: '新华街 1 号',
    serviceForms: ['full_day'],
    inclusive: false,
    capacity: 60,
    vacancies: 12,
    minMonthlyFeeFen: 180_000,
    ageFromMonths: 12,
    ageToMonths: 36,
    location: null,
    ...overrides,
  };
}

/** The same provider's public disclosure, with one class and one fee. */
export function providerDetail(
  id: number,
  name: string,
  overrides: Partial<PublicProviderDetail> = {},
): PublicProviderDetail {
  return {
    ...providerItem(id, name),
    filingNumber: `蒙托备150802-2025-${String(id).padStart(4, '0')}`,
    filedAt: '2025-03-01T02:00:00.000Z',
    openingHours: '周一至周五 7:30-18:00',
    contactPhone: '0478-1234567',
    mealsServed: true,
    classes: [{ type: 'toddler_young', name: '小一班', capacity: 20 }],
    fees: [{ item: '保育费', serviceForm: 'full_day', unit: 'month', amountFen: 180_000 }],
    qualityGrade: null,
    blacklisted: false,
    demo: false,
    ...overrides,
  };
}
