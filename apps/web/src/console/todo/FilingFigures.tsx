import { Card, Col, Statistic } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n';
import { useFilingCount } from '../providers/queries';

/** Filings waiting for review and those past the 5-working-day limit, for the regulators who review. */
export function FilingFigures() {
  const t = useT();
  const pending = useFilingCount({ status: 'submitted' });
  const overdue = useFilingCount({ status: 'submitted', overdue: true });
  const changes = useFilingCount({ status: 'change_submitted' });
  const figures = [
    { key: 'pending', title: t('prov.dash.pending'), query: pending, to: '/console/filings' },
    {
      key: 'changes',
      title: t('prov.dash.changes'),
      query: changes,
      to: '/console/filings?status=change_submitted',
    },
    {
      key: 'overdue',
      title: t('prov.dash.overdue'),
      query: overdue,
      to: '/console/filings?overdue=true',
      danger: true,
    },
  ];
  return (
    <>
      {figures.map((f) => (
        <Col xs={12} lg={6} key={f.key}>
          <Link to={f.to} className="console-figure-link">
            <Card hoverable size="small">
              <Statistic
                title={f.title}
                loading={f.query.isPending}
                value={f.query.data ?? t('dashboard.fig.unavailable')}
                styles={f.danger && (f.query.data ?? 0) > 0 ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </>
  );
}
