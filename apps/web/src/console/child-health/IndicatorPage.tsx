import { DownloadOutlined } from '@ant-design/icons';
import type { DivisionRate } from '@tuoyu/contracts';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Skeleton,
  Statistic,
  Typography,
} from 'antd';
import { Link, useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { todayInBeijing } from '../../shared/charts/age';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useDivisions } from '../reference/queries';
import { percentText } from './format';
import { unmanagedExportHref, useHealthIndicator } from './queries';
import { RateChart } from './RateChart';
import { ruleText } from './ruleText';
import { UnmanagedTable } from './UnmanagedTable';
import './child-health.css';

const thisYear = () => Number(todayInBeijing().slice(0, 4));

/**
 * 3岁以下儿童系统管理率 (I-2): the rate of a reporting year in the caller's scope against the 92 %
 * target, with the rule it is computed by; the bars one level down (a click drills city → county →
 * township); the companion rates; and the children not managed, with the ages they missed.
 */
export function IndicatorPage() {
  const t = useT();
  const me = useMe();
  const canRead = usePermission('child-health.read');
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const division = params.get('division') || undefined;
  const indicator = useHealthIndicator(year, division);
  const divisions = useDivisions();
  const nameOf = (code: string) => divisions.data?.find((d) => d.code === code)?.name ?? code;

  const hrefOf = (next: { year?: number; division?: string }) =>
    toQueryString({ year: next.year ?? year, division: next.division }) || '?';
  const go = (next: { year?: number; division?: string }) => setParams(new URLSearchParams(hrefOf(next)));

  // The drill path below the caller's own division: county, then township.
  const path = (
    division ? (division.length === 9 ? [division.slice(0, 6), division] : [division]) : []
  ).filter((code) => code !== me.divisionCode);
  const data = indicator.data;
  const below = data?.rate !== null && data?.rate !== undefined && data.rate < data.target;
  const drill = (row: DivisionRate) => {
    if (row.divisionCode !== (division ?? me.divisionCode)) go({ division: row.divisionCode });
  };

  return (
    <>
      <PageHeader
        title={t('ch.nav.indicators')}
        extra={
          <Flex gap={8} align="center">
            <Select<number>
              aria-label={t('ch.ind.year')}
              value={year}
              onChange={(y) => go({ year: y, division })}
              options={Array.from({ length: 5 }, (_, i) => thisYear() - i).map((y) => ({
                value: y,
                label: t('ch.ind.yearOption', { year: y }),
              }))}
            />
            <Button icon={<DownloadOutlined aria-hidden />} href={unmanagedExportHref(year, division)}>
              {t('ch.ind.export')}
            </Button>
          </Flex>
        }
      />
      <Breadcrumb
        className="console-block"
        items={[
          { key: 'scope', title: <Link to={hrefOf({})}>{me.divisionName}</Link> },
          ...path.map((code) => ({
            key: code,
            title: <Link to={hrefOf({ division: code })}>{nameOf(code)}</Link>,
          })),
        ]}
      />
      {indicator.isError && !data ? (
        <ErrorResult error={indicator.error} onRetry={() => void indicator.refetch()} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Row gutter={[16, 16]} className="console-block">
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic
                  title={t('ch.ind.rate')}
                  value={percentText(t, data.rate)}
                  styles={{
                    content: { color: data.rate === null ? undefined : below ? '#cf1322' : '#389e0d' },
                  }}
                  suffix={<span className="ch-target">{t('ch.ind.vsTarget', { target: data.target })}</span>}
                />
                <Typography.Text type="secondary">
                  {t('ch.ind.counts', { managed: data.numerator, counted: data.denominator })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic title={t('ch.ind.newbornVisit')} value={percentText(t, data.newbornVisit.rate)} />
                <Typography.Text type="secondary">
                  {data.newbornVisit.numerator}/{data.newbornVisit.denominator}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic title={t('ch.ind.familyDoctor')} value={percentText(t, data.familyDoctor.rate)} />
                <Typography.Text type="secondary">
                  {data.familyDoctor.numerator}/{data.familyDoctor.denominator}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" className="ch-rule console-block">
            {ruleText(t, data)} {t('ch.ind.asOf', { date: data.asOf.slice(0, 10) })}
          </Typography.Paragraph>
          <Card
            size="small"
            className="console-block"
            title={t(division && division.length === 9 ? 'ch.ind.chartTownship' : 'ch.ind.chartTitle')}
          >
            {data.byDivision.length ? (
              <RateChart rows={data.byDivision} target={data.target} onPick={drill} />
            ) : (
              <Empty description={t('ch.ind.noDivisions')} />
            )}
            {data.byDivision.length > 0 && (division ?? me.divisionCode).length < 9 && (
              <Typography.Text type="secondary">{t('ch.ind.drillHint')}</Typography.Text>
            )}
          </Card>
          <Card title={t('ch.ind.unmanagedTitle', { n: data.unmanagedTotal })} size="small">
            <UnmanagedTable rows={data.unmanaged} canOpen={canRead} />
            {data.unmanagedTotal > data.unmanaged.length && (
              <Typography.Paragraph type="secondary" className="ch-footnote">
                {t('ch.ind.unmanagedMore', { shown: data.unmanaged.length, total: data.unmanagedTotal })}
              </Typography.Paragraph>
            )}
          </Card>
        </>
      )}
    </>
  );
}
