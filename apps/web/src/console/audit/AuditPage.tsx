import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { pagingForUrl } from '../common/paging';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { type AuditFilters, auditApiQuery, readAuditFilters, useAuditList } from './queries';

/** 审计日志 (system administrators, city regulators): who changed what, when, from where. */
export function AuditPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readAuditFilters(searchParams);
  const list = useAuditList(filters);

  const applyFilters = (next: Partial<AuditFilters>) => {
    setSearchParams(
      new URLSearchParams(toQueryString({ ...next, ...pagingForUrl(next.page, next.pageSize) })),
    );
  };

  const { page: _page, pageSize: _pageSize, ...exportFilters } = filters;
  const exportHref = `/api/audit/export.xlsx${toQueryString(auditApiQuery(exportFilters))}`;

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card className="console-block">
        <AuditFilterBar
          value={filters}
          onSearch={(next) => applyFilters({ ...next, pageSize: filters.pageSize })}
        />
      </Card>
      <Card>
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
            <AuditTable
              data={list.data}
              loading={list.isFetching}
              onPageChange={(page, pageSize) => applyFilters({ ...filters, page, pageSize })}
            />
          </>
        )}
      </Card>
    </>
  );
}
