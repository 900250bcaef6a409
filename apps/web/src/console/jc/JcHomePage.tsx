import type { JcTaskListItem } from '@tuoyu/contracts';
import { jcPlenaryOverdue } from '@tuoyu/domain';
import { Alert, Card, Col, Empty, List, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { useMe } from '../auth/session';
import { PageHeader } from '../common/PageHeader';
import { useJcMeetings, useJcMembers, useJcTasks } from './queries';
import { beijingToday, useJcUnits } from './units';
import './jc.css';

const FIRST_100 = { page: 1, pageSize: 100 } as const;

interface UnitLights {
  unit: string;
  red: number;
  yellow: number;
}

/** Red and yellow tasks counted by their lead unit, most red first. */
function byUnit(red: JcTaskListItem[], yellow: JcTaskListItem[]): UnitLights[] {
  const rows = new Map<string, UnitLights>();
  const row = (unit: string) => {
    const found = rows.get(unit) ?? { unit, red: 0, yellow: 0 };
    rows.set(unit, found);
    return found;
  };
  for (const task of red) row(task.leadUnit).red += 1;
  for (const task of yellow) row(task.leadUnit).yellow += 1;
  return [...rows.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow);
}

const tasksHref = (q: Record<string, string>) => `/console/jc/tasks?${new URLSearchParams(q).toString()}`;

/** What waits for a decision: tasks asking for an extension or completion, and proposed member changes. */
function PendingCard({ unit }: { unit: boolean }) {
  const t = useT();
  const { nameOf } = useJcUnits();
  const ext = useJcTasks({ status: 'extension_requested', ...FIRST_100 });
  const done = useJcTasks({ status: 'completion_requested', ...FIRST_100 });
  const members = useJcMembers(false);
  const items = [
    ...(ext.data?.items ?? []).map((task) => ({
      key: `e${task.id}`,
      to: tasksHref({ status: 'extension_requested', task: String(task.id) }),
      text: t('jc.home.pendingExtension', { title: `${nameOf(task.leadUnit)} · ${task.title}` }),
    })),
    ...(done.data?.items ?? []).map((task) => ({
      key: `c${task.id}`,
      to: tasksHref({ status: 'completion_requested', task: String(task.id) }),
      text: t('jc.home.pendingCompletion', { title: `${nameOf(task.leadUnit)} · ${task.title}` }),
    })),
    ...(members.data?.proposals ?? [])
      .filter((p) => p.status === 'pending')
      .map((p) => ({
        key: `m${p.id}`,
        to: '/console/jc/members',
        text: t('jc.home.pendingMember', {
          unit: nameOf(p.unitCode),
          position: t(enumKey('jcPosition', p.position)),
          name: p.name,
        }),
      })),
  ];
  return (
    <Card title={t(unit ? 'jc.home.pendingUnit' : 'jc.home.pending')} className="console-block">
      <List
        size="small"
        loading={ext.isPending || done.isPending}
        dataSource={items}
        locale={{ emptyText: t('jc.home.pendingEmpty') }}
        renderItem={(i) => (
          <List.Item>
            <Link to={i.to}>{i.text}</Link>
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * 联席会议首页: the next meeting, red and yellow tasks by unit, what waits for a decision, and the
 * annex's warning when no plenary has been held by the third quarter. A unit sees its own.
 */
export function JcHomePage() {
  const t = useT();
  const me = useMe();
  const oversee = usePermission('jc.approve');
  const manage = usePermission('jc.manage');
  const { nameOf } = useJcUnits();
  const today = beijingToday();
  const meetings = useJcMeetings(Number(today.slice(0, 4)));
  const red = useJcTasks({ light: 'red', ...FIRST_100 });
  const yellow = useJcTasks({ light: 'yellow', ...FIRST_100 });
  const open = useJcTasks({ status: 'open', page: 1, pageSize: 1 });
  const list = meetings.data ?? [];
  const next = list
    .filter((m) => m.status === 'planned' && m.date >= today)
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  const held = list.filter((m) => m.kind === 'plenary' && m.status === 'held').map((m) => m.date);
  const lights = byUnit(red.data?.items ?? [], yellow.data?.items ?? []);
  const unitView = usePermission('jc.report') && me.unit;

  return (
    <>
      <PageHeader title={unitView ? t('jc.home.unitTitle', { unit: nameOf(me.unit) }) : t('jc.home.title')} />
      {oversee && meetings.isSuccess && jcPlenaryOverdue(today, held) && (
        <Alert
          className="console-block"
          type="warning"
          showIcon
          title={t('jc.home.plenaryWarning')}
          description={t('jc.home.plenaryWarningDetail')}
          action={manage && <Link to="/console/jc/meetings">{t('jc.meeting.new')}</Link>}
        />
      )}
      <Row gutter={[16, 16]} className="console-block">
        <Col xs={12} md={12} lg={6}>
          <Card>
            <Statistic
              title={t('jc.home.red')}
              value={red.data?.total ?? 0}
              styles={{ content: { color: '#cf1322' } }}
            />
            <Link to={tasksHref({ light: 'red' })}>{t('jc.home.viewAll')}</Link>
          </Card>
        </Col>
        <Col xs={12} md={12} lg={6}>
          <Card>
            <Statistic
              title={t('jc.home.yellow')}
              value={yellow.data?.total ?? 0}
              styles={{ content: { color: '#d48806' } }}
            />
            <Link to={tasksHref({ light: 'yellow' })}>{t('jc.home.viewAll')}</Link>
          </Card>
        </Col>
        <Col xs={12} md={12} lg={6}>
          <Card>
            <Statistic title={t('jc.home.openTasks')} value={open.data?.total ?? 0} />
            <Link to={tasksHref({ status: 'open' })}>{t('jc.home.viewAll')}</Link>
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card title={t('jc.home.nextMeeting')} size="small">
            {next ? (
              <>
                <Link to={`/console/jc/meetings/${next.id}`}>{next.title}</Link>
                <div>
                  {next.date} · {t(enumKey('jcMeetingKind', next.kind))}
                </div>
                {next.place && <Typography.Text type="secondary">{next.place}</Typography.Text>}
              </>
            ) : (
              <Typography.Text type="secondary">{t('jc.home.noNextMeeting')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('jc.home.lights')} className="console-block">
            <Table<UnitLights>
              rowKey="unit"
              size="small"
              pagination={false}
              loading={red.isPending || yellow.isPending}
              dataSource={lights}
              locale={{ emptyText: <Empty description={t('jc.home.lightsEmpty')} /> }}
              columns={[
                { title: t('jc.task.leadUnit'), key: 'unit', render: (_, r) => nameOf(r.unit) },
                {
                  title: t('jc.home.red'),
                  key: 'red',
                  width: 90,
                  render: (_, r) =>
                    r.red ? <Link to={tasksHref({ unit: r.unit, light: 'red' })}>{r.red}</Link> : 0,
                },
                {
                  title: t('jc.home.yellow'),
                  key: 'yellow',
                  width: 90,
                  render: (_, r) =>
                    r.yellow ? <Link to={tasksHref({ unit: r.unit, light: 'yellow' })}>{r.yellow}</Link> : 0,
                },
              ]}
            />
            {((red.data?.total ?? 0) > 100 || (yellow.data?.total ?? 0) > 100) && (
              <Typography.Text type="secondary">{t('jc.home.truncated')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <PendingCard unit={!!unitView} />
        </Col>
      </Row>
    </>
  );
}
