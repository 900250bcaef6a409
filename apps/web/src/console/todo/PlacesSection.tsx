import type { PlacesIndicator } from '@tuoyu/contracts';
import { Card, Col, Empty, Row, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { usePlacesIndicator } from '../providers/queries';
import { PlacesChart } from './PlacesChart';
import '../providers/providers.css';

type Figures = PlacesIndicator['city'];

/**
 * 每千人口托位数 (indicator I-1, plan 总体要求: ≥ 4): the key figures of the caller's division against
 * the target, a bar chart by county with the target line, and the table behind them.
 */
export function PlacesSection() {
  const t = useT();
  const lang = useLang();
  const me = useMe();
  const places = usePlacesIndicator();

  if (places.isError) {
    return (
      <Card className="console-block">
        <ErrorResult error={places.error} onRetry={() => void places.refetch()} />
      </Card>
    );
  }
  const data = places.data;
  const mine = data?.counties.find((c) => c.divisionCode === me.divisionCode);
  const focus: Figures | undefined = mine ?? data?.city;
  const int = (n: number | undefined) => (n === undefined ? '' : formatInteger(lang, n));
  const per1000 = focus?.placesPer1000;
  const below = per1000 !== null && per1000 !== undefined && data ? per1000 < data.target : false;

  return (
    <section aria-labelledby="places-title" className="console-block">
      <Typography.Title level={2} className="console-section-title" id="places-title">
        {t('prov.places.title', { division: focus?.divisionName ?? me.divisionName })}
        {data?.demo && (
          <Tag color="orange" className="prov-demo-tag">
            {t('common.demoData')}
          </Tag>
        )}
      </Typography.Title>
      <Row gutter={[16, 16]} className="console-block">
        <Col xs={12} lg={6}>
          <Link to="/console/filings?status=filed" className="console-figure-link">
            <Card hoverable size="small">
              <Statistic
                title={t('prov.places.per1000')}
                loading={places.isPending}
                value={per1000 ?? t('dashboard.fig.unavailable')}
                precision={per1000 === null || per1000 === undefined ? undefined : 2}
                styles={{ content: { color: below ? '#cf1322' : '#389e0d' } }}
                suffix={
                  data && per1000 !== null && per1000 !== undefined ? (
                    <span className="prov-figure-target">
                      {t('prov.places.vsTarget', { target: data.target })}
                    </span>
                  ) : undefined
                }
              />
            </Card>
          </Link>
        </Col>
        <Figure title={t('prov.places.places')} loading={places.isPending} value={int(focus?.places)} />
        <Figure
          title={t('prov.places.inclusive')}
          loading={places.isPending}
          value={int(focus?.inclusivePlaces)}
        />
        <Figure
          title={t('prov.places.needed')}
          loading={places.isPending}
          value={int(focus?.placesNeeded)}
          hint={data ? t('prov.places.neededHint', { target: data.target }) : undefined}
        />
      </Row>
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card size="small" title={t('prov.places.chartTitle')}>
              {data.counties.length ? <PlacesChart data={data} highlight={mine?.divisionCode} /> : <Empty />}
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('prov.places.tableTitle')}>
              <CountyTable data={data} />
              <Typography.Paragraph type="secondary" className="console-note">
                {t('prov.places.note', { date: data.referenceDate, year: data.city.populationYear })}
              </Typography.Paragraph>
            </Card>
          </Col>
        </Row>
      )}
    </section>
  );
}

function Figure({
  title,
  loading,
  value,
  hint,
}: {
  title: string;
  loading: boolean;
  value: string;
  hint?: string;
}) {
  const statistic = <Statistic title={title} loading={loading} value={value} />;
  return (
    <Col xs={12} lg={6}>
      <Link to="/console/filings?status=filed" className="console-figure-link">
        <Card hoverable size="small">
          {hint ? <Tooltip title={hint}>{statistic}</Tooltip> : statistic}
        </Card>
      </Link>
    </Col>
  );
}

function CountyTable({ data }: { data: PlacesIndicator }) {
  const t = useT();
  const lang = useLang();
  const rows = [...data.counties, data.city];
  return (
    <Table<Figures>
      size="small"
      rowKey="divisionCode"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      rowClassName={(row) => (row.divisionCode === data.city.divisionCode ? 'prov-total-row' : '')}
      columns={[
        {
          title: t('common.county'),
          key: 'name',
          render: (_, row) => (
            <Tooltip title={row.divisionCode}>
              <span>{row.divisionName}</span>
            </Tooltip>
          ),
        },
        {
          title: t('prov.places.places'),
          key: 'places',
          align: 'right',
          render: (_, row) => formatInteger(lang, row.places),
        },
        {
          title: t('prov.places.inclusiveShort'),
          key: 'inclusive',
          align: 'right',
          render: (_, row) => formatInteger(lang, row.inclusivePlaces),
        },
        {
          title: t('prov.places.per1000Short'),
          key: 'per1000',
          align: 'right',
          render: (_, row) =>
            row.placesPer1000 === null ? (
              t('common.none')
            ) : (
              <Typography.Text type={row.placesPer1000 < data.target ? 'danger' : 'success'}>
                {row.placesPer1000.toFixed(2)}
              </Typography.Text>
            ),
        },
        {
          title: t('prov.places.neededShort'),
          key: 'needed',
          align: 'right',
          render: (_, row) => formatInteger(lang, row.placesNeeded),
        },
      ]}
    />
  );
}
