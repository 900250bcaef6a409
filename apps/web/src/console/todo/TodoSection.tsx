import { useQuery } from '@tanstack/react-query';
import type { AttentionKey, TodoItem, TodoList } from '@tuoyu/contracts';
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';

/** Where each count leads: the list that shows exactly those records. */
const TARGET: Record<AttentionKey, string> = {
  incident_alerts: '/console/incidents',
  complaints_overdue: '/console/complaints?overdue=1',
  complaints_new: '/console/complaints?status=received',
  complaints_assigned: '/console/complaints',
  findings_to_verify: '/console/inspections?status=submitted',
  findings_overdue: '/console/inspections?overdue=true',
  findings_open: '/console/rectifications',
  plans_to_draw: '/console/inspection-plans',
  inspections_to_record: '/console/inspections?status=assigned',
  incidents_open: '/console/incidents?status=open',
  jc_tasks_red: '/console/jc/tasks?light=red',
  jc_tasks_yellow: '/console/jc/tasks?light=yellow',
  jc_tasks_open: '/console/jc/tasks?status=open',
  jc_plan_unreported: '/console/jc-plan?unreported=true',
  jc_extensions_requested: '/console/jc/tasks?status=extension_requested',
  jc_completions_requested: '/console/jc/tasks?status=completion_requested',
  jc_member_proposals: '/console/jc/members',
};

const COLOR: Record<TodoItem['level'], string> = { danger: '#cf1322', warning: '#d46b08', info: '#0958d9' };

/**
 * 待办: what needs the person's attention now — incident alerts, overdue complaints, fixes to
 * verify, tasks to record — each count a link to its list. Nothing to do says so.
 */
export function TodoSection() {
  const t = useT();
  const todo = useQuery({
    queryKey: ['todo'],
    queryFn: ({ signal }) => api.get<TodoList>('/api/todo', undefined, signal),
    refetchInterval: 60_000,
  });
  return (
    <>
      <Typography.Title level={2} className="console-section-title">
        {t('dashboard.todo.title')}
      </Typography.Title>
      {todo.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} className="console-block" />
      ) : todo.isError ? (
        <Card className="console-block">
          <Typography.Text type="secondary">{t('dashboard.todo.unavailable')}</Typography.Text>
        </Card>
      ) : todo.data.items.length === 0 ? (
        <Card className="console-block">
          <Typography.Text type="secondary">{t('dashboard.todo.none')}</Typography.Text>
        </Card>
      ) : (
        <Row gutter={[16, 16]} className="console-block">
          {todo.data.items.map((item) => (
            <Col xs={12} lg={6} key={item.key}>
              <Link to={TARGET[item.key]} className="console-figure-link">
                <Card hoverable size="small" className={`console-todo console-todo-${item.level}`}>
                  <Statistic
                    title={t(`dashboard.todo.${item.key}` as MessageKey)}
                    value={item.count}
                    styles={{ content: { color: COLOR[item.level] } }}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
