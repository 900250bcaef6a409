import type { JcAssessment } from '@tuoyu/contracts';
import { Card, Empty, Flex, Statistic, Typography } from 'antd';
import { useT } from '../../shared/i18n';
import { GradeTag, IndicatorTable } from './IndicatorTable';

/** 本旗县区 / 本单位考核结果: one's own row once published, with its indicator breakdown and marks. */
export function OwnResult({ data }: { data: JcAssessment }) {
  const t = useT();
  const row = data.counties[0] ?? data.units[0];
  if (!row)
    return (
      <Card>
        <Empty
          description={
            data.view === 'none' ? t('jca.own.none') : t('jca.own.unpublished', { year: data.year })
          }
        />
      </Card>
    );
  return (
    <Flex vertical gap={16}>
      <Card title={row.name} extra={data.asOf && t('jca.asOf', { date: data.asOf })}>
        <Flex wrap gap={32} align="center">
          <Statistic title={t('jca.own.final')} value={row.finalScore ?? '—'} precision={2} />
          <Statistic title={t('jca.col.base')} value={row.baseScore ?? '—'} precision={2} />
          <Statistic title={t('jca.col.marks')} value={row.marksTotal} precision={1} />
          <Flex vertical gap={4}>
            <GradeTag grade={row.grade} />
            {row.rank && <Typography.Text>{t('jca.own.rank', { rank: row.rank })}</Typography.Text>}
          </Flex>
        </Flex>
        {row.marks.map((m) => (
          <Typography.Paragraph key={m.id} style={{ marginTop: 12, marginBottom: 0 }}>
            {t('jca.col.marks')} {m.points > 0 ? `+${m.points}` : m.points}：{m.reason}
          </Typography.Paragraph>
        ))}
      </Card>
      <Card size="small" title={t('jca.own.indicators')}>
        <IndicatorTable row={row} />
      </Card>
    </Flex>
  );
}
