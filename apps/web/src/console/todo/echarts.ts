/**
 * ECharts, loaded on demand and registered once: only the bar chart, the pieces it uses and the
 * canvas renderer (echartsBar.ts), so the chart code stays in its own small chunk.
 */
type ECharts = typeof import('echarts/core');

let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= import('./echartsBar').then((m) => m.core);
  return loading;
}
