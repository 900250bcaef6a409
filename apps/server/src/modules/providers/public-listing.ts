/**
 * The provider's public listing columns, derived from its accepted filing when it is filed,
 * changed, suspended or ended — so "find care" and the places indicator read plain indexed columns.
 */
import type { FilingData } from '@tuoyu/contracts';
import { serviceBit } from '@tuoyu/domain';

const AGE_FROM: Record<string, number> = {
  infant: 6,
  toddler_young: 12,
  toddler_older: 24,
  mixed: 18,
  family: 0,
};
const AGE_TO: Record<string, number> = {
  infant: 12,
  toddler_young: 24,
  toddler_older: 36,
  mixed: 36,
  family: 36,
};

export function publicColumns(data: FilingData | null, listed: boolean) {
  if (!data) return { public: 0 };
  const monthly = data.fees.filter((f) => f.unit === 'month').map((f) => f.amountFen);
  const types = data.classes.map((c) => c.type);
  return {
    public: listed ? 1 : 0,
    capacity: data.classes.reduce((s, c) => s + c.capacity, 0),
    inclusive: data.inclusive ? 1 : 0,
    service_mask: data.serviceForms.reduce((m, f) => m | serviceBit(f), 0),
    min_monthly_fee_fen: monthly.length ? Math.min(...monthly) : null,
    age_from_months: data.ageFromMonths ?? Math.min(...types.map((t) => AGE_FROM[t] ?? 6), 36),
    age_to_months: data.ageToMonths ?? Math.max(...types.map((t) => AGE_TO[t] ?? 36), 0),
    lat: data.location.lat,
    lng: data.location.lng,
    address: data.address,
    township_code: data.townshipCode,
    service_forms: JSON.stringify(data.serviceForms),
  };
}
