import { useQuery } from '@tanstack/react-query';
import type { PublicProviderItem, PublicProviderList } from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { apiQuery, type FindFilters, type LatLng } from './findParams';
import type { MapGeoJson } from './mapEngine';

export type Located = PublicProviderItem & { location: LatLng };

/** The map shows every match, fetched 100 at a time; a city has a few hundred providers at most. */
const MAP_PAGE_SIZE = 100;
const MAP_MAX_PAGES = 5;

async function fetchAllProviders(filters: FindFilters, signal: AbortSignal) {
  const get = (page: number) =>
    api.get<PublicProviderList>(
      '/api/public/providers',
      { ...apiQuery(filters), page, pageSize: MAP_PAGE_SIZE },
      signal,
    );
  const first = await get(1);
  const pages = Math.min(MAP_MAX_PAGES, Math.ceil(first.total / MAP_PAGE_SIZE));
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => get(i + 2)));
  return { items: [first, ...rest].flatMap((r) => r.items), total: first.total };
}

/** `GET /api/public/providers`, every page of the matches (up to MAP_MAX_PAGES), for the map. */
export function useMapProviders(filters: FindFilters) {
  return useQuery({
    queryKey: ['public', 'providers', 'map', apiQuery(filters)],
    queryFn: ({ signal }) => fetchAllProviders(filters, signal),
  });
}

/** Official boundaries as the server stores them (validated when an administrator loads them). */
export type Boundaries = MapGeoJson & {
  /** Where the boundaries come from, with their approval number (审图号): shown under the map. */
  source?: string;
};

function isFeatureCollection(value: unknown): value is Boundaries {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

/**
 * Official county boundaries, if an administrator has loaded them (reference/README.md: boundaries
 * need an approval number, so the product ships none). Anything but a GeoJSON answer — 404 today —
 * quietly means "draw the schematic".
 */
async function fetchBoundaries(signal: AbortSignal): Promise<Boundaries | null> {
  try {
    const body = await api.get<unknown>('/api/public/map/boundaries', undefined, signal);
    return isFeatureCollection(body) ? body : null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return null;
  }
}

/** `GET /api/public/map/boundaries`, asked once per visit. */
export function useMapBoundaries() {
  return useQuery({
    queryKey: ['public', 'map', 'boundaries'],
    queryFn: ({ signal }) => fetchBoundaries(signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
