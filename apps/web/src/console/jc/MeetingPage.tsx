import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { AgendaCard } from './AgendaCard';
import { AttendanceCard } from './AttendanceCard';
import { MeetingStatusTag } from './MeetingsPage';
import { useJcMeeting } from './queries';
import { useJcUnits } from './units';
import './jc.css';

/** A meeting: what, when and where; its agenda items; attendance per invited unit; its minutes. */
export function MeetingPage() {
  const t = useT();
  const id = Number(useParams().id);
  const manage = usePermission('jc.manage');
  const propose = usePermission('jc.agenda');
  const { nameOf, byPlanOrder } = useJcUnits();
  const meeting = useJcMeeting(id);
  const navigate = useNavigate();
  const m = meeting.data;

  if (meeting.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!m) return <ErrorResult error={meeting.error} onRetry={() => void meeting.refetch()} />;

  const minutesAction = m.minutes ? (
    <Button
      icon={<FileTextOutlined aria-hidden />}
      onClick={() => navigate(`/console/jc/meetings/${m.id}/minutes`)}
    >
      {t('jc.meeting.viewMinutes')}
    </Button>
  ) : (
    manage && (
      <Button
        type="primary"
        icon={<EditOutlined aria-hidden />}
        onClick={() => navigate(`/console/jc/meetings/${m.id}/minutes/new`)}
      >
        {t('jc.meeting.writeMinutes')}
      </Button>
    )
  );

  return (
    <>
      <PageHeader title={m.title} extra={minutesAction} />
      <Card className="console-block">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'kind', label: t('jc.meeting.kind'), children: t(enumKey('jcMeetingKind', m.kind)) },
            { key: 'date', label: t('jc.meeting.date'), children: m.date },
            {
              key: 'status',
              label: t('jc.meeting.status'),
              children: <MeetingStatusTag status={m.status} />,
            },
            { key: 'place', label: t('jc.meeting.place'), children: m.place ?? '' },
            { key: 'chair', label: t('jc.meeting.chair'), children: m.chair ?? '' },
            { key: 'no', label: t('jc.meeting.minutesNo'), children: m.minutesNo ?? '' },
            {
              key: 'units',
              label: t('jc.meeting.units'),
              span: 'filled',
              children: byPlanOrder(m.units, (u) => u.unitCode)
                .map((u) => nameOf(u.unitCode))
                .join('、'),
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <AttendanceCard meeting={m} manage={manage} />
        </Col>
        <Col xs={24} lg={10}>
          <AgendaCard meeting={m} propose={propose} manage={manage} />
        </Col>
      </Row>
    </>
  );
}
