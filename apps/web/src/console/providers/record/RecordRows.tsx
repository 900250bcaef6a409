import type { ComplaintItem, CreditRecord, IncidentListItem, InspectionListItem } from '@tuoyu/contracts';
import { beijingDate } from '@tuoyu/domain';
import { Tag } from 'antd';
import { enumKey, useT } from '../../../shared/i18n';
import { STATUS_COLOR as COMPLAINT_COLOR, catKey, outcomeKey, statusKey } from '../../complaints/labels';
import { StatusTag as IncidentStatusTag, LateTag, SeverityTag, typeLabel } from '../../incidents/labels';
import { StatusTag as InspectionStatusTag, ResultTag } from '../../inspections/labels';
import { Row } from './RecordList';

const day = (iso: string) => beijingDate(iso);

export function InspectionRow({ item: i }: { item: InspectionListItem }) {
  const t = useT();
  return (
    <Row
      to={`/console/inspections/${i.id}`}
      date={i.inspectedOn ?? '—'}
      main={t(enumKey('inspectionKind', i.kind))}
      detail={i.inspectedOn ? i.checklistName : t('record.insp.due', { date: i.dueBy ?? '—' })}
      tags={
        <>
          <ResultTag result={i.result} />
          <InspectionStatusTag status={i.status} />
          {i.openCount > 0 && <Tag color="error">{t('record.insp.open', { count: i.openCount })}</Tag>}
          {i.rectifiedCount > 0 && (
            <Tag color="processing">{t('record.insp.rectified', { count: i.rectifiedCount })}</Tag>
          )}
          {i.overdue && <Tag color="error">{t('common.overdue')}</Tag>}
        </>
      }
    />
  );
}

export function ComplaintRow({ item: c }: { item: ComplaintItem }) {
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
          {c.overdue && <Tag color="red">{t('common.overdue')}</Tag>}
          {c.escalatedAt && <Tag color="volcano">{t('cmp.tag.escalated')}</Tag>}
        </>
      }
    />
  );
}

export function IncidentRow({ item: i }: { item: IncidentListItem }) {
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
export function CreditRow({ item: c }: { item: CreditRecord }) {
  const t = useT();
  const person = c.subjectType === 'person' ? t('record.credit.person', { name: c.subjectName }) : null;
  return (
    <Row
      date={c.decidedOn}
      main={c.title}
      detail={[person, c.basis].filter(Boolean).join(' · ')}
      tags={
        <>
          <Tag color={c.kind === 'reward' ? 'success' : 'error'}>{t(enumKey('creditKind', c.kind))}</Tag>
          {!c.active && <Tag>{t('common.expired')}</Tag>}
        </>
      }
    />
  );
}
