/**
 * The bar chart and only what it needs, by named imports so the bundler keeps the chunk small.
 * Imported dynamically by echarts.ts: never part of the public bundle.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as core from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

core.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export { core };
