/**
 * The chart library for the map view, cut to what it draws: scatter points on a lat/lng grid,
 * tooltips, the canvas renderer. Only ProviderMap imports this module, and only dynamically, so
 * ECharts never reaches the first bundle (UX.md: charts on public pages load on demand).
 */
import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { init, registerMap };

/** Adds the geo component, needed only when an administrator has loaded official boundaries. */
export async function enableGeo(): Promise<void> {
  const { GeoComponent } = await import('./mapGeo');
  use([GeoComponent]);
}

/** The GeoJSON `registerMap` takes (ECharts does not export the type itself). */
export type MapGeoJson = Extract<Parameters<typeof registerMap>[1], { type: 'FeatureCollection' }>;
