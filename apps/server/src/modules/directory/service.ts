/**
 * Public information disclosure and "find care" (plan (四)2, (四)3; SPEC C2): only filed,
 * operating providers, only what the law allows to publish — never personal data.
 */
import type {
  FilingData,
  PublicProviderDetail,
  PublicProviderItem,
  PublicProviderQuery,
} from '@tuoyu/contracts';
import { boundingBox, distanceKm, serviceBit } from '@tuoyu/domain';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import * as q from './queries';

function toItem(r: q.DirectoryRow): PublicProviderItem {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as PublicProviderItem['kind'],
    divisionCode: r.division_code,
    divisionName: r.division_name,
    townshipName: r.township_name,
    address: r.address,
    serviceForms: JSON.parse(r.service_forms) as PublicProviderItem['serviceForms'],
    inclusive: r.inclusive === 1,
    capacity: r.capacity,
    vacancies: Math.max(0, r.capacity - r.enrolled),
    minMonthlyFeeFen: r.min_monthly_fee_fen,
    ageFromMonths: r.age_from_months,
    ageToMonths: r.age_to_months,
    location: r.lat == null || r.lng == null ? null : { lat: Number(r.lat), lng: Number(r.lng) },
  };
}

export async function searchProviders(ctx: AppContext, query: PublicProviderQuery) {
  const [lat, lng] = query.near?.split(',').map(Number) ?? [];
  const near = lat !== undefined && lng !== undefined ? { lat, lng, radiusKm: query.radiusKm } : undefined;
  const filter: q.DirectoryFilter = {
    q: query.q,
    division: query.division,
    kind: query.kind,
    serviceBit: query.serviceForm ? serviceBit(query.serviceForm) : undefined,
    inclusive: query.inclusive,
    ageMonths: query.ageMonths,
    hasVacancy: query.hasVacancy,
    feeMaxFen: query.feeMaxFen,
    // The box lets the (public, lat, lng) index narrow the rows before the exact radius test.
    box: near?.radiusKm ? boundingBox(near, near.radiusKm) : undefined,
    near,
    engine: ctx.engine,
  };
  const offset = (query.page - 1) * query.pageSize;
  const [total, rows] = await Promise.all([
    q.countDirectory(ctx.db, filter),
    q.pageDirectory(ctx.db, filter, query.pageSize, offset),
  ]);
  const items = rows.map((r) => {
    const item = toItem(r);
    if (!near || !item.location) return item;
    return { ...item, distanceKm: Math.round(distanceKm(near, item.location) * 100) / 100 };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getPublicProvider(ctx: AppContext, id: number): Promise<PublicProviderDetail> {
  const r = await q.findPublicProvider(ctx.db, id);
  if (!r?.filing_number || !r.filed_at || !r.filed_data) throw notFound();
  const data = JSON.parse(r.filed_data) as FilingData;
  return {
    ...toItem(r),
    filingNumber: r.filing_number,
    filedAt: r.filed_at,
    openingHours: data.openingHours,
    contactPhone: r.contact_phone,
    mealsServed: data.mealsServed,
    classes: data.classes.map((c) => ({ type: c.type, name: c.name ?? null, capacity: c.capacity })),
    fees: data.fees,
    qualityGrade: null,
    blacklisted: r.blacklisted === 1,
    demo: ctx.config.demo,
  };
}

/** The receipt check behind the QR code: is this filing number real and current? */
export async function checkFilingNumber(ctx: AppContext, filingNumber: string) {
  const r = await q.findFilingByNumber(ctx.db, filingNumber);
  if (!r) return { valid: false, filingNumber, providerName: null, filedAt: null, status: null };
  const valid = r.status === 'filed' || r.status === 'change_submitted';
  return { valid, filingNumber, providerName: r.name, filedAt: r.filed_at, status: r.status as never };
}
