import { useOutletContext } from 'react-router';

/** What the public layout hands its pages (through the router outlet). */
export interface PublicLayoutContext {
  /** 大字模式 is on: pages drawing on canvas (the map) scale their own text with it. */
  largeText: boolean;
}

export function usePublicLayout(): PublicLayoutContext {
  return useOutletContext<PublicLayoutContext | undefined>() ?? { largeText: false };
}
