/**
 * ECharts, loaded on demand and registered once: only the bar chart, the pieces it uses and the
 * canvas renderer, so the chart code stays in its own chunk (never in the public bundle).
 */
type ECharts = typeof import('echarts/core');

let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.BarChart,
      components.GridComponent,
      components.TooltipComponent,
      components.MarkLineComponent,
      components.AriaComponent,
      renderers.CanvasRenderer,
    ]);
    return core;
  });
  return loading;
}
