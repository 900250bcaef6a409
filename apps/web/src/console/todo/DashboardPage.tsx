import { useQuery } from '@tanstack/react-query';
import type { AuditList, Unit, UserList } from '@tuoyu/contracts';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { useCan } from '../auth/permissions';
import { useMe } from '../auth/session';
import { CalendarWarning } from '../calendar/CalendarWarning';
import { HealthTargetsSection } from '../child-health/HealthTargetsSection';
import { HealthWorkSection } from '../child-health/HealthWorkSection';
import { PageHeader } from '../common/PageHeader';
import { RoleTag } from '../common/RoleTag';
import { canOpen, navGroups } from '../layout/navigation';
import { toDivisionTree, useDivisions, usePopulations, useUnits } from '../reference/queries';
import { FilingFigures } from './FilingFigures';
import { PlacesSection } from './PlacesSection';
import { SecuritySection } from './SecuritySection';
import { TodoSection } from './TodoSection';

// 儿童健康 (I-2 and the companion rates) is live since issue 11: no longer "coming next".
const comingNext: MessageKey[] = ['dashboard.next.subsidies'];

/** The console home: who you are, what needs you now, a few real figures you may see, and what comes next. */
export function DashboardPage() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('dashboard.title')} />
      <Card className="console-block">
        <Typography.Title level={2} className="console-welcome">
          {t('dashboard.welcome', { name: me.displayName })}
        </Typography.Title>
        <Flex gap={8} align="center" wrap>
          <RoleTag role={me.role} />
          <Typography.Text>{me.unitName ?? me.divisionName}</Typography.Text>
        </Flex>
      </Card>
      <CalendarWarning />
      <TodoSection />
      {can('todo.security') && <SecuritySection />}
      {can('child-health.manage') && <HealthWorkSection />}
      {can('child-health.indicators') && !can('child-health.manage') && <HealthTargetsSection />}
      {can('indicators.places') && <PlacesSection />}
      <Typography.Title level={2} className="console-section-title">
        {t('dashboard.figures')}
      </Typography.Title>
      <Row gutter={[16, 16]} className="console-block">
        {can('filings.review') && <FilingFigures />}
        <AdminFigures />
        <ReferenceFigures />
      </Row>
      <Card title={t('dashboard.next.title')}>
        <Typography.Paragraph type="secondary">{t('dashboard.next.lead')}</Typography.Paragraph>
        <ul className="console-next-list">
          {comingNext.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}

/** A unit's part in the joint conference (its `role`, not an account's): members and the lead. */
const inConference = ({ role: part }: Unit) => part === 'member' || part === 'lead';

const pageOf = (key: string) => navGroups.flatMap((g) => g.pages).find((p) => p.key === key);

/** Figures from user and audit lists: fetched only for the roles that may read those lists. */
function AdminFigures() {
  const t = useT();
  const me = useMe();
  const usersPage = pageOf('users');
  const auditPage = pageOf('audit');
  const canUsers = !!usersPage && canOpen(usersPage, me);
  const canAudit = !!auditPage && canOpen(auditPage, me);

  // pageSize=1: only `total` is wanted.
  const users = useQuery({
    queryKey: ['dashboard', 'users-total'],
    queryFn: () => api.get<UserList>('/api/users', { pageSize: 1 }),
    enabled: canUsers,
  });
  const activeUsers = useQuery({
    queryKey: ['dashboard', 'active-users-total'],
    queryFn: () => api.get<UserList>('/api/users', { pageSize: 1, status: 'active' }),
    enabled: canUsers,
  });
  const audit = useQuery({
    queryKey: ['dashboard', 'audit-total'],
    queryFn: () => api.get<AuditList>('/api/audit', { pageSize: 1 }),
    enabled: canAudit,
  });

  return (
    <>
      {canUsers && (
        <Figure
          title={t('dashboard.fig.users')}
          to="/console/users"
          {...figureState(users, (d) => d.total)}
        />
      )}
      {canUsers && (
        <Figure
          title={t('dashboard.fig.activeUsers')}
          to="/console/users?status=active"
          {...figureState(activeUsers, (d) => d.total)}
        />
      )}
      {canAudit && (
        <Figure
          title={t('dashboard.fig.auditEntries')}
          to="/console/audit"
          {...figureState(audit, (d) => d.total)}
        />
      )}
    </>
  );
}

/** Figures every console user may see: the divisions, the units, the city's population. */
function ReferenceFigures() {
  const t = useT();
  const divisions = useDivisions();
  const units = useUnits();
  const populations = usePopulations();
  const tree = divisions.data ? toDivisionTree(divisions.data) : undefined;
  const cityCode = tree?.city?.code;
  const latestCity = populations.data
    ?.filter((p) => p.divisionCode === cityCode)
    .sort((a, b) => b.year - a.year)[0];

  return (
    <>
      <Figure
        title={t('dashboard.fig.counties')}
        to="/console/reference"
        {...figureState(divisions, () => tree?.counties.length)}
      />
      <Figure
        title={t('common.townships')}
        to="/console/reference"
        {...figureState(
          divisions,
          (d) => d.filter((x) => x.level === 'township' && !x.statisticalOnly).length,
        )}
      />
      <Figure
        title={t('common.jointConferenceUnits')}
        to="/console/reference?tab=units"
        {...figureState(units, (d) => d.filter(inConference).length)}
      />
      <Figure
        title={latestCity ? t('dashboard.fig.population', { year: latestCity.year }) : t('nav.reference')}
        to="/console/reference"
        {...figureState(populations, () => latestCity?.residents)}
      />
    </>
  );
}

interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  data: T | undefined;
}

function figureState<T>(query: QueryLike<T>, pick: (data: T) => number | undefined) {
  return { loading: query.isPending, value: query.data === undefined ? undefined : pick(query.data) };
}

interface FigureProps {
  title: ReactNode;
  to: string;
  loading: boolean;
  value: number | undefined;
}

/** One key figure; it links to the records it counts (UX: every figure drills down). */
function Figure({ title, to, loading, value }: FigureProps) {
  const t = useT();
  return (
    <Col xs={12} lg={6}>
      <Link to={to} className="console-figure-link">
        <Card hoverable size="small">
          <Statistic
            title={title}
            loading={loading}
            value={value ?? t('dashboard.fig.unavailable')}
            styles={value === undefined ? { content: { fontSize: 16, color: '#595959' } } : undefined}
          />
        </Card>
      </Link>
    </Col>
  );
}
