import { DownloadOutlined } from '@ant-design/icons';
import { CITY_REGULATORS, isOneOf, type ProviderRiskItem } from '@tuoyu/contracts';
import type { RiskTier } from '@tuoyu/domain';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Segmented,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { CountySelect } from '../providers/CountySelect';
import { reasonLabel, TIER_COLOR, TIER_TAG, tierLabel } from './labels';
import { useRisk } from './queries';
import './risk.css';

const RiskMap = lazy(async () => ({ default: (await import('./RiskMap')).RiskMap }));

const TIERS: RiskTier[] = ['high', 'normal', 'low'];
const isTier = (v: string | null): v is RiskTier => v === 'high' || v === 'normal' || v === 'low';

/**
 * 风险监测: every inspectable provider's risk tier from the last 12 months' findings, complaints,
 * incidents and ratio breaches — the tiers the next "双随机" plan draws from (a higher share from
 * the high tier). County regulators see their county, the city every county (and can narrow to
 * one), township officers their township. Filters live in the address bar.
 */
export function RiskPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const county = params.get('county') ?? undefined;
  const tierParam = params.get('tier');
  const tier = isTier(tierParam) ? tierParam : undefined;
  const query = { ...(county ? { divisionCode: county } : {}), ...(tier ? { tier } : {}) };
  const risk = useRisk(query);
  const selectedId = Number(params.get('provider')) || null;
  const selected = risk.data?.items.find((i) => i.providerId === selectedId) ?? null;

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<ProviderRiskItem> = [
    {
      title: t('common.provider'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Button type="link" className="risk-name" onClick={() => set('provider', String(r.providerId))}>
          {name}
        </Button>
      ),
    },
    {
      title: t('risk.col.area'),
      key: 'area',
      responsive: ['md'],
      render: (_, r) => [r.countyName, r.townshipName].filter(Boolean).join(' · '),
    },
    {
      title: t('risk.col.tier'),
      dataIndex: 'tier',
      width: 96,
      render: (v: RiskTier) => <Tag color={TIER_TAG[v]}>{t(tierLabel(v))}</Tag>,
    },
    {
      title: t('risk.col.score'),
      dataIndex: 'score',
      width: 80,
      sorter: (a, b) => a.score - b.score,
    },
    {
      title: t('risk.col.reasons'),
      key: 'reasons',
      responsive: ['lg'],
      render: (_, r) => <Reasons item={r} />,
    },
    {
      title: t('risk.col.lastInspected'),
      dataIndex: 'lastInspectedOn',
      width: 120,
      responsive: ['sm'],
      render: (v: string | null) => v ?? t('risk.never'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('risk.nav.risk')}
        extra={
          <>
            {isOneOf(me.role, CITY_REGULATORS) && (
              <CountySelect
                allowClear
                placeholder={t('risk.allCounties')}
                aria-label={t('common.county')}
                value={county}
                onChange={(v) => set('county', v)}
                style={{ minWidth: 140 }}
              />
            )}
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={`/api/risk/export.xlsx${toQueryString(query)}`}
            >
              {t('common.exportExcel')}
            </Button>
          </>
        }
      />
      <Alert className="console-block" type="info" showIcon title={t('risk.lead')} />
      {risk.isError && !risk.data ? (
        <Card>
          <ErrorResult error={risk.error} onRetry={() => void risk.refetch()} />
        </Card>
      ) : risk.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <div className="risk-body" style={{ opacity: risk.isPlaceholderData ? 0.6 : 1 }}>
          <div className="risk-stats">
            {TIERS.map((x) => (
              <Card
                key={x}
                hoverable
                className={tier === x ? 'risk-stat risk-stat-on' : 'risk-stat'}
                onClick={() => set('tier', tier === x ? undefined : x)}
              >
                <Statistic
                  title={t(tierLabel(x))}
                  value={risk.data.counts[x]}
                  suffix={t('risk.providers')}
                  styles={{ content: { color: TIER_COLOR[x] } }}
                />
              </Card>
            ))}
          </div>
          <Card size="small">
            <Suspense fallback={<Skeleton.Node active className="risk-map-canvas" />}>
              <RiskMap items={risk.data.items} onSelect={(id) => set('provider', String(id))} />
            </Suspense>
          </Card>
          <Card size="small" title={t('risk.listTitle', { since: risk.data.since })}>
            <Segmented
              className="risk-filter"
              value={tier ?? 'all'}
              onChange={(v) => set('tier', v === 'all' ? undefined : String(v))}
              options={[
                { value: 'all', label: t('common.all') },
                ...TIERS.map((x) => ({ value: x, label: t(tierLabel(x)) })),
              ]}
            />
            <Table<ProviderRiskItem>
              rowKey="providerId"
              size="middle"
              columns={columns}
              dataSource={risk.data.items}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              rowClassName={(r) => (r.providerId === selectedId ? 'risk-row-on' : '')}
            />
          </Card>
        </div>
      )}
      <Drawer
        open={selected !== null}
        onClose={() => set('provider', undefined)}
        title={selected?.name}
        size="default"
        destroyOnHidden
      >
        {selected && (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('risk.col.tier')}>
                <Tag color={TIER_TAG[selected.tier]}>{t(tierLabel(selected.tier))}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('risk.col.score')}>{selected.score}</Descriptions.Item>
              <Descriptions.Item label={t('risk.col.area')}>
                {[selected.countyName, selected.townshipName].filter(Boolean).join(' · ')}
              </Descriptions.Item>
              <Descriptions.Item label={t('risk.col.lastInspected')}>
                {selected.lastInspectedOn ?? t('risk.never')}
              </Descriptions.Item>
            </Descriptions>
            <Reasons item={selected} detailed />
            <Space wrap>
              <Link to={`/console/filings/${selected.filingId}`}>
                <Button type="primary">{t('risk.record')}</Button>
              </Link>
              <Button href={`/providers/${selected.providerId}`} target="_blank">
                {t('risk.publicPage')}
              </Button>
            </Space>
          </Space>
        )}
      </Drawer>
    </>
  );
}

function Reasons({ item, detailed = false }: { item: ProviderRiskItem; detailed?: boolean }) {
  const t = useT();
  if (item.reasons.length === 0) return detailed ? <span>{t('risk.noReasons')}</span> : null;
  return (
    <Space size={[4, 4]} wrap direction={detailed ? 'vertical' : 'horizontal'}>
      {item.reasons.map((r) => (
        <Tag key={r.code} color={r.code === 'clean_record' ? 'success' : r.points > 0 ? 'default' : 'error'}>
          {t(reasonLabel(r.code))}
          {r.count > 1 || detailed ? ` ×${r.count}` : ''}
          {r.points > 0 ? ` +${r.points}` : ''}
        </Tag>
      ))}
    </Space>
  );
}
