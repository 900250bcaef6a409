import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../shared/api';
import { useT } from '../../../shared/i18n';

/** The rows a list shows until "all" is asked for. */
export const LATEST = 5;

interface Page<T> {
  items: T[];
  total: number;
}

/** The latest rows of one list, with its empty, error and "all" states. */
export function RecordList<T extends { id: number }>({
  query,
  empty,
  expanded,
  onToggle,
  listHref,
  row,
}: {
  query: UseQueryResult<Page<T>>;
  empty: string;
  expanded: boolean;
  onToggle: () => void;
  /** The full list page, filtered to this provider (with its own filters and Excel export). */
  listHref?: string;
  row: (item: T) => ReactNode;
}) {
  const t = useT();
  if (query.isPending) return <Skeleton active title={false} paragraph={{ rows: 3 }} />;
  if (query.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('record.loadError', { message: errorMessage(query.error) })}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  const { items, total } = query.data;
  if (total === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <>
      <ul className="record-list">
        {items.map((i) => (
          <li key={i.id}>{row(i)}</li>
        ))}
      </ul>
      <Flex justify="space-between" align="center" wrap gap={8} className="record-foot">
        <Typography.Text type="secondary">
          {items.length < total
            ? t('record.latest', { shown: items.length, total })
            : t('common.total', { total })}
        </Typography.Text>
        <Flex gap={4} align="center">
          {(total > LATEST || expanded) && (
            <Button type="link" size="small" onClick={onToggle} loading={query.isFetching}>
              {expanded ? t('record.showLatest') : t('common.all')}
            </Button>
          )}
          {listHref && <Link to={listHref}>{t('record.openList')}</Link>}
        </Flex>
      </Flex>
    </>
  );
}

/** One row: a date, what it is (with a line of detail), and its tags; a link when it has a page. */
export function Row({
  to,
  date,
  main,
  detail,
  tags,
}: {
  to?: string;
  date: string;
  main: ReactNode;
  detail?: ReactNode;
  tags: ReactNode;
}) {
  const body = (
    <>
      <span className="record-date">{date}</span>
      <span className="record-main">
        <span className="record-title">{main}</span>
        {detail && <span className="record-detail">{detail}</span>}
      </span>
      <span className="record-tags">{tags}</span>
    </>
  );
  return to ? (
    <Link className="record-row record-link" to={to}>
      {body}
    </Link>
  ) : (
    <div className="record-row">{body}</div>
  );
}
