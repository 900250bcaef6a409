import type { CheckupRecorded } from '@tuoyu/contracts';
import { Card, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { CheckupForm } from './CheckupForm';
import { CheckupResult } from './CheckupResult';
import { ageText } from './format';
import { useHealthChild } from './queries';
import './child-health.css';

/** 录入体检 (/console/child-health/:id/checkup): the step form, then what the server made of it. */
export function CheckupPage() {
  const t = useT();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const record = useHealthChild(id);
  const [result, setResult] = useState<CheckupRecorded | null>(null);
  const [round, setRound] = useState(0);

  if (record.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (record.isError) return <ErrorResult error={record.error} onRetry={() => void record.refetch()} />;
  const child = record.data;
  if (!child.actions.includes('child-health.manage') || child.status !== 'active') {
    return (
      <Result
        status="403"
        title={t('ch.checkup.notAllowed')}
        extra={<Link to={`/console/child-health/${id}`}>{t('ch.result.back')}</Link>}
      />
    );
  }
  return (
    <>
      <PageHeader title={t('ch.checkup.new')} />
      <Card className="ch-checkup-card">
        <Typography.Paragraph strong>
          {child.name} · {ageText(t, child.birthDate)} · {child.townshipName}
        </Typography.Paragraph>
        {result ? (
          <CheckupResult
            result={result}
            onBack={() => void navigate(`/console/child-health/${id}`)}
            onAnother={() => {
              setResult(null);
              setRound((r) => r + 1);
            }}
          />
        ) : (
          <CheckupForm key={round} child={child} onSaved={setResult} />
        )}
      </Card>
    </>
  );
}
