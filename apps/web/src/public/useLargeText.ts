import { useCallback, useState } from 'react';

const STORAGE_KEY = 'tuoyu.largeText';

function readStored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The 大字模式 switch for older readers: remembered on this device so it stays on next visit. */
export function useLargeText(): [boolean, () => void] {
  const [large, setLarge] = useState(readStored);
  const toggle = useCallback(() => {
    setLarge((was) => {
      const next = !was;
      try {
        localStorage.setItem(STORAGE_KEY, next ? '1' : '0');
      } catch {
        // Not remembered, but still switched for this visit.
      }
      return next;
    });
  }, []);
  return [large, toggle];
}
