import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { InspectionKind } from '@tuoyu/domain';
import { Alert, Button, Card, Checkbox, Flex, Grid, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { ProviderFilterTag, providerIdParam } from '../common/ProviderFilterTag';
import { DEFAULT_PAGE_SIZE, pagingForUrl, positiveInt } from '../common/paging';
import { InspectionList } from './InspectionList';
import { NewInspectionDrawer } from './NewInspectionDrawer';
import { exportHref, type InspectionFilters, useInspectionList } from './queries';
import './inspections.css';

const STATUSES = ['assigned', 'submitted', 'closed'] as const;
const KINDS = ['random', 'complaint', 'campaign', 'follow_up'] as const;

function readFilters(p: URLSearchParams): InspectionFilters {
  return {
    providerId: providerIdParam(p),
    status: STATUSES.find((s) => s === p.get('status')),
    kind: KINDS.find((k) => k === p.get('kind')),
    overdue: p.get('overdue') === 'true' ? 'true' : undefined,
    page: positiveInt(p.get('page'), 1),
    pageSize: positiveInt(p.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

/**
 * 检查任务 (SPEC C5): an inspector's own tasks (a card list on a phone), or everything in a
 * regulator's scope with filters and the Excel export.
 */
export function InspectionsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const list = useInspectionList(filters);
  const phone = Grid.useBreakpoint().md === false;
  const inspector = usePermission('inspections.tasks');
  const mayCreate = usePermission('inspections.create');
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  const apply = (next: Partial<InspectionFilters>) => {
    const f = { ...filters, page: 1, ...next };
    setParams(
      new URLSearchParams(
        toQueryString({
          providerId: f.providerId,
          status: f.status,
          kind: f.kind,
          overdue: f.overdue,
          ...pagingForUrl(f.page, f.pageSize),
        }),
      ),
    );
  };
  const { page: _p, pageSize: _s, ...exportFilters } = filters;
  const kindLabel = (k: InspectionKind) => t(enumKey('inspectionKind', k));

  return (
    <>
      <PageHeader
        title={inspector ? t('insp.list.titleMine') : t('insp.nav.inspections')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('insp.new.title')}
            </Button>
          )
        }
      />
      <NewInspectionDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void navigate(`/console/inspections/${id}`);
        }}
      />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={
          inspector
            ? t('insp.list.hintInspector')
            : t('insp.list.hintRegulator', { division: me.divisionName })
        }
      />
      <Card className="console-block">
        <Flex wrap gap={12} align="center">
          {filters.providerId && (
            <ProviderFilterTag
              name={list.data?.items[0]?.providerName}
              onClear={() => apply({ providerId: undefined })}
            />
          )}
          <Select
            aria-label={t('common.status')}
            style={{ minWidth: 140 }}
            value={filters.status ?? ''}
            onChange={(v) => apply({ status: v || undefined })}
            options={[
              { value: '', label: t('common.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: t(enumKey('inspectionStatus', s)) })),
            ]}
          />
          <Select
            aria-label={t('common.kind')}
            style={{ minWidth: 140 }}
            value={filters.kind ?? ''}
            onChange={(v) => apply({ kind: v || undefined })}
            options={[
              { value: '', label: t('insp.list.allKinds') },
              ...KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
            ]}
          />
          <Checkbox
            checked={!!filters.overdue}
            onChange={(e) => apply({ overdue: e.target.checked ? 'true' : undefined })}
          >
            {t('common.overdueOnly')}
          </Checkbox>
        </Flex>
      </Card>
      <Card>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Flex justify="space-between" align="center" className="console-table-toolbar">
              <Typography.Text>{t('common.total', { total: list.data?.total ?? 0 })}</Typography.Text>
              {!inspector && (
                <Button icon={<DownloadOutlined aria-hidden />} href={exportHref(exportFilters)}>
                  {t('common.exportExcel')}
                </Button>
              )}
            </Flex>
            <InspectionList
              data={list.data}
              loading={list.isFetching}
              filters={filters}
              apply={apply}
              inspector={inspector}
              phone={phone}
            />
          </>
        )}
      </Card>
    </>
  );
}
