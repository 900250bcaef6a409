import type { JcAssessRow } from '@tuoyu/contracts';
import { Table, Tag, Tooltip } from 'antd';
import { enumKey, useT } from '../../shared/i18n';

type Indicator = JcAssessRow['indicators'][number];

/** One county's or unit's indicators: figure, numerator/denominator, score and (effective) weight. */
export function IndicatorTable({ row }: { row: JcAssessRow }) {
  const t = useT();
  const value = (i: Indicator) => {
    if (i.value === null) return <Tag>{t('jca.noData')}</Tag>;
    return i.indicator === 'places'
      ? t('jca.perThousand', { v: i.value.toFixed(2) })
      : `${i.value.toFixed(2)}%`;
  };
  return (
    <Table<Indicator>
      rowKey="indicator"
      size="small"
      pagination={false}
      dataSource={row.indicators}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('jca.col.indicator'),
          dataIndex: 'indicator',
          render: (v: Indicator['indicator'], i) => (
            <Tooltip title={t(enumKey('jcScoreRule', i.rule))}>{t(enumKey('jcAssessIndicator', v))}</Tooltip>
          ),
        },
        { title: t('jca.col.value'), key: 'value', render: (_, i) => value(i) },
        {
          title: t('jca.col.detail'),
          key: 'nd',
          responsive: ['sm'],
          render: (_, i) => `${i.numerator.toLocaleString()} / ${i.denominator.toLocaleString()}`,
        },
        { title: t('jca.col.score'), dataIndex: 'score', render: (v: number | null) => v?.toFixed(2) ?? '—' },
        { title: t('jca.col.weight'), dataIndex: 'weight' },
        {
          title: t('jca.col.effective'),
          dataIndex: 'effectiveWeight',
          responsive: ['sm'],
          render: (v: number) => v.toFixed(2),
        },
      ]}
    />
  );
}

const GRADE_COLOR = { excellent: 'green', good: 'blue', pass: 'gold', fail: 'red' } as const;

export function GradeTag({ grade }: { grade: JcAssessRow['grade'] }) {
  const t = useT();
  if (!grade) return <Tag>{t('jca.noData')}</Tag>;
  return <Tag color={GRADE_COLOR[grade]}>{t(enumKey('jcGrade', grade))}</Tag>;
}
