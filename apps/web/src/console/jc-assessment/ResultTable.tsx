import type { JcAssessRow } from '@tuoyu/contracts';
import { Button, Table } from 'antd';
import { useT } from '../../shared/i18n';
import { GradeTag, IndicatorTable } from './IndicatorTable';

const num = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const byNumber =
  (k: 'baseScore' | 'finalScore' | 'rank' | 'marksTotal') => (a: JcAssessRow, b: JcAssessRow) =>
    (a[k] ?? -1) - (b[k] ?? -1);

/** The result table of one kind: sortable, grade tags, each row opening its indicator breakdown. */
export function ResultTable({ rows, onMark }: { rows: JcAssessRow[]; onMark?: (row: JcAssessRow) => void }) {
  const t = useT();
  return (
    <Table<JcAssessRow>
      rowKey="code"
      size="middle"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (r) => <IndicatorTable row={r} /> }}
      columns={[
        { title: t('jca.col.name'), dataIndex: 'name' },
        {
          title: t('jca.col.base'),
          dataIndex: 'baseScore',
          sorter: byNumber('baseScore'),
          responsive: ['sm'],
          render: num,
        },
        {
          title: t('jca.col.marks'),
          dataIndex: 'marksTotal',
          sorter: byNumber('marksTotal'),
          responsive: ['md'],
          render: (v: number) => (v > 0 ? `+${v}` : String(v)),
        },
        {
          title: t('jca.col.final'),
          dataIndex: 'finalScore',
          sorter: byNumber('finalScore'),
          defaultSortOrder: 'descend',
          render: num,
        },
        { title: t('jca.col.rank'), dataIndex: 'rank', sorter: byNumber('rank'), render: (v) => v ?? '—' },
        {
          title: t('jca.col.grade'),
          dataIndex: 'grade',
          render: (g: JcAssessRow['grade']) => <GradeTag grade={g} />,
        },
        ...(onMark
          ? [
              {
                title: '',
                key: 'mark',
                render: (_: unknown, r: JcAssessRow) => (
                  <Button size="small" onClick={() => onMark(r)} aria-label={`${t('jca.mark')} ${r.name}`}>
                    {t('jca.mark')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
