import type { HealthWorkCounts } from '@tuoyu/contracts';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { type MessageKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { useHealthWorkCounts } from './queries';

const FIGURES: { key: keyof HealthWorkCounts; list: string; label: MessageKey; alert?: boolean }[] = [
  { key: 'dueWeek', list: 'due_week', label: 'ch.list.dueWeek' },
  { key: 'overdue', list: 'overdue', label: 'ch.list.overdue', alert: true },
  { key: 'flagged', list: 'flagged', label: 'ch.list.flagged' },
  { key: 'newbornUnvisited', list: 'newborn_unvisited', label: 'ch.list.newbornUnvisited', alert: true },
];

/** The health worker's 工作台: the four work lists' counts, each opening its list. */
export function HealthWorkSection() {
  const t = useT();
  const counts = useHealthWorkCounts();
  return (
    <section aria-labelledby="ch-work-title" className="console-block">
      <Typography.Title level={2} className="console-section-title" id="ch-work-title">
        {t('ch.dash.workTitle')}
      </Typography.Title>
      {counts.isError ? (
        <Card>
          <ErrorResult error={counts.error} onRetry={() => void counts.refetch()} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {FIGURES.map((f) => {
            const value = counts.data?.[f.key];
            return (
              <Col xs={12} lg={6} key={f.key}>
                <Link to={`/console/child-health?list=${f.list}`} className="console-figure-link">
                  <Card hoverable size="small">
                    <Statistic
                      title={t(f.label)}
                      loading={counts.isPending}
                      value={value ?? 0}
                      styles={f.alert && value ? { content: { color: '#cf1322' } } : undefined}
                    />
                  </Card>
                </Link>
              </Col>
            );
          })}
        </Row>
      )}
    </section>
  );
}
