/**
 * The chart option of the map view, built without importing ECharts itself (types only), so this
 * file costs nothing until the map opens.
 */
import type { PublicProviderItem } from '@tuoyu/contracts';
import type { ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { LatLng } from './findParams';
import type { Bounds, Seat } from './mapPlaces';

export type MapOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | TooltipComponentOption | GeoComponentOption
>;

export const MAP_COLORS = {
  inclusive: '#13795b',
  other: '#0b5cad',
  seat: '#4a4a4a',
  you: '#c2410c',
  grid: '#d9e0ea',
} as const;

/** Where the grid's plot area sits inside the chart box, in px (fixed so the fit can use it). */
export function gridMargins(fontSize: number) {
  return { left: Math.round(fontSize * 3.6), right: 12, top: 12, bottom: Math.round(fontSize * 1.9) };
}

/** Provider names go into the tooltip's HTML: escape them. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * Seat labels go right of the point only for 临河区 and 五原县: the others would run off the right
 * edge or over a neighbour's cluster (杭锦后旗 sits just west of 临河区).
 */
const LABEL_RIGHT = new Set(['150802', '150821']);

export interface MapInput {
  providers: readonly (PublicProviderItem & { location: LatLng })[];
  seats: readonly Seat[];
  you: LatLng | null;
  /** The lat/lng window of the schematic grid; null when drawing official boundaries instead. */
  bounds: Bounds | null;
  /** The registered official map, when an administrator has loaded one. */
  geoMap: string | null;
  /** Its window when narrowed to a county ([[west, north], [east, south]]). */
  geoWindow: Bounds | null;
  fontSize: number;
  text: {
    seats: string;
    providers: string;
    you: string;
    vacancies: (p: PublicProviderItem) => string;
  };
}

export function buildMapOption(input: MapInput): MapOption {
  const { fontSize: fs, text } = input;
  const onGeo = input.geoMap !== null;
  const coords: Pick<ScatterSeriesOption, 'coordinateSystem'> = onGeo
    ? { coordinateSystem: 'geo' }
    : { coordinateSystem: 'cartesian2d' };
  const dot = Math.round(fs * 0.8);

  const series: ScatterSeriesOption[] = [
    {
      type: 'scatter',
      ...coords,
      id: 'providers',
      name: text.providers,
      symbol: 'circle',
      symbolSize: dot,
      z: 2,
      itemStyle: { borderColor: '#fff', borderWidth: 1.5, opacity: 0.9 },
      emphasis: { scale: 1.4 },
      tooltip: {
        formatter: (params) => {
          const p = input.providers[(params as { dataIndex: number }).dataIndex];
          return p ? `<strong>${escapeHtml(p.name)}</strong><br/>${escapeHtml(text.vacancies(p))}` : '';
        },
      },
      data: input.providers.map((p) => ({
        name: p.name,
        value: [p.location.lng, p.location.lat],
        itemStyle: { color: p.inclusive ? MAP_COLORS.inclusive : MAP_COLORS.other },
      })),
    },
    {
      type: 'scatter',
      ...coords,
      id: 'seats',
      name: text.seats,
      symbol: 'diamond',
      symbolSize: Math.round(fs * 0.7),
      z: 3,
      silent: false,
      itemStyle: { color: MAP_COLORS.seat, borderColor: '#fff', borderWidth: 1 },
      tooltip: {
        formatter: (params) => {
          const seat = input.seats[(params as { dataIndex: number }).dataIndex];
          return seat ? `${escapeHtml(seat.county)}<br/>${escapeHtml(`${text.seats}：${seat.seat}`)}` : '';
        },
      },
      data: input.seats.map((seat) => ({
        name: seat.county,
        value: [seat.lng, seat.lat],
        label: { position: LABEL_RIGHT.has(seat.code) ? 'right' : 'left' },
      })),
      label: {
        show: true,
        formatter: '{b}',
        fontSize: Math.round(fs * 0.85),
        fontWeight: 'bold',
        color: '#1a1a1a',
        textBorderColor: '#fff',
        textBorderWidth: 3,
        distance: Math.round(fs * 0.6),
      },
    },
  ];
  if (input.you) {
    series.push({
      type: 'scatter',
      ...coords,
      id: 'you',
      name: text.you,
      symbol: 'pin',
      symbolSize: Math.round(fs * 1.6),
      symbolOffset: [0, '-40%'],
      z: 4,
      itemStyle: { color: MAP_COLORS.you },
      tooltip: { formatter: text.you },
      data: [{ name: text.you, value: [input.you.lng, input.you.lat] }],
    });
  }

  const tooltip: TooltipComponentOption = {
    trigger: 'item',
    confine: true,
    textStyle: { fontSize: Math.round(fs * 0.8) },
  };

  if (onGeo && input.geoMap) {
    const g = input.geoWindow;
    // A 10 % margin round a county's points; room at the sides for the seats' labels.
    const mLat = g ? (g.maxLat - g.minLat) * 0.1 : 0;
    const mLng = g ? (g.maxLng - g.minLng) * 0.1 : 0;
    const w = g && {
      minLat: g.minLat - mLat,
      maxLat: g.maxLat + mLat,
      minLng: g.minLng - mLng,
      maxLng: g.maxLng + mLng,
    };
    const side = Math.round(fs * 4.5);
    return {
      animation: false,
      tooltip,
      geo: {
        map: input.geoMap,
        roam: false,
        silent: true,
        top: 12,
        bottom: 12,
        left: side,
        right: side,
        ...(w
          ? {
              boundingCoords: [
                [w.minLng, w.maxLat],
                [w.maxLng, w.minLat],
              ],
            }
          : {}),
        itemStyle: { areaColor: '#eef3f9', borderColor: '#7b8ca3', borderWidth: 1 },
        label: { show: false },
      },
      series,
    };
  }

  const b = input.bounds;
  // Zoomed in on a county the ticks are hundredths of a degree apart.
  const digits = b && b.maxLat - b.minLat < 0.6 ? 2 : 1;
  const axisLabel = {
    fontSize: Math.round(fs * 0.7),
    color: '#4a4a4a',
    showMinLabel: false,
    showMaxLabel: false,
  };
  const axisCommon = {
    type: 'value' as const,
    splitNumber: 4,
    axisLine: { show: false },
    axisTick: { show: false },
    splitLine: { lineStyle: { color: MAP_COLORS.grid, type: 'dashed' as const } },
  };
  return {
    animation: false,
    tooltip,
    grid: { ...gridMargins(fs), backgroundColor: '#f7f9fc', show: true, borderColor: MAP_COLORS.grid },
    xAxis: {
      ...axisCommon,
      min: b?.minLng,
      max: b?.maxLng,
      axisLabel: { ...axisLabel, formatter: (v: number) => `${v.toFixed(digits)}°E` },
    },
    yAxis: {
      ...axisCommon,
      min: b?.minLat,
      max: b?.maxLat,
      axisLabel: { ...axisLabel, formatter: (v: number) => `${v.toFixed(digits)}°N` },
    },
    series,
  };
}
