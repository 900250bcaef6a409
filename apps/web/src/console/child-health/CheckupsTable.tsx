import type { Checkup, ZScoresOut } from '@tuoyu/contracts';
import { Empty, Table, Tag, Tooltip } from 'antd';
import { enumKey, type Translate, useT } from '../../shared/i18n';
import { FlagTags } from './tags';

/** The four z-scores in one line: 年龄别体重 −0.42 · 年龄别身长 0.15 …, missing ones left out. */
export function zScoreText(t: Translate, z: ZScoresOut): string {
  const parts: [string, number | null][] = [
    [t('ch.z.weightForAge'), z.weightForAge],
    [t('ch.z.lengthForAge'), z.lengthForAge],
    [t('ch.z.weightForLength'), z.weightForLength],
    [t('ch.z.headForAge'), z.headForAge],
  ];
  return parts
    .filter(([, v]) => v !== null)
    .map(([name, v]) => `${name} ${(v as number).toFixed(2)}`)
    .join(' · ');
}

/** Every check-up of the child, newest first: kind and age, measurements, z-scores, flags, on time or not. */
export function CheckupsTable({ checkups }: { checkups: readonly Checkup[] }) {
  const t = useT();
  const rows = [...checkups].sort((a, b) => b.date.localeCompare(a.date));
  const num = (v: number | null, digits = 1) => (v === null ? t('common.none') : v.toFixed(digits));
  return (
    <Table<Checkup>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('ch.checkups.empty')} /> }}
      columns={[
        { key: 'date', title: t('ch.checkup.date'), dataIndex: 'date' },
        {
          key: 'kind',
          title: t('ch.checkup.kind'),
          render: (_, c) =>
            c.kind === 'scheduled' && c.ageMonths !== null
              ? t('ch.schedule.age', { m: c.ageMonths })
              : t(enumKey('checkupKind', c.kind)),
        },
        {
          key: 'weight',
          title: t('ch.checkup.weightKg'),
          align: 'right',
          render: (_, c) => num(c.weightKg, 2),
        },
        { key: 'length', title: t('ch.checkup.lengthCm'), align: 'right', render: (_, c) => num(c.lengthCm) },
        { key: 'head', title: t('ch.checkup.headCm'), align: 'right', render: (_, c) => num(c.headCm) },
        {
          key: 'hb',
          title: t('ch.checkup.hemoglobinGL'),
          align: 'right',
          render: (_, c) => num(c.hemoglobinGL, 0),
        },
        {
          key: 'z',
          title: t('ch.checkups.z'),
          render: (_, c) => <span className="ch-z">{zScoreText(t, c.zScores) || t('common.none')}</span>,
        },
        {
          key: 'development',
          title: t('ch.checkup.development'),
          render: (_, c) =>
            c.development ? t(enumKey('developmentResult', c.development)) : t('common.none'),
        },
        { key: 'flags', title: t('ch.list.flags'), render: (_, c) => <FlagTags flags={c.flags} /> },
        {
          key: 'onTime',
          title: t('ch.checkups.onTime'),
          render: (_, c) =>
            c.kind === 'scheduled' ? (
              <Tag color={c.onTime ? 'success' : 'warning'}>
                {t(c.onTime ? 'ch.checkups.inWindow' : 'ch.checkups.outWindow')}
              </Tag>
            ) : (
              t('common.none')
            ),
        },
        {
          key: 'guidance',
          title: t('ch.checkup.guidance'),
          render: (_, c) =>
            c.guidance ? (
              <Tooltip title={c.guidance}>
                <span className="ch-ellipsis">{c.guidance}</span>
              </Tooltip>
            ) : (
              t('common.none')
            ),
        },
        { key: 'by', title: t('ch.checkups.recordedBy'), dataIndex: 'recordedBy' },
      ]}
    />
  );
}
