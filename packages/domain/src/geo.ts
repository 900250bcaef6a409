/**
 * Distances for "find care" (SPEC C2: search by distance; list and map). Coordinates are WGS-84
 * degrees; map providers in China that use GCJ-02 must be converted before they reach these rules.
 */

/** Mean Earth radius R1 in km (IUGG; Moritz, Geodetic Reference System 1980). */
export const EARTH_RADIUS_KM = 6371.0088;

export interface LatLng {
  lat: number;
  lng: number;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

const RAD = Math.PI / 180;

/** Great-circle distance in km by the haversine formula on a sphere of {@link EARTH_RADIUS_KM}. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  // min() keeps rounding from pushing h above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/**
 * Smallest latitude/longitude box holding every point within `radiusKm` of `center`, for a cheap
 * index pre-filter before {@link distanceKm} (J. P. Matuschek, "Finding points within a distance of
 * a latitude/longitude using bounding coordinates"). When the circle reaches a pole or crosses the
 * 180° meridian the box widens to all longitudes: still a superset, and irrelevant in China.
 *
 * @throws RangeError when `radiusKm` is negative or not finite.
 */
export function boundingBox(center: LatLng, radiusKm: number): BoundingBox {
  if (!Number.isFinite(radiusKm) || radiusKm < 0) throw new RangeError(`radiusKm must be ≥ 0: ${radiusKm}`);
  const angle = radiusKm / EARTH_RADIUS_KM;
  const minLat = center.lat - angle / RAD;
  const maxLat = center.lat + angle / RAD;
  if (minLat <= -90 || maxLat >= 90) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), minLng: -180, maxLng: 180 };
  }
  // Widest longitude offset on the circle; min() guards rounding just above 1.
  const dLng = Math.asin(Math.min(1, Math.sin(angle) / Math.cos(center.lat * RAD))) / RAD;
  const minLng = center.lng - dLng;
  const maxLng = center.lng + dLng;
  if (minLng < -180 || maxLng > 180) return { minLat, maxLat, minLng: -180, maxLng: 180 };
  return { minLat, maxLat, minLng, maxLng };
}

/**
 * Rough check that a point lies in or near Bayannur (city 150800): latitude 40.1–42.5° N,
 * longitude 105.2–109.9° E, bounds included. A rectangle around the city, for catching swapped or
 * mistyped coordinates, not a boundary test.
 */
export function isInBayannur(p: LatLng): boolean {
  return p.lat >= 40.1 && p.lat <= 42.5 && p.lng >= 105.2 && p.lng <= 109.9;
}
