import type { UseQueryResult } from '@tanstack/react-query';
import type {
  ComplaintItem,
  CreditRecord,
  FilingStatus,
  IncidentListItem,
  InspectionListItem,
} from '@tuoyu/contracts';
import { Alert, Button, Card, Empty, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../shared/api';
import { type MessageKey, useT } from '../../../shared/i18n';
import { usePermission } from '../../auth/permissions';
import { STATUS_COLOR as COMPLAINT_COLOR, catKey, outcomeKey, statusKey } from '../../complaints/labels';
import { StatusTag as IncidentStatusTag, LateTag, SeverityTag, typeLabel } from '../../incidents/labels';
import { StatusTag as InspectionStatusTag, ResultTag } from '../../inspections/labels';
import { reasonLabel, TIER_TAG, tierLabel } from '../../risk/labels';
import {
  useProviderBlacklisting,
  useProviderComplaints,
  useProviderCredit,
  useProviderIncidents,
  useProviderInspections,
  useProviderRisk,
} from './queries';
import './record.css';

/** A provider with a filed version standing: the ones supervision follows (risk: INSPECTABLE_STATUSES). */
const OPERATING: FilingStatus[] = ['filed', 'change_submitted', 'suspended'];
const LATEST = 5;
const ALL = 100;

type Section = 'inspections' | 'complaints' | 'incidents' | 'credit';

/**
 * 监管档案: one provider's risk tier, blacklisting and latest inspections, complaints, incidents
 * and credit records, read from the scoped lists, shown to regulators below its filing.
 */
export function ProviderRecord({ providerId, status }: { providerId: number; status: FilingStatus }) {
  const reader = usePermission('providers.record');
  if (!reader || !OPERATING.includes(status)) return null;
  return <RecordCard providerId={providerId} />;
}

function RecordCard({ providerId }: { providerId: number }) {
  const t = useT();
  const [all, setAll] = useState<Record<Section, boolean>>({
    inspections: false,
    complaints: false,
    incidents: false,
    credit: false,
  });
  const size = (s: Section) => (all[s] ? ALL : LATEST);
  const toggle = (s: Section) => () => setAll((a) => ({ ...a, [s]: !a[s] }));
  const inspections = useProviderInspections(providerId, size('inspections'));
  const complaints = useProviderComplaints(providerId, size('complaints'));
  const incidents = useProviderIncidents(providerId, size('incidents'));
  const credit = useProviderCredit(providerId, size('credit'));
  const label = (s: Section, total: number | undefined) => (
    <span>
      {t(`record.tab.${s}` as MessageKey)}
      {total !== undefined && <span className="record-count">{total}</span>}
    </span>
  );

  return (
    <Card
      title={t('record.title')}
      className="console-block"
      extra={<Link to="/console/risk">{t('record.riskView')}</Link>}
    >
      <RiskSummary providerId={providerId} />
      <Blacklisting providerId={providerId} />
      <Tabs
        items={[
          {
            key: 'inspections',
            label: label('inspections', inspections.data?.total),
            children: (
              <RecordList
                query={inspections}
                empty={t('record.empty.inspections')}
                expanded={all.inspections}
                onToggle={toggle('inspections')}
                listHref={`/console/inspections?providerId=${providerId}`}
                row={(i) => <InspectionRow item={i} />}
              />
            ),
          },
          {
            key: 'complaints',
            label: label('complaints', complaints.data?.total),
            children: (
              <RecordList
                query={complaints}
                empty={t('record.empty.complaints')}
                expanded={all.complaints}
                onToggle={toggle('complaints')}
                listHref={`/console/complaints?providerId=${providerId}`}
                row={(c) => <ComplaintRow item={c} />}
              />
            ),
          },
          {
            key: 'incidents',
            label: label('incidents', incidents.data?.total),
            children: (
              <RecordList
                query={incidents}
                empty={t('record.empty.incidents')}
                expanded={all.incidents}
                onToggle={toggle('incidents')}
                listHref={`/console/incidents?providerId=${providerId}`}
                row={(i) => <IncidentRow item={i} />}
              />
            ),
          },
          {
            key: 'credit',
            label: label('credit', credit.data?.total),
            children: (
              <RecordList
                query={credit}
                empty={t('record.empty.credit')}
                expanded={all.credit}
                onToggle={toggle('credit')}
                row={(c) => <CreditRow item={c} />}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

function RiskSummary({ providerId }: { providerId: number }) {
  const t = useT();
  const risk = useProviderRisk(providerId);
  if (risk.isPending) return <Skeleton active title={false} paragraph={{ rows: 1 }} />;
  if (risk.isError)
    return (
      <Alert
        className="record-gap"
        type="error"
        showIcon
        title={t('record.loadError', { message: errorMessage(risk.error) })}
      />
    );
  const item = risk.data.item;
  if (!item) return <Typography.Paragraph type="secondary">{t('record.noRisk')}</Typography.Paragraph>;
  return (
    <div className="record-risk record-gap">
      <Typography.Text strong>{t('record.riskTitle')}</Typography.Text>
      <Tag color={TIER_TAG[item.tier]} className="record-tier">
        {t(tierLabel(item.tier))}
      </Tag>
      <Typography.Text>{t('record.score', { score: item.score })}</Typography.Text>
      <Typography.Text type="secondary">{t('record.riskSince', { since: risk.data.since })}</Typography.Text>
      <span className="record-reasons">
        {item.reasons.length === 0 ? (
          <Typography.Text type="secondary">{t('record.noReasons')}</Typography.Text>
        ) : (
          item.reasons.map((r) => (
            <Tag
              key={r.code}
              color={r.code === 'clean_record' ? 'success' : r.points > 0 ? 'default' : 'error'}
            >
              {t(reasonLabel(r.code))}
              {r.count > 1 ? ` ×${r.count}` : ''}
              {r.points > 0 ? ` +${r.points}` : ''}
            </Tag>
          ))
        )}
      </span>
    </div>
  );
}

function Blacklisting({ providerId }: { providerId: number }) {
  const t = useT();
  const entry = useProviderBlacklisting(providerId).data;
  if (!entry) return null;
  return (
    <Alert
      className="record-gap"
      type="error"
      showIcon
      title={t('record.blacklisted')}
      description={
        <>
          <div className="record-pre">
            {t('record.blacklistDecision', {
              date: entry.decidedOn,
              unit: entry.decidingUnit,
              decision: entry.decision,
            })}
          </div>
          <div>{t('record.blacklistBasis', { basis: entry.legalBasis })}</div>
        </>
      }
    />
  );
}

interface Page<T> {
  items: T[];
  total: number;
}

/** The latest rows of one list, with its empty, error and "all" states. */
function RecordList<T extends { id: number }>({
  query,
  empty,
  expanded,
  onToggle,
  listHref,
  row,
}: {
  query: UseQueryResult<Page<T>>;
  empty: string;
  expanded: boolean;
  onToggle: () => void;
  /** The full list page, filtered to this provider (with its own filters and Excel export). */
  listHref?: string;
  row: (item: T) => ReactNode;
}) {
  const t = useT();
  if (query.isPending) return <Skeleton active title={false} paragraph={{ rows: 3 }} />;
  if (query.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('record.loadError', { message: errorMessage(query.error) })}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  const { items, total } = query.data;
  if (total === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <>
      <ul className="record-list">
        {items.map((i) => (
          <li key={i.id}>{row(i)}</li>
        ))}
      </ul>
      <Flex justify="space-between" align="center" wrap gap={8} className="record-foot">
        <Typography.Text type="secondary">
          {items.length < total
            ? t('record.latest', { shown: items.length, total })
            : t('common.total', { total })}
        </Typography.Text>
        <Flex gap={4} align="center">
          {(total > LATEST || expanded) && (
            <Button type="link" size="small" onClick={onToggle} loading={query.isFetching}>
              {expanded ? t('record.showLatest') : t('record.showAll')}
            </Button>
          )}
          {listHref && <Link to={listHref}>{t('record.openList')}</Link>}
        </Flex>
      </Flex>
    </>
  );
}

/** One row: a date, what it is (with a line of detail), and its tags; a link when it has a page. */
function Row({
  to,
  date,
  main,
  detail,
  tags,
}: {
  to?: string;
  date: string;
  main: ReactNode;
  detail?: ReactNode;
  tags: ReactNode;
}) {
  const body = (
    <>
      <span className="record-date">{date}</span>
      <span className="record-main">
        <span className="record-title">{main}</span>
        {detail && <span className="record-detail">{detail}</span>}
      </span>
      <span className="record-tags">{tags}</span>
    </>
  );
  return to ? (
    <Link className="record-row record-link" to={to}>
      {body}
    </Link>
  ) : (
    <div className="record-row">{body}</div>
  );
}

const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

function InspectionRow({ item: i }: { item: InspectionListItem }) {
  const t = useT();
  return (
    <Row
      to={`/console/inspections/${i.id}`}
      date={i.inspectedOn ?? '—'}
      main={t(`insp.kind.${i.kind}` as MessageKey)}
      detail={i.inspectedOn ? i.checklistName : t('record.insp.due', { date: i.dueBy ?? '—' })}
      tags={
        <>
          <ResultTag result={i.result} />
          <InspectionStatusTag status={i.status} />
          {i.openCount > 0 && <Tag color="error">{t('record.insp.open', { count: i.openCount })}</Tag>}
          {i.rectifiedCount > 0 && (
            <Tag color="processing">{t('record.insp.rectified', { count: i.rectifiedCount })}</Tag>
          )}
          {i.overdue && <Tag color="error">{t('insp.tag.overdue')}</Tag>}
        </>
      }
    />
  );
}

function ComplaintRow({ item: c }: { item: ComplaintItem }) {
  const t = useT();
  return (
    <Row
      to={`/console/complaints/${c.id}`}
      date={day(c.receivedAt)}
      main={t(catKey(c.category))}
      detail={c.trackingCode}
      tags={
        <>
          <Tag color={COMPLAINT_COLOR[c.status]}>{t(statusKey(c.status))}</Tag>
          {c.outcome && <Tag>{t(outcomeKey(c.outcome))}</Tag>}
          {c.overdue && <Tag color="red">{t('cmp.tag.overdue')}</Tag>}
          {c.escalatedAt && <Tag color="volcano">{t('cmp.tag.escalated')}</Tag>}
        </>
      }
    />
  );
}

function IncidentRow({ item: i }: { item: IncidentListItem }) {
  const t = useT();
  return (
    <Row
      to={`/console/incidents/${i.id}`}
      date={day(i.occurredAt)}
      main={typeLabel(t, i.type)}
      tags={
        <>
          <SeverityTag value={i.severity} />
          <IncidentStatusTag value={i.status} />
          {i.late && <LateTag />}
        </>
      }
    />
  );
}

/** Credit records have no page of their own: the row carries its basis. */
function CreditRow({ item: c }: { item: CreditRecord }) {
  const t = useT();
  const person = c.subjectType === 'person' ? t('record.credit.person', { name: c.subjectName }) : null;
  return (
    <Row
      date={c.decidedOn}
      main={c.title}
      detail={[person, c.basis].filter(Boolean).join(' · ')}
      tags={
        <>
          <Tag color={c.kind === 'reward' ? 'success' : 'error'}>{t(`credit.kind.${c.kind}`)}</Tag>
          {!c.active && <Tag>{t('credit.expired')}</Tag>}
        </>
      }
    />
  );
}
