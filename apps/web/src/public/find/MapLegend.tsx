import { useT } from '../../shared/i18n';
import { MAP_COLORS } from './mapOption';

/** What the map's marks mean: inclusive and other providers, the county seats, and you when known. */
export function MapLegend({ you }: { you: boolean }) {
  const t = useT();
  return (
    <ul className="pf-map-legend">
      <li>
        <span className="pf-legend-dot" style={{ background: MAP_COLORS.inclusive }} aria-hidden="true" />
        {t('find.map.legendInclusive')}
      </li>
      <li>
        <span className="pf-legend-dot" style={{ background: MAP_COLORS.other }} aria-hidden="true" />
        {t('find.map.legendOther')}
      </li>
      <li>
        <span className="pf-legend-diamond" aria-hidden="true" />
        {t('find.map.seats')}
      </li>
      {you && (
        <li>
          <span className="pf-legend-dot" style={{ background: MAP_COLORS.you }} aria-hidden="true" />
          {t('find.map.you')}
        </li>
      )}
    </ul>
  );
}
