import { DownloadOutlined } from '@ant-design/icons';
import type { FilingStatus } from '@tuoyu/contracts';
import { Alert, Badge, Button, Card, Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { toQueryString } from '../../../shared/api';
import { enumKey, useT } from '../../../shared/i18n';
import { useCan } from '../../auth/permissions';
import { useMe } from '../../auth/session';
import { ErrorResult } from '../../common/ErrorResult';
import { PageHeader } from '../../common/PageHeader';
import { pagingForUrl } from '../../common/paging';
import { FilingFilterBar } from '../FilingFilterBar';
import { FilingTable } from '../FilingTable';
import { isUnderReview } from '../labels';
import {
  type FilingFilters,
  filingQuery,
  readFilingFilters,
  useFilingCount,
  useFilingList,
} from '../queries';

/** The queue's tabs, the work first: 待审核, then changes, then everything else. */
const TABS: (FilingStatus | 'all')[] = [
  'submitted',
  'change_submitted',
  'returned',
  'draft',
  'filed',
  'suspended',
  'deregistered',
  'all',
];

/**
 * 备案审核: the county health commission's queue of filings (the city sees every county). Pending
 * rows show the 5-working-day clock (登记和备案办法); rows open the record and its actions.
 */
export function FilingsPage() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const readOnly = !can('filings.review');
  const cityWide = can('filings.all-counties');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilingFilters(searchParams, 'submitted');
  const tab = searchParams.get('status') === 'all' ? 'all' : (filters.status ?? 'submitted');
  const list = useFilingList(filters);
  const countFilters = { q: filters.q, divisionCode: filters.divisionCode, overdue: filters.overdue };
  const pending = useFilingCount({ ...countFilters, status: 'submitted' });
  const pendingChanges = useFilingCount({ ...countFilters, status: 'change_submitted' });

  const apply = (next: Partial<Omit<FilingFilters, 'status'>> & { status?: FilingStatus | 'all' }) => {
    const { status, ...rest } = next;
    // The default tab (待审核) keeps a plain address; "all" must be written to beat the default.
    const query = filingQuery({ ...rest, ...pagingForUrl(rest.page, rest.pageSize) });
    setSearchParams(
      new URLSearchParams(toQueryString({ status: status === 'submitted' ? undefined : status, ...query })),
    );
  };
  const current = { q: filters.q, divisionCode: filters.divisionCode, overdue: filters.overdue };
  const { page: _page, pageSize: _size, ...exportFilters } = filters;
  const exportHref = `/api/filings/export.xlsx${toQueryString(filingQuery({ ...exportFilters, status: tab === 'all' ? undefined : tab }))}`;

  const tabLabel = (key: FilingStatus | 'all') => {
    const name = key === 'all' ? t('common.all') : t(enumKey('filingStatus', key));
    const count =
      key === 'submitted' ? pending.data : key === 'change_submitted' ? pendingChanges.data : undefined;
    return count ? (
      <Flex gap={6} align="center">
        {name}
        <Badge count={count} overflowCount={999} color={filters.overdue ? '#cf1322' : '#0b5cad'} />
      </Flex>
    ) : (
      name
    );
  };

  return (
    <>
      <PageHeader title={t('prov.queue.title')} />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={
          readOnly
            ? t('prov.queue.scopeReadOnly', { division: me.divisionName })
            : t('prov.queue.scope', { division: me.divisionName })
        }
      />
      <Card className="console-block">
        <FilingFilterBar
          value={filters}
          withCounty={cityWide}
          withOverdue
          onSearch={(next) => apply({ ...next, status: tab, pageSize: filters.pageSize })}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            apply({ ...current, status: key as FilingStatus | 'all', pageSize: filters.pageSize })
          }
          items={TABS.map((key) => ({ key, label: tabLabel(key) }))}
        />
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Flex justify="space-between" align="center" className="console-table-toolbar">
              <Typography.Text>{t('common.total', { total: list.data?.total ?? 0 })}</Typography.Text>
              <Button icon={<DownloadOutlined aria-hidden />} href={exportHref}>
                {t('common.exportExcel')}
              </Button>
            </Flex>
            <FilingTable
              data={list.data}
              loading={list.isFetching}
              withDeadline
              emptyText={
                filters.q || filters.divisionCode || filters.overdue
                  ? t('prov.list.emptyFiltered')
                  : tab === 'submitted' || tab === 'change_submitted'
                    ? t('prov.queue.emptyPending')
                    : t('prov.queue.empty')
              }
              actionLabel={(item) =>
                !readOnly && isUnderReview(item.status) ? t('prov.list.review') : t('common.view')
              }
              onPageChange={(page, pageSize) => apply({ ...current, status: tab, page, pageSize })}
            />
          </>
        )}
      </Card>
    </>
  );
}
