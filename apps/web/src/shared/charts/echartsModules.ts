/**
 * The child-health charts' ECharts: bars (rates by division against a target line) and lines (growth
 * curves), by named imports so the chunk stays small. Imported only through loadCharts.ts, so
 * neither the public first page nor the console's first paint carries it.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as core from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

core.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { core };
