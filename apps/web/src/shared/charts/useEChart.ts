import type { EChartsCoreOption } from 'echarts/core';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { loadCharts } from './loadCharts';

/** What a click on a chart reports: the category's index (a bar) and the series. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
}

/**
 * Draws `option` into the element of `ref` once ECharts has loaded (on demand), follows the
 * element's size, and reports clicks. Plain React: usable by the public site and the console.
 */
export function useEChart(
  ref: RefObject<HTMLDivElement | null>,
  option: EChartsCoreOption | null,
  onClick?: (click: ChartClick) => void,
): 'loading' | 'ready' | 'error' {
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!option) return;
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | null = null;
    const observer = new ResizeObserver(() => chart?.resize());
    loadCharts()
      .then((echarts) => {
        if (disposed || !ref.current) return;
        const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
        chart = instance;
        instance.setOption(option);
        instance.on('click', (p) => {
          const params = p as { dataIndex?: number; seriesIndex?: number };
          clickRef.current?.({ dataIndex: params.dataIndex ?? -1, seriesIndex: params.seriesIndex ?? -1 });
        });
        observer.observe(ref.current);
        setState('ready');
      })
      .catch(() => {
        if (!disposed) setState('error');
      });
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [ref, option]);

  return state;
}
