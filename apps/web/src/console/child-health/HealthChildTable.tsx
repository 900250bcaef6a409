import type { HealthChildList } from '@tuoyu/contracts';
import { Card, Empty, Flex, Grid, List, Space, Table, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { ageText } from './format';
import { DueTag, FlagTags, StatusTag } from './tags';

export type HealthChildRow = HealthChildList['items'][number];

interface HealthChildTableProps {
  data: HealthChildList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  emptyText: string;
  onPageChange: (page: number, pageSize: number) => void;
}

function NextDue({ row }: { row: HealthChildRow }) {
  const t = useT();
  if (row.status !== 'active') return <StatusTag status={row.status} />;
  if (!row.nextDue) return <Typography.Text type="secondary">{t('ch.list.noneDue')}</Typography.Text>;
  return (
    <Space size={4} wrap>
      <span>{t('ch.list.dueAge', { m: row.nextDue.ageMonths })}</span>
      <span>{row.nextDue.dueOn}</span>
      <DueTag status={row.nextDue.status} />
    </Space>
  );
}

function Guardian({ row }: { row: HealthChildRow }) {
  const g = row.guardians[0];
  if (!g) return null;
  return (
    <span>
      {g.name}（{g.relation}）{g.mobile}
    </span>
  );
}

/**
 * The register: name, sex, birth date and age, township, the first guardian (phone masked), the
 * next check-up with its status, the latest flags. On a phone each child is a card.
 */
export function HealthChildTable(props: HealthChildTableProps) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { data, loading, page, pageSize, emptyText, onPageChange } = props;
  const pagination = {
    current: page,
    pageSize,
    total: data?.total ?? 0,
    hideOnSinglePage: true,
    onChange: onPageChange,
  };

  if (screens.md === false) {
    return (
      <List<HealthChildRow>
        loading={loading}
        dataSource={data?.items}
        locale={{ emptyText: <Empty description={emptyText} /> }}
        pagination={data && data.total > pageSize ? { ...pagination, size: 'small' } : false}
        renderItem={(row) => (
          <List.Item key={row.id}>
            <Card size="small" className="ch-card">
              <Flex vertical gap={6}>
                <Flex justify="space-between" align="center" gap={8}>
                  <Link to={`/console/child-health/${row.id}`} className="ch-card-name">
                    {row.name}
                  </Link>
                  <span>
                    {t(enumKey('sex', row.sex))} · {ageText(t, row.birthDate)}
                  </span>
                </Flex>
                <Typography.Text type="secondary">
                  {row.townshipName} · <Guardian row={row} />
                </Typography.Text>
                <NextDue row={row} />
                <FlagTags flags={row.flags} />
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    );
  }

  return (
    <Table<HealthChildRow>
      rowKey="id"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      pagination={pagination}
      columns={[
        {
          key: 'name',
          title: t('ch.field.name'),
          render: (_, row) => <Link to={`/console/child-health/${row.id}`}>{row.name}</Link>,
        },
        { key: 'sex', title: t('ch.field.sex'), render: (_, row) => t(enumKey('sex', row.sex)) },
        {
          key: 'birth',
          title: t('ch.field.birthDate'),
          render: (_, row) => (
            <Flex vertical>
              <span>{row.birthDate}</span>
              <Typography.Text type="secondary">{ageText(t, row.birthDate)}</Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'township',
          title: t('ch.field.township'),
          render: (_, row) => (
            <Tooltip title={row.townshipCode}>
              <span>{row.townshipName}</span>
            </Tooltip>
          ),
        },
        { key: 'guardian', title: t('ch.field.guardian'), render: (_, row) => <Guardian row={row} /> },
        { key: 'next', title: t('ch.list.nextDue'), render: (_, row) => <NextDue row={row} /> },
        { key: 'flags', title: t('ch.list.flags'), render: (_, row) => <FlagTags flags={row.flags} /> },
        {
          key: 'actions',
          title: t('common.actions'),
          fixed: 'right',
          render: (_, row) => <Link to={`/console/child-health/${row.id}`}>{t('ch.list.open')}</Link>,
        },
      ]}
    />
  );
}
