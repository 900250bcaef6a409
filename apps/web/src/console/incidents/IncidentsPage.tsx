import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { IncidentListItem } from '@tuoyu/contracts';
import {
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  type IncidentSeverity,
  type IncidentStatus,
  type IncidentType,
} from '@tuoyu/domain';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Grid,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ProviderFilterTag, providerIdParam } from '../common/ProviderFilterTag';
import { DEFAULT_PAGE_SIZE, positiveInt } from '../common/paging';
import { AlertBanner } from './AlertBanner';
import { LateTag, SeverityTag, StatusTag, typeLabel } from './labels';
import { type IncidentFilters, incidentExportHref, useIncidents } from './queries';
import { ReportDrawer } from './ReportDrawer';
import './incidents.css';

const pick = <T extends string>(all: readonly T[], v: string | null) => all.find((x) => x === v);
const nowrap = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

/**
 * 安全事故 (provider users: report and follow their own) and 事故监测 (county, city and township:
 * the alert banner, every incident in scope with late and severity tags, Excel).
 */
export function IncidentsPage() {
  const t = useT();
  const me = useMe();
  const provider = me.providerId !== null;
  const mayAcknowledge = usePermission('incidents.acknowledge');
  const phone = Grid.useBreakpoint().sm === false;
  const [params, setParams] = useSearchParams();
  const filters: IncidentFilters = {
    providerId: providerIdParam(params),
    severity: pick(INCIDENT_SEVERITIES, params.get('severity')),
    type: pick(INCIDENT_TYPES, params.get('type')),
    status: pick(INCIDENT_STATUSES, params.get('status')),
    late: params.get('late') === '1' ? '1' : undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
  const list = useIncidents(filters);
  const [reporting, setReporting] = useState(false);

  const apply = (next: Partial<IncidentFilters>) => {
    const merged = { ...filters, page: 1, ...next };
    setParams(
      new URLSearchParams(
        toQueryString({
          providerId: merged.providerId,
          severity: merged.severity,
          type: merged.type,
          status: merged.status,
          late: merged.late,
          page: merged.page === 1 ? undefined : merged.page,
          pageSize: merged.pageSize === DEFAULT_PAGE_SIZE ? undefined : merged.pageSize,
        }),
      ),
    );
  };
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={provider ? t('inc.nav.incidents') : t('inc.nav.monitor')}
        extra={
          <>
            <Button icon={<DownloadOutlined aria-hidden />} href={incidentExportHref(filters)}>
              {t('common.exportExcel')}
            </Button>
            {provider && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setReporting(true)}>
                {t('inc.report')}
              </Button>
            )}
          </>
        }
      />
      {!provider && <AlertBanner mayAcknowledge={mayAcknowledge} />}
      <Typography.Paragraph type="secondary">
        {provider ? t('inc.hint.provider') : t('inc.hint.regulator')}
      </Typography.Paragraph>
      <Card>
        <Flex className="inc-filters" gap={8} wrap align="center">
          {filters.providerId && (
            <ProviderFilterTag
              name={list.data?.items[0]?.providerName}
              onClear={() => apply({ providerId: undefined })}
            />
          )}
          <Select<IncidentSeverity | ''>
            aria-label={t('inc.field.severity')}
            style={{ minWidth: 120 }}
            value={filters.severity ?? ''}
            onChange={(v) => apply({ severity: v || undefined })}
            options={[
              { value: '', label: t('inc.filter.allSeverities') },
              ...INCIDENT_SEVERITIES.map((s) => ({ value: s, label: t(enumKey('incidentSeverity', s)) })),
            ]}
          />
          <Select<IncidentType | ''>
            aria-label={t('inc.field.type')}
            style={{ minWidth: 150 }}
            value={filters.type ?? ''}
            onChange={(v) => apply({ type: v || undefined })}
            options={[
              { value: '', label: t('inc.filter.allTypes') },
              ...INCIDENT_TYPES.map((s) => ({ value: s, label: typeLabel(t, s) })),
            ]}
          />
          <Select<IncidentStatus | ''>
            aria-label={t('common.status')}
            style={{ minWidth: 120 }}
            value={filters.status ?? ''}
            onChange={(v) => apply({ status: v || undefined })}
            options={[
              { value: '', label: t('common.allStatuses') },
              ...INCIDENT_STATUSES.map((s) => ({ value: s, label: t(enumKey('incidentStatus', s)) })),
            ]}
          />
          <Checkbox
            checked={filters.late === '1'}
            onChange={(e) => apply({ late: e.target.checked ? '1' : undefined })}
          >
            {t('inc.filter.lateOnly')}
          </Checkbox>
        </Flex>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : phone ? (
          !list.data ? (
            <Skeleton active />
          ) : items.length === 0 ? (
            <Empty description={t('inc.empty')} />
          ) : (
            <Flex vertical gap={12}>
              {items.map((i) => (
                <Link key={i.id} to={`/console/incidents/${i.id}`} className="inc-card-link">
                  <Card size="small">
                    <Flex justify="space-between" gap={8}>
                      <Typography.Text strong>{typeLabel(t, i.type)}</Typography.Text>
                      <Space size={0}>
                        <SeverityTag value={i.severity} />
                        {i.late && <LateTag />}
                        <StatusTag value={i.status} />
                      </Space>
                    </Flex>
                    {!provider && <div>{i.providerName}</div>}
                    <Typography.Text type="secondary">
                      {t('inc.alert.occurred', { at: formatDateTimeShort(i.occurredAt) })}
                    </Typography.Text>
                  </Card>
                </Link>
              ))}
              {(list.data.total ?? 0) > filters.pageSize && (
                <Flex justify="center" gap={8}>
                  <Button disabled={filters.page <= 1} onClick={() => apply({ page: filters.page - 1 })}>
                    {t('common.previous')}
                  </Button>
                  <Button
                    disabled={filters.page * filters.pageSize >= list.data.total}
                    onClick={() => apply({ page: filters.page + 1 })}
                  >
                    {t('common.next')}
                  </Button>
                </Flex>
              )}
            </Flex>
          )
        ) : (
          <Table<IncidentListItem>
            rowKey="id"
            loading={list.isFetching}
            dataSource={items}
            scroll={{ x: 1080 }}
            locale={{ emptyText: t('inc.empty') }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: list.data?.total ?? 0,
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) => apply({ page, pageSize }),
            }}
            columns={[
              {
                key: 'reportedAt',
                title: t('inc.field.reportedAt'),
                render: (_, i) => formatDateTimeShort(i.reportedAt),
                ...nowrap,
              },
              ...(provider
                ? []
                : [
                    {
                      key: 'provider',
                      title: t('common.provider'),
                      width: 230,
                      render: (_: unknown, i: IncidentListItem) => (
                        <>
                          {i.providerName}
                          <br />
                          <Typography.Text type="secondary">{i.divisionName}</Typography.Text>
                        </>
                      ),
                    },
                  ]),
              { key: 'type', title: t('inc.field.type'), render: (_, i) => typeLabel(t, i.type), ...nowrap },
              {
                key: 'severity',
                title: t('inc.field.severity'),
                render: (_, i) => (
                  <Space size={0}>
                    <SeverityTag value={i.severity} />
                    {i.late && <LateTag />}
                  </Space>
                ),
                ...nowrap,
              },
              {
                key: 'status',
                title: t('common.status'),
                render: (_, i) => (
                  <Space size={0}>
                    <StatusTag value={i.status} />
                    {i.alert && !i.acknowledgedAt && <Tag color="red">{t('inc.unacknowledged')}</Tag>}
                  </Space>
                ),
                ...nowrap,
              },
              {
                key: 'occurredAt',
                title: t('inc.field.occurredAt'),
                render: (_, i) => formatDateTimeShort(i.occurredAt),
                ...nowrap,
              },
              { key: 'children', title: t('inc.field.childCount'), dataIndex: 'childCount', ...nowrap },
              {
                key: 'actions',
                title: t('common.actions'),
                fixed: 'right',
                render: (_, i) => <Link to={`/console/incidents/${i.id}`}>{t('common.view')}</Link>,
                ...nowrap,
              },
            ]}
          />
        )}
      </Card>
      {provider && <ReportDrawer open={reporting} onClose={() => setReporting(false)} />}
    </>
  );
}
