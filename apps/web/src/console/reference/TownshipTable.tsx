import type { Division } from '@tuoyu/contracts';
import { Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../shared/i18n';

/** The townships of one county, inside its expanded row. */
export function TownshipTable({ townships }: { townships: Division[] }) {
  const t = useT();
  if (townships.length === 0)
    return <Typography.Text type="secondary">{t('reference.noTownships')}</Typography.Text>;

  const columns: TableProps<Division>['columns'] = [
    {
      title: t('common.name'),
      key: 'name',
      render: (_, township) => (
        <>
          {township.name}{' '}
          {township.statisticalOnly && (
            <Tooltip title={t('reference.statisticalOnlyTip')}>
              <Tag color="orange">{t('reference.statisticalOnly')}</Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: t('reference.col.kind'),
      key: 'kind',
      render: (_, township) => township.kind ?? t('common.none'),
    },
    { title: t('reference.col.code'), dataIndex: 'code', key: 'code' },
  ];

  return (
    <Table<Division> rowKey="code" size="small" columns={columns} dataSource={townships} pagination={false} />
  );
}
