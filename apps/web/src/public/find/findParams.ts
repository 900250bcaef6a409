/**
 * The find-care filters live in the address bar (`/find?division=150802&inclusive=true`), so back,
 * reload and a shared link keep them (same convention as the console's lists). Names match the API's
 * query parameters; anything malformed in a hand-edited address is ignored rather than sent.
 */
import { SERVICE_FORMS, type ServiceForm } from '@tuoyu/domain';
import type { QueryValue } from '../../shared/api';

export type FindView = 'list' | 'map';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface FindFilters {
  q: string;
  division: string;
  serviceForm: ServiceForm | '';
  ageMonths: number | null;
  inclusive: boolean;
  hasVacancy: boolean;
  near: LatLng | null;
  page: number;
  view: FindView;
}

/** Results per page: short enough for a phone on a weak network. */
export const PAGE_SIZE = 10;

const DIVISION = /^\d{6}(\d{3})?$/;
const NEAR = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/;

function parseNear(value: string | null): LatLng | null {
  const m = value ? NEAR.exec(value) : null;
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

function parseAge(value: string | null): number | null {
  if (value === null || !/^\d{1,2}$/.test(value)) return null;
  const n = Number(value);
  return n <= 36 ? n : null;
}

export function readFilters(params: URLSearchParams): FindFilters {
  const division = params.get('division') ?? '';
  const form = params.get('serviceForm') ?? '';
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 64),
    division: DIVISION.test(division) ? division : '',
    serviceForm: (SERVICE_FORMS as readonly string[]).includes(form) ? (form as ServiceForm) : '',
    ageMonths: parseAge(params.get('ageMonths')),
    inclusive: params.get('inclusive') === 'true',
    hasVacancy: params.get('hasVacancy') === 'true',
    near: parseNear(params.get('near')),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/** Four decimals (≈ 10 m) are plenty for sorting by distance and say less about where someone is. */
export function formatNear(near: LatLng): string {
  return `${near.lat.toFixed(4)},${near.lng.toFixed(4)}`;
}

/** The API's query for these filters; page and page size are added by the caller. */
export function apiQuery(f: FindFilters): Record<string, QueryValue> {
  return {
    q: f.q,
    division: f.division,
    serviceForm: f.serviceForm,
    ageMonths: f.ageMonths,
    inclusive: f.inclusive ? 'true' : undefined,
    hasVacancy: f.hasVacancy ? 'true' : undefined,
    near: f.near ? formatNear(f.near) : undefined,
  };
}

/** The address-bar parameters for these filters: only what is set, so links stay short. */
export function toSearchParams(f: FindFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(apiQuery(f))) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  if (f.page > 1) params.set('page', String(f.page));
  if (f.view === 'map') params.set('view', 'map');
  return params;
}

/** No filter at all, in the given view. */
export function noFilters(view: FindView = 'list'): FindFilters {
  return { ...readFilters(new URLSearchParams()), view };
}

/** Whether any filter narrows the results (the view and page do not). */
export function hasFilters(f: FindFilters): boolean {
  return Boolean(
    f.q || f.division || f.serviceForm || f.ageMonths !== null || f.inclusive || f.hasVacancy || f.near,
  );
}
