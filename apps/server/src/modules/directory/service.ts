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
import { boundingBox, distanceKm } from '@tuoyu/domain';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { serviceBit } from '../providers/public-listing';
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
  const near = query.near?.split(',').map(Number) as [number, number] | undefined;
  const filter: q.DirectoryFilter = {
    q: query.q,
    division: query.division,
    kind: query.kind,
    serviceBit: query.serviceForm ? serviceBit(query.serviceForm) : undefined,
    inclusive: query.inclusive,
    ageMonths: query.ageMonths,
    hasVacancy: query.hasVacancy,
    feeMaxFen: query.feeMaxFen,
    box: near && query.radiusKm ? boundingBox({ lat: near[0], lng: near[1] }, query.radiusKm) : undefined,
  };
  const offset = (query.page - 1) * query.pageSize;
  if (!near) {
    const [total, rows] = await Promise.all([
      q.countDirectory(ctx.db, filter),
      q.pageDirectory(ctx.db, filter, query.pageSize, offset),
    ]);
    return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize };
  }
  // Sorted by distance: the box has already narrowed the rows through the (lat, lng) index.
  const origin = { lat: near[0], lng: near[1] };
  const withDistance = (await q.allDirectory(ctx.db, filter))
    .map((r) => ({
      r,
      d:
        r.lat == null || r.lng == null
          ? Number.POSITIVE_INFINITY
          : distanceKm(origin, { lat: Number(r.lat), lng: Number(r.lng) }),
    }))
    .filter((x) => !query.radiusKm || x.d <= query.radiusKm)
    .sort((a, b) => a.d - b.d || a.r.id - b.r.id);
  const items = withDistance.slice(offset, offset + query.pageSize).map(({ r, d }) => ({
    ...toItem(r),
    ...(Number.isFinite(d) ? { distanceKm: Math.round(d * 100) / 100 } : {}),
  }));
  return { items, total: withDistance.length, page: query.page, pageSize: query.pageSize };
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
    inspections: [],
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
