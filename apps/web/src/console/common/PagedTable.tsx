import type { UseQueryResult } from '@tanstack/react-query';
import { Grid, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { ErrorResult } from './ErrorResult';
import { DEFAULT_PAGE_SIZE } from './paging';

/** A list's page and page size, kept in the component (page 1 again when a filter changes). */
export function usePaging() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  return { page, pageSize, setPage, setPageSize };
}
export type Paging = ReturnType<typeof usePaging>;

interface PagedTableProps<T> {
  list: UseQueryResult<{ items: T[]; total: number }>;
  paging: Paging;
  emptyText: string;
  /** The table's width before it scrolls sideways. */
  scrollX: number;
  columns: TableColumnsType<T>;
}

/** A paged list endpoint as a table: the error with a retry, loading, 共 N 条, small on a phone. */
export function PagedTable<T extends { id: number }>({
  list,
  paging,
  emptyText,
  scrollX,
  columns,
}: PagedTableProps<T>) {
  const t = useT();
  const phone = Grid.useBreakpoint().sm === false;
  if (list.isError && !list.data)
    return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<T>
      rowKey="id"
      loading={list.isFetching}
      dataSource={list.data?.items ?? []}
      size={phone ? 'small' : 'middle'}
      scroll={{ x: scrollX }}
      locale={{ emptyText }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: list.data?.total ?? 0,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: (p, s) => {
          paging.setPage(p);
          paging.setPageSize(s);
        },
      }}
      columns={columns}
    />
  );
}
