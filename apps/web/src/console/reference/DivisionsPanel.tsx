import { EditOutlined } from '@ant-design/icons';
import type { Division } from '@tuoyu/contracts';
import {
  Button,
  Card,
  Descriptions,
  Empty,
  Skeleton,
  Table,
  type TableProps,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PopulationModal, type PopulationTarget } from './PopulationModal';
import { toDivisionTree, useDivisions, usePopulations } from './queries';
import { TownshipTable } from './TownshipTable';

// Enough years to see a trend without the table scrolling sideways.
const YEARS_SHOWN = 3;

/** The city, its counties with population by year, and each county's townships. */
export function DivisionsPanel({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const lang = useLang();
  const divisions = useDivisions();
  const populations = usePopulations();
  const [editing, setEditing] = useState<PopulationTarget | null>(null);

  if (divisions.isPending || populations.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (divisions.isError)
    return <ErrorResult error={divisions.error} onRetry={() => void divisions.refetch()} />;
  if (populations.isError)
    return <ErrorResult error={populations.error} onRetry={() => void populations.refetch()} />;

  const tree = toDivisionTree(divisions.data);
  if (!tree.city) return <Empty description={t('reference.divisions.empty')} />;

  const figures = populations.data;
  const years = [...new Set(figures.map((p) => p.year))].sort((a, b) => b - a).slice(0, YEARS_SHOWN);
  const residentsOf = (code: string, year: number) =>
    figures.find((p) => p.divisionCode === code && p.year === year)?.residents;
  const sources = [...new Set(figures.map((p) => p.source))];
  const show = (n: number | undefined) => (n === undefined ? t('common.none') : formatInteger(lang, n));
  const editButton = (division: Division) =>
    canEdit && (
      <Button
        type="link"
        size="small"
        icon={<EditOutlined aria-hidden />}
        aria-label={`${t('reference.editPopulation')}：${division.name}`}
        onClick={() => setEditing({ code: division.code, name: division.name })}
      >
        {t('reference.editPopulation')}
      </Button>
    );

  const columns: TableProps<Division>['columns'] = [
    {
      title: t('common.name'),
      key: 'name',
      render: (_, county) => (
        <Tooltip title={county.code}>
          <strong>{county.name}</strong>
        </Tooltip>
      ),
    },
    { title: t('common.seat'), key: 'seat', render: (_, county) => county.seat ?? t('common.none') },
    {
      title: t('reference.col.area'),
      key: 'area',
      align: 'right',
      render: (_, county) => show(county.areaKm2 ?? undefined),
    },
    {
      title: t('common.townships'),
      key: 'townships',
      align: 'right',
      // Civil-affairs townships; the statistical units (farms) are counted apart.
      render: (_, county) => {
        const townships = tree.townshipsOf(county.code);
        const statistical = townships.filter((d) => d.statisticalOnly).length;
        const n = townships.length - statistical;
        return statistical > 0 ? t('reference.townshipCountWithStatistical', { n, statistical }) : n;
      },
    },
    ...years.map((year) => ({
      title: t('reference.col.population', { year }),
      key: `population-${year}`,
      align: 'right' as const,
      render: (_: unknown, county: Division) => show(residentsOf(county.code, year)),
    })),
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, county: Division) => editButton(county),
          },
        ]
      : []),
  ];

  const city = tree.city;
  return (
    <>
      <Card size="small" className="console-block">
        <Descriptions
          title={
            <Tooltip title={city.code}>
              <span>{city.name}</span>
            </Tooltip>
          }
          extra={editButton(city)}
          column={{ xs: 1, sm: 2, md: 4 }}
          items={[
            { key: 'code', label: t('reference.col.code'), children: city.code },
            { key: 'counties', label: t('dashboard.fig.counties'), children: tree.counties.length },
            ...years.map((year) => ({
              key: `population-${year}`,
              label: t('reference.col.population', { year }),
              children: show(residentsOf(city.code, year)),
            })),
          ]}
        />
      </Card>
      <Table<Division>
        rowKey="code"
        columns={columns}
        dataSource={tree.counties}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (county) => <TownshipTable townships={tree.townshipsOf(county.code)} />,
        }}
        locale={{ emptyText: <Empty description={t('reference.divisions.empty')} /> }}
      />
      <Typography.Paragraph type="secondary" className="console-note">
        {sources.length > 0
          ? t('reference.populationSource', { sources: sources.join('；') })
          : t(canEdit ? 'reference.noPopulationEditable' : 'reference.noPopulation')}
      </Typography.Paragraph>
      <PopulationModal target={editing} populations={figures} onClose={() => setEditing(null)} />
    </>
  );
}
