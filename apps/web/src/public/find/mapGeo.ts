/** ECharts' geo component on its own chunk: fetched only with official boundary GeoJSON. */
export { GeoComponent } from 'echarts/components';
