import { describe, expect, it } from 'vitest';
import { boundingBox, distanceKm, EARTH_RADIUS_KM, isInBayannur, type LatLng } from './geo';

const LINHE: LatLng = { lat: 40.7574, lng: 107.4169 };
const HOHHOT: LatLng = { lat: 40.8424, lng: 111.749 };
const WUYUAN: LatLng = { lat: 41.0884, lng: 108.2673 };
const RAD = Math.PI / 180;

/** Independent formula: spherical law of cosines, well-conditioned for these distances. */
function cosineLawKm(a: LatLng, b: LatLng): number {
  const c =
    Math.sin(a.lat * RAD) * Math.sin(b.lat * RAD) +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.cos((b.lng - a.lng) * RAD);
  return EARTH_RADIUS_KM * Math.acos(c);
}

/** Point reached from `p` after `km` on initial bearing `deg` (spherical destination formula). */
function destination(p: LatLng, km: number, deg: number): LatLng {
  const d = km / EARTH_RADIUS_KM;
  const lat1 = p.lat * RAD;
  const brg = deg * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(brg));
  const lng2 =
    p.lng * RAD +
    Math.atan2(Math.sin(brg) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / RAD, lng: lng2 / RAD };
}

describe('haversine distance on the IUGG mean sphere (R = 6371.0088 km)', () => {
  describe('distanceKm', () => {
    it.each([
      ['same point', LINHE, LINHE, 0],
      ['1° of latitude', { lat: 40, lng: 107 }, { lat: 41, lng: 107 }, 111.1950802335329],
      ['quarter of the equator', { lat: 0, lng: 0 }, { lat: 0, lng: 90 }, 10007.557221017962],
      ['antipodes', { lat: 0, lng: 0 }, { lat: 0, lng: 180 }, 20015.114442035923],
      ['pole to pole', { lat: 90, lng: 0 }, { lat: -90, lng: 0 }, 20015.114442035923],
    ])('%s', (_label, a, b, km) => {
      expect(distanceKm(a, b)).toBeCloseTo(km, 6);
    });

    it.each([
      ['临河 – 呼和浩特', LINHE, HOHHOT],
      ['临河 – 五原', LINHE, WUYUAN],
      ['五原 – 呼和浩特', WUYUAN, HOHHOT],
    ])('%s agrees with the law of cosines and is symmetric', (_label, a, b) => {
      expect(distanceKm(a, b)).toBeCloseTo(cosineLawKm(a, b), 6);
      expect(distanceKm(b, a)).toBeCloseTo(distanceKm(a, b), 9);
    });

    it('临河 to 呼和浩特 is about 365 km', () => {
      expect(distanceKm(LINHE, HOHHOT)).toBeGreaterThan(360);
      expect(distanceKm(LINHE, HOHHOT)).toBeLessThan(370);
    });
  });

  describe('boundingBox', () => {
    it.each([
      ['临河, 5 km', LINHE, 5],
      ['临河, 50 km', LINHE, 50],
      ['equator, 100 km', { lat: 0, lng: 20 }, 100],
      ['far south, 300 km', { lat: -60, lng: -70 }, 300],
    ])('%s holds every point of the circle and touches it north, south, east and west', (_label, c, km) => {
      const box = boundingBox(c, km);
      for (let deg = 0; deg < 360; deg += 5) {
        const p = destination(c, km, deg);
        expect(p.lat).toBeGreaterThanOrEqual(box.minLat - 1e-9);
        expect(p.lat).toBeLessThanOrEqual(box.maxLat + 1e-9);
        expect(p.lng).toBeGreaterThanOrEqual(box.minLng - 1e-9);
        expect(p.lng).toBeLessThanOrEqual(box.maxLng + 1e-9);
      }
      expect(box.maxLat).toBeCloseTo(destination(c, km, 0).lat, 9);
      expect(box.minLat).toBeCloseTo(destination(c, km, 180).lat, 9);
      // The widest point is slightly poleward of due east, so the box is at least that wide.
      expect(box.maxLng).toBeGreaterThanOrEqual(destination(c, km, 90).lng - 1e-9);
      expect(box.maxLng - c.lng).toBeLessThan((km / EARTH_RADIUS_KM / RAD / Math.cos(c.lat * RAD)) * 1.01);
    });

    it('a zero radius is the point itself', () => {
      expect(boundingBox(LINHE, 0)).toEqual({
        minLat: LINHE.lat,
        maxLat: LINHE.lat,
        minLng: LINHE.lng,
        maxLng: LINHE.lng,
      });
    });

    it.each([
      ['north pole inside', { lat: 89.95, lng: 10 }, 10],
      ['south pole inside', { lat: -89.95, lng: 10 }, 10],
      ['crossing 180°', { lat: 0, lng: 179.99 }, 10],
      ['crossing −180°', { lat: 10, lng: -179.99 }, 10],
    ])('%s: all longitudes', (_label, c, km) => {
      const box = boundingBox(c, km);
      expect([box.minLng, box.maxLng]).toEqual([-180, 180]);
      expect(box.minLat).toBeGreaterThanOrEqual(-90);
      expect(box.maxLat).toBeLessThanOrEqual(90);
    });

    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('throws on radius %s', (km) => {
      expect(() => boundingBox(LINHE, km)).toThrow(RangeError);
    });
  });

  describe('isInBayannur (rough rectangle, 40.1–42.5° N, 105.2–109.9° E)', () => {
    it.each([
      ['临河', LINHE, true],
      ['五原', WUYUAN, true],
      ['south-west corner', { lat: 40.1, lng: 105.2 }, true],
      ['north-east corner', { lat: 42.5, lng: 109.9 }, true],
      ['呼和浩特', HOHHOT, false],
      ['北京', { lat: 39.9042, lng: 116.4074 }, false],
      ['lat and lng swapped', { lat: LINHE.lng, lng: LINHE.lat }, false],
      ['just south', { lat: 40.09, lng: 107 }, false],
      ['just north', { lat: 42.51, lng: 107 }, false],
      ['just west', { lat: 41, lng: 105.19 }, false],
      ['just east', { lat: 41, lng: 109.91 }, false],
      ['0, 0', { lat: 0, lng: 0 }, false],
    ])('%s → %s', (_label, p, inside) => {
      expect(isInBayannur(p)).toBe(inside);
    });
  });
});
