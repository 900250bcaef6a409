import type { HealthCheckDay } from '@tuoyu/contracts';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';

/** The day's figures per class (present, checked morning and noon, abnormal), the picked class marked. */
export function DaySummary({
  data,
  pending,
  error,
  onRetry,
  pickedClassId,
}: {
  data: HealthCheckDay | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  pickedClassId: number | null;
}) {
  const t = useT();
  if (error)
    return (
      <Alert
        className="console-block"
        type="error"
        showIcon
        title={errorMessage(error)}
        action={
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  if (pending || !data) return <Skeleton active paragraph={{ rows: 2 }} className="console-block" />;
  return (
    <Card className="console-block">
      <Typography.Title level={2} className="care-section-title">
        {t('care.hc.today', { date: dayjs(data.date).format('YYYY-MM-DD') })}
      </Typography.Title>
      {data.classes.length === 0 ? (
        <Typography.Text type="secondary">{t('care.hc.noSummary')}</Typography.Text>
      ) : (
        <div className="care-summary" role="status" aria-live="polite">
          {data.classes.map((c) => (
            <div
              key={c.classId}
              className={`care-summary-class${c.classId === pickedClassId ? ' is-picked' : ''}`}
            >
              <div className="care-summary-name">{c.className}</div>
              <dl className="care-summary-figures">
                <div>
                  <dt>{t('care.hc.present')}</dt>
                  <dd>{c.childrenPresent}</dd>
                </div>
                <div>
                  <dt>{t('care.hc.morning')}</dt>
                  <dd>{c.checkedMorning}</dd>
                </div>
                <div>
                  <dt>{t('care.hc.noon')}</dt>
                  <dd>{c.checkedNoon}</dd>
                </div>
                <div>
                  <dt>{t('care.hc.abnormal')}</dt>
                  <dd className={c.abnormal > 0 ? 'is-alert' : undefined}>{c.abnormal}</dd>
                </div>
              </dl>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
