import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { todayInBeijing } from '../../shared/charts/age';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { usePlacesIndicator } from '../providers/queries';
import { percentText } from './format';
import { useHealthIndicator } from './queries';
import { RateChart } from './RateChart';

/**
 * The plan's two targets side by side (places per 1,000 ≥ 4 and I-2 ≥ 92 %) for the regulators'
 * home, then I-2 by division against its target line; a bar opens the indicator page there.
 */
export function HealthTargetsSection() {
  const t = useT();
  const navigate = useNavigate();
  const year = Number(todayInBeijing().slice(0, 4));
  const withPlaces = usePermission('indicators.places');
  const places = usePlacesIndicator(withPlaces);
  const health = useHealthIndicator(year, undefined);
  const h = health.data;
  const p = places.data;
  const placesNow = p?.city.placesPer1000 ?? null;

  return (
    <section aria-labelledby="ch-targets-title" className="console-block">
      <Typography.Title level={2} className="console-section-title" id="ch-targets-title">
        {t('ch.dash.targetsTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]} className="console-block">
        {withPlaces && (
          <Col xs={24} md={12}>
            <Card size="small">
              <Statistic
                title={t('ch.dash.placesTarget')}
                loading={places.isPending}
                value={placesNow === null ? t('common.none') : placesNow.toFixed(2)}
                styles={{
                  content: { color: p && placesNow !== null && placesNow < p.target ? '#cf1322' : '#389e0d' },
                }}
                suffix={
                  p && <span className="ch-target">{t('ch.ind.vsTargetPlain', { target: p.target })}</span>
                }
              />
            </Card>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Link to="/console/child-health/indicators" className="console-figure-link">
            <Card hoverable size="small">
              <Statistic
                title={t('ch.dash.healthTarget', { year })}
                loading={health.isPending}
                value={h ? percentText(t, h.rate) : t('common.none')}
                styles={{
                  content: { color: h && h.rate !== null && h.rate < h.target ? '#cf1322' : '#389e0d' },
                }}
                suffix={h && <span className="ch-target">{t('ch.ind.vsTarget', { target: h.target })}</span>}
              />
            </Card>
          </Link>
        </Col>
      </Row>
      {health.isError ? (
        <Card>
          <ErrorResult error={health.error} onRetry={() => void health.refetch()} />
        </Card>
      ) : (
        h && (
          <Card size="small" title={t('ch.ind.chartTitle')}>
            {h.byDivision.length ? (
              <RateChart
                rows={h.byDivision}
                target={h.target}
                onPick={(row) =>
                  void navigate(`/console/child-health/indicators?year=${year}&division=${row.divisionCode}`)
                }
              />
            ) : (
              <Empty />
            )}
            <Typography.Text type="secondary">{t('ch.dash.drillHint')}</Typography.Text>
          </Card>
        )
      )}
    </section>
  );
}
