import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { HealthChildStatus, HealthImportKind, HealthWorkCounts, HealthWorkList } from '@tuoyu/contracts';
import { Badge, Button, Card, Flex, Input, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { enumKey, type MessageKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { DivisionPicker } from '../common/DivisionPicker';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { pagingForUrl } from '../common/paging';
import { HealthChildTable } from './HealthChildTable';
import { ImportModal } from './ImportModal';
import {
  type HealthChildFilters,
  healthExportHref,
  readHealthFilters,
  useHealthChildren,
  useHealthWorkCounts,
} from './queries';
import { RegisterDrawer } from './RegisterDrawer';
import './child-health.css';

type Tab = HealthWorkList | 'all';

/** The work lists, each with the count from work-counts. */
export const WORK_TABS: { key: Tab; label: MessageKey; count?: keyof HealthWorkCounts }[] = [
  { key: 'all', label: 'common.all' },
  { key: 'due_week', label: 'ch.list.dueWeek', count: 'dueWeek' },
  { key: 'overdue', label: 'ch.list.overdue', count: 'overdue' },
  { key: 'flagged', label: 'ch.list.flagged', count: 'flagged' },
  { key: 'newborn_unvisited', label: 'ch.list.newbornUnvisited', count: 'newbornUnvisited' },
];

const STATUSES: HealthChildStatus[] = ['active', 'moved_out', 'died'];

/**
 * 儿童健康档案: every child under 3 in the caller's area, with the health worker's work lists
 * (due this week, overdue, 体弱儿, newborns not visited), filters, Excel export, and — for health
 * workers — 登记新生儿 and the Excel imports.
 */
export function HealthChildrenPage() {
  const t = useT();
  const me = useMe();
  const manage = usePermission('child-health.manage');
  const [params, setParams] = useSearchParams();
  const filters = readHealthFilters(params);
  const list = useHealthChildren(filters);
  const counts = useHealthWorkCounts();
  const [registering, setRegistering] = useState(false);
  const [importing, setImporting] = useState<HealthImportKind | null>(null);
  // A township's health worker has nothing below to pick; a county or the city has.
  const withDivision = me.divisionCode.length === 6;

  const apply = (next: Partial<HealthChildFilters>) => {
    const merged = { ...filters, page: 1, ...next };
    setParams(
      new URLSearchParams(
        toQueryString({
          q: merged.q,
          division: merged.division,
          status: merged.status,
          list: merged.list,
          ...pagingForUrl(merged.page, merged.pageSize),
        }),
      ),
    );
  };

  const filtered = !!(filters.q || filters.division || filters.status || filters.list);

  return (
    <>
      <PageHeader
        title={t('ch.nav.children')}
        extra={
          manage && (
            <Flex gap={8} wrap>
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting('births')}>
                {t('ch.import.births')}
              </Button>
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting('checkups')}>
                {t('ch.import.checkups')}
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRegistering(true)}>
                {t('ch.register.title')}
              </Button>
            </Flex>
          )
        }
      />
      <Card className="console-block">
        <Flex gap={12} wrap align="center">
          <Input.Search
            allowClear
            defaultValue={filters.q}
            key={filters.q ?? ''}
            placeholder={t('ch.list.searchPlaceholder')}
            aria-label={t('ch.list.search')}
            enterButton={t('common.search')}
            style={{ maxWidth: 360 }}
            onSearch={(q) => apply({ q: q.trim() || undefined })}
          />
          {withDivision && (
            <DivisionPicker
              allowClear
              value={filters.division}
              placeholder={t('ch.list.division')}
              aria-label={t('ch.list.division')}
              style={{ minWidth: 220 }}
              onChange={(division) => apply({ division: division || undefined })}
            />
          )}
          <Select<HealthChildStatus | ''>
            aria-label={t('ch.list.status')}
            style={{ minWidth: 140 }}
            value={filters.status ?? ''}
            onChange={(status) => apply({ status: status || undefined })}
            options={[
              { value: '', label: t('ch.list.anyStatus') },
              ...STATUSES.map((s) => ({ value: s, label: t(enumKey('healthChildStatus', s)) })),
            ]}
          />
        </Flex>
      </Card>
      <Card>
        <div className="ch-tabs">
          <Segmented<Tab>
            value={filters.list ?? 'all'}
            onChange={(key) => apply({ list: key === 'all' ? undefined : key })}
            options={WORK_TABS.map((tab) => ({
              value: tab.key,
              label: (
                <Flex gap={6} align="center">
                  {t(tab.label)}
                  {tab.count && counts.data && (
                    <Badge
                      count={counts.data[tab.count]}
                      showZero
                      overflowCount={999}
                      color={tab.key === 'overdue' ? '#cf1322' : '#0b5cad'}
                    />
                  )}
                </Flex>
              ),
            }))}
          />
        </div>
        <Flex justify="space-between" align="center" wrap gap={8} className="console-table-toolbar">
          <Typography.Text>{t('common.total', { total: list.data?.total ?? 0 })}</Typography.Text>
          <Button icon={<DownloadOutlined aria-hidden />} href={healthExportHref(filters)}>
            {t('common.exportExcel')}
          </Button>
        </Flex>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <HealthChildTable
            data={list.data}
            loading={list.isFetching}
            page={filters.page}
            pageSize={filters.pageSize}
            emptyText={t(
              filtered ? 'ch.list.emptyFiltered' : manage ? 'ch.list.emptyManage' : 'ch.list.empty',
            )}
            onPageChange={(page, pageSize) => apply({ page, pageSize })}
          />
        )}
        <Typography.Paragraph type="secondary" className="ch-footnote">
          {t('ch.list.masked')}
        </Typography.Paragraph>
      </Card>
      {manage && <RegisterDrawer open={registering} onClose={() => setRegistering(false)} />}
      {manage && <ImportModal kind={importing} onClose={() => setImporting(null)} />}
    </>
  );
}
