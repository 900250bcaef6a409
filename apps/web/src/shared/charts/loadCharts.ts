/** ECharts for the child-health charts, fetched on first use and registered once. */
type ECharts = typeof import('echarts/core');

let loading: Promise<ECharts> | null = null;

export function loadCharts(): Promise<ECharts> {
  loading ??= import('./echartsModules').then((m) => m.core);
  return loading;
}
