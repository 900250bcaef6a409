import type { JcMinutesCreated } from '@tuoyu/contracts';
import { Alert, Button, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { MinutesEditor } from './MinutesEditor';
import { useJcMeeting } from './queries';
import './jc.css';

/** 录入会议纪要 of a planned or held meeting; once issued, its number and the way to print it. */
export function MinutesEditorPage() {
  const t = useT();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const meeting = useJcMeeting(id);
  const [created, setCreated] = useState<JcMinutesCreated | null>(null);

  if (meeting.isPending) return <Skeleton active />;
  if (!meeting.data) return <ErrorResult error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  const toPrint = () => navigate(`/console/jc/meetings/${id}/minutes`);

  return (
    <>
      <PageHeader title={`${t('jc.nav.minutesNew')} · ${m.title}`} />
      {created ? (
        <Result
          status="success"
          title={t('jc.minutes.saved', { no: created.minutesNo })}
          extra={[
            <Button type="primary" key="print" onClick={toPrint}>
              {t('jc.meeting.viewMinutes')}
            </Button>,
            <Button key="tasks" onClick={() => navigate('/console/jc/tasks')}>
              {t('jc.nav.tasks')}
            </Button>,
          ]}
        />
      ) : m.minutes ? (
        <Alert
          type="info"
          showIcon
          title={t('jc.minutes.already')}
          action={<Button onClick={toPrint}>{t('jc.meeting.viewMinutes')}</Button>}
        />
      ) : (
        <MinutesEditor meetingId={id} onSaved={setCreated} />
      )}
    </>
  );
}
