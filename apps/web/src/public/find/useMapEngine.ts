import type { EChartsType } from 'echarts/core';
import { type RefObject, useEffect, useState } from 'react';

export type Engine = typeof import('./mapEngine');

export interface MapRefs {
  box: RefObject<HTMLDivElement | null>;
  chartRef: RefObject<EChartsType | null>;
  engineRef: RefObject<Engine | null>;
}

/**
 * The map's chart: the library loaded on demand (mapEngine.ts), the chart made once in `box` and
 * disposed of when the view closes, and the box's size followed (phone rotation, 大字模式). The refs
 * are the caller's, so its effects read the chart and the engine as refs.
 */
export function useMapEngine({ box, chartRef, engineRef }: MapRefs) {
  const [engineState, setEngineState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [engineError, setEngineError] = useState<unknown>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    let disposed = false;
    import('./mapEngine')
      .then((engine) => {
        if (disposed || !box.current) return;
        engineRef.current = engine;
        chartRef.current = engine.init(box.current, undefined, { renderer: 'canvas' });
        setEngineState('ready');
      })
      .catch((error: unknown) => {
        if (disposed) return;
        setEngineError(error);
        setEngineState('failed');
      });
    return () => {
      disposed = true;
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, [box, chartRef, engineRef]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      setSize({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);

  return { engineState, engineError, size };
}
