import type { JcPlanTask } from '@tuoyu/contracts';
import { Alert, Button, Card, Flex, Grid, Segmented, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { PlanTaskCards } from './PlanTaskCards';
import { thisYear, usePlanTasks } from './queries';
import { ReportModal } from './ReportModal';
import { PlanStatusTag } from './StatusTag';
import { useUnitName } from './units';
import { YearSelect } from './YearSelect';

/**
 * 方案任务清单 (`/console/jc-plan`): the plan's 23 tasks of a year with every responsible unit's
 * progress. A member unit sees its own tasks first, with the report form; `?unreported=true` keeps
 * those it has not reported this year (the 待办 card's list); the office and convener read all.
 */
export function PlanTasksPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const tasks = usePlanTasks(year);
  const unitName = useUnitName();
  const mayReport = usePermission('jc.report');
  const isUnit = mayReport && (tasks.data ?? []).some((x) => x.mine);
  const view = isUnit && params.get('view') !== 'all' ? 'mine' : 'all';
  const unreported = isUnit && params.get('unreported') === 'true';
  const [reporting, setReporting] = useState<JcPlanTask | null>(null);
  const phone = Grid.useBreakpoint().sm === false;
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const own = (task: JcPlanTask) => task.progress.find((p) => p.unit === me.unit);
  const rows = (tasks.data ?? []).filter(
    (x) => (view === 'all' || x.mine) && (!unreported || (x.mine && !own(x))),
  );
  return (
    <>
      <PageHeader
        title={t('jcPlan.tasks.title')}
        extra={<YearSelect value={year} onChange={(y) => set('year', String(y))} />}
      />
      <Alert className="console-block" type="info" showIcon title={t('jcPlan.tasks.lead')} />
      <Card>
        {isUnit && (
          <Flex gap={16} wrap align="center" className="console-block">
            <Segmented
              value={view}
              onChange={(v) => set('view', v === 'all' ? 'all' : null)}
              options={[
                { value: 'mine', label: t('jcPlan.tasks.mine') },
                { value: 'all', label: t('jcPlan.tasks.all') },
              ]}
            />
            <Flex gap={8} align="center">
              <Switch
                id="jc-plan-unreported"
                checked={unreported}
                onChange={(on) => set('unreported', on ? 'true' : null)}
              />
              <label htmlFor="jc-plan-unreported">{t('jcPlan.tasks.unreported')}</label>
            </Flex>
          </Flex>
        )}
        {tasks.isError && !tasks.data ? (
          <ErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : phone && tasks.data ? (
          <PlanTaskCards
            rows={rows}
            own={own}
            mayReport={isUnit}
            empty={unreported ? t('jcPlan.tasks.emptyUnreported') : t('jcPlan.tasks.empty')}
            onReport={setReporting}
          />
        ) : (
          <Table<JcPlanTask>
            rowKey="id"
            loading={tasks.isFetching}
            dataSource={rows}
            scroll={{ x: 960 }}
            pagination={false}
            locale={{ emptyText: unreported ? t('jcPlan.tasks.emptyUnreported') : t('jcPlan.tasks.empty') }}
            columns={[
              { key: 'id', title: t('jcPlan.col.id'), dataIndex: 'id', width: 64, fixed: 'left' },
              {
                key: 'task',
                title: t('jcPlan.col.task'),
                width: 280,
                render: (_, x) => (
                  <>
                    <Typography.Text strong>{x.title}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">{x.section}</Typography.Text>
                  </>
                ),
              },
              {
                key: 'units',
                title: t('jcPlan.col.units'),
                width: 220,
                render: (_, x) =>
                  x.responsibleUnits.map((u) => (
                    <Tag key={u} color={u === me.unit && x.mine ? 'blue' : undefined}>
                      {unitName(u)}
                    </Tag>
                  )),
              },
              view === 'mine'
                ? {
                    key: 'mine',
                    title: t('jcPlan.col.myStatus'),
                    render: (_, x) => {
                      const p = own(x);
                      return p ? (
                        <>
                          <PlanStatusTag status={p.status} />
                          <Typography.Paragraph
                            className="jc-plan-text"
                            ellipsis={{ rows: 2, tooltip: p.text }}
                          >
                            {p.text}
                          </Typography.Paragraph>
                          <Typography.Text type="secondary">
                            {t('jcPlan.updatedAt', { at: formatDateTimeShort(p.updatedAt) })}
                          </Typography.Text>
                        </>
                      ) : (
                        <PlanStatusTag status="unreported" />
                      );
                    },
                  }
                : {
                    key: 'progress',
                    title: t('jcPlan.col.progress'),
                    render: (_, x) =>
                      x.responsibleUnits.map((u) => {
                        const p = x.progress.find((q) => q.unit === u);
                        return (
                          <div key={u}>
                            {unitName(u)} <PlanStatusTag status={p?.status ?? 'unreported'} />
                            {p && (
                              <Typography.Text
                                type="secondary"
                                ellipsis={{ tooltip: p.text }}
                                style={{ maxWidth: 260 }}
                              >
                                {p.text}
                              </Typography.Text>
                            )}
                          </div>
                        );
                      }),
                  },
              ...(isUnit
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      width: 110,
                      fixed: 'right' as const,
                      render: (_: unknown, x: JcPlanTask) =>
                        x.mine && (
                          <Button
                            size="small"
                            type={own(x) ? 'default' : 'primary'}
                            onClick={() => setReporting(x)}
                          >
                            {own(x) ? t('jcPlan.update') : t('jcPlan.report')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <ReportModal task={reporting} unit={me.unit} year={year} onClose={() => setReporting(null)} />
    </>
  );
}
