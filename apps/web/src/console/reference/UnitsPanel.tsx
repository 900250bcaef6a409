import type { Unit } from '@tuoyu/contracts';
import { Empty, Skeleton, Table, type TableProps, Tag, Typography } from 'antd';
import { type MessageKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { useUnits } from './queries';

/** The unit's place in the joint conference, from the free-text role the reference data carries. */
function roleKind(role: string): { label: MessageKey; color: string } {
  if (role.startsWith('lead')) return { label: 'reference.units.role.lead', color: 'blue' };
  if (role.startsWith('member')) return { label: 'reference.units.role.member', color: 'default' };
  return { label: 'reference.units.role.other', color: 'orange' };
}

/** The 18 member units of the joint conference plus 河套学院, with their duties (annex 四). */
export function UnitsPanel() {
  const t = useT();
  const units = useUnits();

  if (units.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (units.isError) return <ErrorResult error={units.error} onRetry={() => void units.refetch()} />;

  const columns: TableProps<Unit>['columns'] = [
    { title: t('reference.units.col.shortName'), dataIndex: 'shortName', key: 'shortName', width: 140 },
    { title: t('reference.units.col.name'), dataIndex: 'name', key: 'name', width: 260 },
    {
      title: t('reference.units.col.role'),
      key: 'role',
      width: 120,
      render: (_, unit) => {
        const kind = roleKind(unit.role);
        return <Tag color={kind.color}>{t(kind.label)}</Tag>;
      },
    },
    {
      title: t('reference.units.col.clause'),
      key: 'clause',
      width: 100,
      render: (_, unit) => unit.dutiesClause ?? t('common.none'),
    },
    {
      title: t('reference.units.col.duties'),
      key: 'duties',
      render: (_, unit) =>
        unit.duties ? (
          <Typography.Paragraph className="console-duties" ellipsis={{ rows: 2, expandable: 'collapsible' }}>
            {unit.duties}
          </Typography.Paragraph>
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <Table<Unit>
      rowKey="code"
      columns={columns}
      dataSource={units.data}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: <Empty description={t('reference.units.empty')} /> }}
    />
  );
}
