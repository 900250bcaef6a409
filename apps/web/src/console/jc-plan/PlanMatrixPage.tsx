import { DownloadOutlined } from '@ant-design/icons';
import type { JcPlanMatrix } from '@tuoyu/contracts';
import { Alert, Button, Card, Grid, Table, Tooltip } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { matrixExportHref, thisYear, usePlanMatrix } from './queries';
import { PlanStatusTag } from './StatusTag';
import { useUnitName } from './units';
import { YearSelect } from './YearSelect';

type Row = JcPlanMatrix['rows'][number];

/**
 * 任务推进矩阵 (`/console/jc-plan/matrix`, the office and the convener): a row per responsible
 * unit, a column per plan task, each cell the unit's status this year (blank where it has no part),
 * with the unit's counts; the same as Excel.
 */
export function PlanMatrixPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const matrix = usePlanMatrix(year);
  const unitName = useUnitName();
  const phone = Grid.useBreakpoint().sm === false;
  const tasks = matrix.data?.tasks ?? [];
  return (
    <>
      <PageHeader
        title={t('jcPlan.matrix.title')}
        extra={
          <>
            <YearSelect value={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} />
            <Button icon={<DownloadOutlined aria-hidden />} href={matrixExportHref(year)}>
              {t('common.exportExcel')}
            </Button>
          </>
        }
      />
      <Alert className="console-block" type="info" showIcon title={t('jcPlan.matrix.lead')} />
      <Card>
        {matrix.isError && !matrix.data ? (
          <ErrorResult error={matrix.error} onRetry={() => void matrix.refetch()} />
        ) : (
          <Table<Row>
            rowKey="unit"
            loading={matrix.isFetching}
            dataSource={matrix.data?.rows ?? []}
            size="small"
            bordered
            pagination={false}
            scroll={{ x: 160 + tasks.length * 92 + 300 }}
            columns={[
              {
                key: 'unit',
                title: t('jcPlan.matrix.unit'),
                width: phone ? 110 : 150,
                fixed: 'left',
                render: (_, r) => unitName(r.unit),
              },
              ...tasks.map((task, i) => ({
                key: task.id,
                title: (
                  <Tooltip title={`${task.section} · ${task.title}`}>
                    <span>{task.id}</span>
                  </Tooltip>
                ),
                width: 92,
                align: 'center' as const,
                render: (_: unknown, r: Row) => {
                  const c = r.cells[i];
                  return c ? <PlanStatusTag status={c} /> : null;
                },
              })),
              {
                key: 'responsible',
                title: t('jcPlan.matrix.responsible'),
                dataIndex: 'responsible',
                width: 70,
                align: 'right',
              },
              { key: 'done', title: t('jcPlan.matrix.done'), dataIndex: 'done', width: 70, align: 'right' },
              {
                key: 'unreported',
                title: t('jcPlan.matrix.unreported'),
                dataIndex: 'unreported',
                width: 80,
                align: 'right',
              },
              {
                key: 'rate',
                title: t('jcPlan.matrix.rate'),
                width: 80,
                align: 'right',
                render: (_, r) => `${r.doneRate}%`,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
