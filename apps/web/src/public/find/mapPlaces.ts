/**
 * The schematic map's own geography (shared/reference/README.md: no official boundaries may be
 * shipped; a clearly labelled schematic of our own making may). Approximate coordinates (WGS-84,
 * two decimals) of the seven county seats, and the box the city's seats and towns fall in.
 */
export interface Seat {
  /** GB/T 2260 county code. */
  code: string;
  /** Division names are shown as the division list gives them, in Chinese, in both languages. */
  county: string;
  seat: string;
  lat: number;
  lng: number;
}

export const COUNTY_SEATS: readonly Seat[] = [
  { code: '150802', county: '临河区', seat: '临河区', lat: 40.76, lng: 107.42 },
  { code: '150821', county: '五原县', seat: '隆兴昌镇', lat: 41.09, lng: 108.27 },
  { code: '150822', county: '磴口县', seat: '巴彦高勒镇', lat: 40.33, lng: 107.02 },
  { code: '150823', county: '乌拉特前旗', seat: '乌拉山镇', lat: 40.74, lng: 108.65 },
  { code: '150824', county: '乌拉特中旗', seat: '海流图镇', lat: 41.57, lng: 108.52 },
  { code: '150825', county: '乌拉特后旗', seat: '巴音宝力格镇', lat: 41.09, lng: 107.07 },
  { code: '150826', county: '杭锦后旗', seat: '陕坝镇', lat: 40.88, lng: 107.15 },
];

export interface Bounds {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** The seven seats with a margin: the whole-city view of the schematic. */
export const CITY_BOUNDS: Bounds = { minLat: 40.2, maxLat: 41.7, minLng: 106.9, maxLng: 108.8 };

/** The smallest box holding every point, never narrower than `minSpan` degrees. */
export function boundsOf(points: readonly { lat: number; lng: number }[], minSpan = 0.06): Bounds | null {
  if (points.length === 0) return null;
  let b: Bounds = { minLat: 90, maxLat: -90, minLng: 180, maxLng: -180 };
  for (const p of points) {
    b = {
      minLat: Math.min(b.minLat, p.lat),
      maxLat: Math.max(b.maxLat, p.lat),
      minLng: Math.min(b.minLng, p.lng),
      maxLng: Math.max(b.maxLng, p.lng),
    };
  }
  const widen = (lo: number, hi: number): [number, number] => {
    const pad = Math.max(minSpan, hi - lo) * 0.5;
    const mid = (lo + hi) / 2;
    return [mid - pad, mid + pad];
  };
  const [minLat, maxLat] = widen(b.minLat, b.maxLat);
  const [minLng, maxLng] = widen(b.minLng, b.maxLng);
  return { minLat, maxLat, minLng, maxLng };
}

/**
 * Widens `b` (with an 8 % margin) so one degree of longitude and of latitude have their true
 * ground ratio on a `width` × `height` pixel plot: a degree of longitude is cos(latitude) as long.
 */
export function fitToAspect(b: Bounds, width: number, height: number): Bounds {
  const midLat = (b.minLat + b.maxLat) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  let spanLat = (b.maxLat - b.minLat) * 1.16;
  let spanLng = (b.maxLng - b.minLng) * 1.16;
  const aspect = width / Math.max(1, height);
  if ((spanLng * k) / spanLat < aspect) spanLng = (spanLat * aspect) / k;
  else spanLat = (spanLng * k) / aspect;
  const midLng = (b.minLng + b.maxLng) / 2;
  return {
    minLat: midLat - spanLat / 2,
    maxLat: midLat + spanLat / 2,
    minLng: midLng - spanLng / 2,
    maxLng: midLng + spanLng / 2,
  };
}
