import type { FilingList } from '@tuoyu/contracts';
import { PROVIDER_KIND_NAMES } from '@tuoyu/domain';
import { Empty, Flex, Grid, Table, type TableProps, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n';
import { DeadlineCounter } from './DeadlineCounter';
import { FilingStatusTag } from './FilingStatusTag';
import { formatDate, isUnderReview, useLocalized } from './labels';

type Item = FilingList['items'][number];

interface FilingTableProps {
  data: FilingList | undefined;
  loading: boolean;
  emptyText: string;
  onPageChange: (page: number, pageSize: number) => void;
  /** Show the review clock and submission date (the review queue). */
  withDeadline?: boolean;
  /** Text of the row action link (审核 / 查看). */
  actionLabel: (item: Item) => string;
}

/** A filing list: provider, kind, county, status, the review clock, filing number; rows open the record. */
export function FilingTable({
  data,
  loading,
  emptyText,
  onPageChange,
  withDeadline,
  actionLabel,
}: FilingTableProps) {
  const t = useT();
  const loc = useLocalized();
  const screens = Grid.useBreakpoint();
  // Phone: one column that carries the status and the clock under the name, then the action.
  const compact = screens.md === false;
  const compactColumns: NonNullable<TableProps<Item>['columns']> = [
    {
      title: t('common.providerNameLabel'),
      key: 'name',
      render: (_, item) => (
        <Flex vertical gap={4}>
          <Link to={`/console/filings/${item.id}`}>{item.providerName}</Link>
          <Typography.Text type="secondary">
            {loc(PROVIDER_KIND_NAMES[item.kind])} · {item.divisionName}
          </Typography.Text>
          <Flex gap={4} wrap>
            <FilingStatusTag status={item.status} />
            {withDeadline && isUnderReview(item.status) && (
              <DeadlineCounter
                remainingWorkingDays={item.remainingWorkingDays}
                overdue={item.overdue}
                dueDate={item.dueDate}
              />
            )}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 64,
      render: (_, item) => <Link to={`/console/filings/${item.id}`}>{actionLabel(item)}</Link>,
    },
  ];
  const columns: NonNullable<TableProps<Item>['columns']> = [
    {
      title: t('common.providerNameLabel'),
      key: 'name',
      render: (_, item) => <Link to={`/console/filings/${item.id}`}>{item.providerName}</Link>,
    },
    { title: t('prov.col.kind'), key: 'kind', render: (_, item) => loc(PROVIDER_KIND_NAMES[item.kind]) },
    {
      title: t('common.county'),
      key: 'division',
      render: (_, item) => (
        <Tooltip title={item.divisionCode}>
          <span>{item.divisionName}</span>
        </Tooltip>
      ),
    },
    {
      title: t('prov.col.status'),
      key: 'status',
      render: (_, item) => <FilingStatusTag status={item.status} />,
    },
  ];
  if (withDeadline) {
    columns.push(
      {
        title: t('prov.col.submittedAt'),
        key: 'submittedAt',
        render: (_, item) => formatDate(item.submittedAt) || t('common.none'),
      },
      {
        title: t('prov.col.deadline'),
        key: 'deadline',
        render: (_, item) =>
          isUnderReview(item.status) ? (
            <DeadlineCounter
              remainingWorkingDays={item.remainingWorkingDays}
              overdue={item.overdue}
              dueDate={item.dueDate}
            />
          ) : (
            t('common.none')
          ),
      },
    );
  }
  columns.push(
    {
      title: t('prov.field.filingNumber'),
      key: 'filingNumber',
      render: (_, item) =>
        item.filingNumber ? (
          <Typography.Text className="console-code">{item.filingNumber}</Typography.Text>
        ) : (
          t('common.none')
        ),
    },
    { title: t('prov.col.updatedAt'), key: 'updatedAt', render: (_, item) => formatDate(item.updatedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, item) => <Link to={`/console/filings/${item.id}`}>{actionLabel(item)}</Link>,
    },
  );

  return (
    <Table<Item>
      rowKey="id"
      size="middle"
      columns={compact ? compactColumns : columns}
      dataSource={data?.items}
      loading={loading}
      scroll={compact ? undefined : { x: 'max-content' }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
