import { useCallback, useEffect, useRef, useState } from 'react';
import type { LatLng } from './findParams';

/** Where asking the browser for the person's position stands; every failure has its own words. */
export type GeoStatus = 'idle' | 'locating' | 'denied' | 'unavailable' | 'unsupported';

/**
 * Asks the browser for the person's position once per tap (navigator.geolocation). A refusal is
 * an answer, not an error: the page says how to allow it or to pick a county instead.
 */
export function useGeolocation(onFound: (position: LatLng) => void): [GeoStatus, () => void] {
  const [status, setStatus] = useState<GeoStatus>('idle');
  const found = useRef(onFound);
  found.current = onFound;
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setStatus('unsupported');
      return;
    }
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (!alive.current) return;
        setStatus('idle');
        found.current({ lat: position.coords.latitude, lng: position.coords.longitude });
      },
      (error) => {
        if (!alive.current) return;
        setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      // A rough fix is enough to sort by distance, and comes faster on a phone.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  }, []);

  return [status, locate];
}
