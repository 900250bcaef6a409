import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { PlanSummary } from '@tuoyu/contracts';
import { Button, Card, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { DEFAULT_PAGE_SIZE, pagingForUrl, positiveInt } from '../common/paging';
import { PlanDrawer } from './PlanDrawer';
import { type PlanFilters, usePlans } from './queries';
import './inspection-plans.css';

/** 抽查计划: the plans in scope, newest first; the health commission publishes new ones. */
export function PlansPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const drawnParam = params.get('drawn');
  const filters: PlanFilters = {
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
    drawn: drawnParam === '1' ? 1 : drawnParam === '0' ? 0 : undefined,
  };
  const plans = usePlans(filters);
  const canPlan = usePermission('inspection-plans.manage');
  const setFilters = (f: Partial<PlanFilters>) => {
    const next = { ...filters, ...f };
    const q: Record<string, string> = {};
    const paging = pagingForUrl(next.page, next.pageSize);
    if (paging.page) q.page = String(paging.page);
    if (paging.pageSize) q.pageSize = String(paging.pageSize);
    if (next.drawn !== undefined) q.drawn = String(next.drawn);
    setParams(q);
  };

  return (
    <>
      <PageHeader
        title={t('plans.nav.plans')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={`/api/inspection-plans/export.xlsx${toQueryString({ drawn: filters.drawn })}`}
            >
              {t('common.exportExcel')}
            </Button>
            {canPlan && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
                {t('plans.create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Segmented
          className="console-block"
          value={filters.drawn === undefined ? 'all' : String(filters.drawn)}
          onChange={(v) => setFilters({ page: 1, drawn: v === 'all' ? undefined : v === '1' ? 1 : 0 })}
          options={[
            { value: 'all', label: t('common.all') },
            { value: '0', label: t('plans.filter.pending') },
            { value: '1', label: t('plans.filter.drawn') },
          ]}
        />
        {plans.isError && !plans.data ? (
          <ErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <Table<PlanSummary>
            rowKey="id"
            loading={plans.isFetching}
            dataSource={plans.data?.items}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('plans.empty') }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: plans.data?.total ?? 0,
              hideOnSinglePage: true,
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
            }}
            columns={[
              {
                key: 'name',
                title: t('plans.field.name'),
                render: (_, p) => <Link to={`/console/inspection-plans/${p.id}`}>{p.planName}</Link>,
              },
              { key: 'division', title: t('plans.field.division'), dataIndex: 'divisionName', width: 100 },
              { key: 'checklist', title: t('common.checklist'), dataIndex: 'checklistName', width: 200 },
              { key: 'candidates', title: t('plans.field.candidates'), dataIndex: 'candidates', width: 90 },
              { key: 'selected', title: t('plans.field.selectedCount'), dataIndex: 'selected', width: 90 },
              { key: 'dueBy', title: t('common.dueBy'), dataIndex: 'dueBy', width: 110 },
              {
                key: 'status',
                title: t('common.status'),
                width: 170,
                render: (_, p) =>
                  p.revealed ? (
                    <Tag color="green">{t('plans.status.drawnAt', { at: formatDateTime(p.drawnAt) })}</Tag>
                  ) : p.drawnAt ? (
                    <Tag color="orange">{t('common.drawnNotYetPublic')}</Tag>
                  ) : (
                    <Tag color="blue">{t('plans.status.published')}</Tag>
                  ),
              },
            ]}
          />
        )}
      </Card>
      {open && <PlanDrawer onClose={() => setOpen(false)} />}
    </>
  );
}
