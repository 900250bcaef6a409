import { DownloadOutlined } from '@ant-design/icons';
import type { JcLight, JcTaskListItem, JcTaskStatus } from '@tuoyu/contracts';
import { JC_LIGHTS, JC_TASK_STATUSES } from '@tuoyu/domain';
import { Button, Card, Empty, Flex, Segmented, Select, Table, type TableProps, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { toQueryString } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { pagingForUrl } from '../common/paging';
import { type JcTaskFilters, readTaskFilters, taskExportHref, useJcTasks } from './queries';
import { TaskDrawer } from './TaskDrawer';
import { LightTag, TaskStatusTag, useJcUnits } from './units';
import './jc.css';

type View = 'table' | 'kanban';

/** One light's column of the board (null: the done tasks), its tasks as cards. */
function LightColumn({
  light,
  items,
  open,
}: {
  light: JcLight | null;
  items: JcTaskListItem[];
  open: (id: number) => void;
}) {
  const t = useT();
  const { nameOf } = useJcUnits();
  const title = light ? t(enumKey('jcLight', light)) : t('jc.task.done');
  return (
    <section className={`jc-kanban-col jc-kanban-${light ?? 'done'}`} aria-label={title}>
      <Typography.Title level={5}>
        {title} · {items.length}
      </Typography.Title>
      {items.map((task) => (
        <Card
          key={task.id}
          size="small"
          hoverable
          className="jc-kanban-card"
          role="button"
          tabIndex={0}
          onClick={() => open(task.id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') open(task.id);
          }}
        >
          <Typography.Text strong>{task.title}</Typography.Text>
          <div>
            {nameOf(task.leadUnit)} · {task.dueOn}
          </div>
          <TaskStatusTag status={task.status} />
        </Card>
      ))}
    </section>
  );
}

/**
 * 督办任务 (the office and the convener: every unit's) or 我单位任务 (a unit: those it leads or shares,
 * as the server scopes them): filters by unit, status and light, a table or a board by light, the
 * Excel ledger, and each task's detail with the steps open to the caller.
 */
export function TasksPage() {
  const t = useT();
  const { options, nameOf } = useJcUnits();
  const [params, setParams] = useSearchParams();
  const filters = readTaskFilters(params);
  const view: View = params.get('view') === 'kanban' ? 'kanban' : 'table';
  const openId = Number(params.get('task')) || null;
  const list = useJcTasks(view === 'kanban' ? { ...filters, page: 1, pageSize: 100 } : filters);
  // A unit's account reports on its own tasks; the server scopes the list to them.
  const unitUser = usePermission('jc.report');

  const go = (next: Partial<JcTaskFilters> & { view?: View; task?: number | null }) => {
    const merged = { ...filters, view, task: openId, page: 1, ...next };
    setParams(
      new URLSearchParams(
        toQueryString({
          unit: merged.unit,
          status: merged.status,
          light: merged.light,
          view: merged.view === 'kanban' ? 'kanban' : undefined,
          task: merged.task ?? undefined,
          ...pagingForUrl(merged.page, merged.pageSize),
        }),
      ),
    );
  };
  const open = (id: number) => go({ task: id, page: filters.page });
  const filtered = !!(filters.unit || filters.status || filters.light);

  const columns: TableProps<JcTaskListItem>['columns'] = [
    {
      title: t('jc.task.title'),
      key: 'title',
      render: (_, r) => (
        <Button type="link" className="jc-link" onClick={() => open(r.id)}>
          {r.title}
        </Button>
      ),
    },
    { title: t('jc.task.light'), key: 'light', width: 150, render: (_, r) => <LightTag light={r.light} /> },
    { title: t('jc.task.leadUnit'), key: 'lead', width: 130, render: (_, r) => nameOf(r.leadUnit) },
    {
      title: t('jc.task.coUnits'),
      key: 'co',
      width: 180,
      responsive: ['md'],
      render: (_, r) => r.coUnits.map(nameOf).join('、'),
    },
    {
      title: t('jc.task.dueOn'),
      key: 'due',
      width: 110,
      render: (_, r) => <span className="jc-nowrap">{r.dueOn}</span>,
    },
    {
      title: t('jc.task.status'),
      key: 'status',
      width: 110,
      render: (_, r) => <TaskStatusTag status={r.status} />,
    },
    {
      title: t('jc.task.lastProgress'),
      key: 'last',
      width: 150,
      responsive: ['lg'],
      render: (_, r) => formatDateTimeShort(r.lastProgressAt),
    },
  ];

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader title={t(unitUser ? 'jc.nav.ourTasks' : 'jc.nav.tasks')} />
      <Card className="console-block">
        <Flex gap={12} wrap align="center">
          {!unitUser && (
            <Select<string>
              aria-label={t('jc.task.unit')}
              style={{ minWidth: 180 }}
              value={filters.unit ?? ''}
              onChange={(unit) => go({ unit: unit || undefined })}
              options={[{ value: '', label: t('jc.task.anyUnit') }, ...options]}
            />
          )}
          <Select<JcTaskStatus | ''>
            aria-label={t('jc.task.status')}
            style={{ minWidth: 140 }}
            value={filters.status ?? ''}
            onChange={(status) => go({ status: status || undefined })}
            options={[
              { value: '', label: t('jc.task.anyStatus') },
              ...JC_TASK_STATUSES.map((s) => ({ value: s, label: t(enumKey('jcTaskStatus', s)) })),
            ]}
          />
          <Select<JcLight | ''>
            aria-label={t('jc.task.light')}
            style={{ minWidth: 160 }}
            value={filters.light ?? ''}
            onChange={(light) => go({ light: light || undefined })}
            options={[
              { value: '', label: t('jc.task.anyLight') },
              ...JC_LIGHTS.map((l) => ({ value: l, label: t(enumKey('jcLight', l)) })),
            ]}
          />
        </Flex>
      </Card>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} className="console-table-toolbar">
          <Flex gap={12} align="center">
            <Segmented<View>
              value={view}
              onChange={(v) => go({ view: v })}
              options={[
                { value: 'table', label: t('jc.task.table') },
                { value: 'kanban', label: t('jc.task.kanban') },
              ]}
            />
            <Typography.Text>{t('common.total', { total: list.data?.total ?? 0 })}</Typography.Text>
          </Flex>
          <Button icon={<DownloadOutlined aria-hidden />} href={taskExportHref(filters)}>
            {t('common.exportExcel')}
          </Button>
        </Flex>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : view === 'kanban' ? (
          items.length === 0 && !list.isFetching ? (
            <Empty description={t(filtered ? 'jc.task.emptyFiltered' : 'jc.task.empty')} />
          ) : (
            <div className="jc-kanban">
              {(['red', 'yellow', 'green', null] as const).map((light) => (
                <LightColumn
                  key={light ?? 'done'}
                  light={light}
                  items={items.filter((i) => i.light === light)}
                  open={open}
                />
              ))}
            </div>
          )
        ) : (
          <Table<JcTaskListItem>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: <Empty description={t(filtered ? 'jc.task.emptyFiltered' : 'jc.task.empty')} />,
            }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              onChange: (page, pageSize) => go({ page, pageSize }),
            }}
          />
        )}
      </Card>
      <TaskDrawer id={openId} onClose={() => go({ task: null, page: filters.page })} />
    </>
  );
}
