import type { ScopedHealthIndicator } from '@tuoyu/contracts';
import { Empty, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n';

type Unmanaged = ScopedHealthIndicator['unmanaged'][number];

/** The children counted but not managed, with the check-ups they missed; names open records for readers. */
export function UnmanagedTable({ rows, canOpen }: { rows: readonly Unmanaged[]; canOpen: boolean }) {
  const t = useT();
  return (
    <Table<Unmanaged>
      size="small"
      rowKey="id"
      dataSource={[...rows]}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('ch.ind.allManaged')} /> }}
      columns={[
        {
          key: 'name',
          title: t('ch.field.name'),
          render: (_, r) => (canOpen ? <Link to={`/console/child-health/${r.id}`}>{r.name}</Link> : r.name),
        },
        { key: 'township', title: t('ch.field.township'), dataIndex: 'townshipName' },
        { key: 'birth', title: t('ch.field.birthDate'), dataIndex: 'birthDate' },
        {
          key: 'missed',
          title: t('ch.ind.missedAges'),
          render: (_, r) => (
            <Space size={[0, 4]} wrap>
              {r.missedAges.map((m) => (
                <Tag key={m} color="error">
                  {t('ch.schedule.age', { m })}
                </Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
