import type { JcTask } from '@tuoyu/contracts';
import { Descriptions, Divider, Drawer, Grid, Progress, Skeleton, Timeline, Typography } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { useJcTask } from './queries';
import { TaskActions } from './TaskActions';
import { UrgeForm } from './UrgeForm';
import { LightTag, TaskStatusTag, useJcUnits } from './units';

function Events({ task }: { task: JcTask }) {
  const t = useT();
  const { nameOf } = useJcUnits();
  if (task.events.length === 0)
    return <Typography.Text type="secondary">{t('jc.task.noEvents')}</Typography.Text>;
  return (
    <Timeline
      items={task.events.map((e) => ({
        key: e.id,
        color:
          e.kind === 'decision' ? (e.approve ? 'green' : 'red') : e.kind === 'reminder' ? 'orange' : 'blue',
        content: (
          <>
            <Typography.Text strong>{t(enumKey('jcTaskEventKind', e.kind))}</Typography.Text>{' '}
            {e.unitCode && <Typography.Text>{nameOf(e.unitCode)}</Typography.Text>}{' '}
            <Typography.Text type="secondary">{formatDateTimeShort(e.at)}</Typography.Text>
            {e.approve !== null && <div>{t(e.approve ? 'jc.task.approved' : 'jc.task.rejected')}</div>}
            {e.text && <div className="jc-pre">{e.text}</div>}
            {e.percent !== null && <Progress percent={e.percent} size="small" style={{ maxWidth: 240 }} />}
            {e.dueOn && (
              <div>
                {t('jc.task.extensionDue')}：{e.dueOn}
              </div>
            )}
            {e.reason && <div>{e.reason}</div>}
          </>
        ),
      }))}
    />
  );
}

/** A task's detail beside the board: what it is, its steps so far, and the forms of the steps open to the caller. */
export function TaskDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { nameOf } = useJcUnits();
  const task = useJcTask(id);
  const d = task.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      title={d?.title ?? t('jc.task.detail')}
      size={screens.sm === false ? '100%' : 640}
      destroyOnHidden
    >
      {task.isPending && <Skeleton active />}
      {task.isError && <ErrorResult error={task.error} onRetry={() => void task.refetch()} />}
      {d && (
        <>
          <Descriptions
            column={1}
            layout={screens.sm === false ? 'vertical' : 'horizontal'}
            size="small"
            bordered
            items={[
              { key: 'matter', label: t('jc.task.matter'), children: d.matterTitle },
              { key: 'no', label: t('jc.task.minutesNo'), children: d.minutesNo },
              { key: 'lead', label: t('jc.task.leadUnit'), children: nameOf(d.leadUnit) },
              { key: 'co', label: t('jc.task.coUnits'), children: d.coUnits.map(nameOf).join('、') },
              { key: 'due', label: t('jc.task.dueOn'), children: d.dueOn },
              { key: 'output', label: t('jc.task.output'), children: d.output },
              {
                key: 'status',
                label: t('jc.task.status'),
                children: (
                  <>
                    <TaskStatusTag status={d.status} /> <LightTag light={d.light} />
                  </>
                ),
              },
              ...(d.doneOn ? [{ key: 'done', label: t('jc.task.doneOn'), children: d.doneOn }] : []),
            ]}
          />
          <Divider titlePlacement="start">{t('jc.task.timeline')}</Divider>
          <Events task={d} />
          <Divider />
          <TaskActions task={d} />
          <UrgeForm task={d} />
        </>
      )}
    </Drawer>
  );
}
