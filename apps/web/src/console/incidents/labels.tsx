import type { EmergencyPlanKind, IncidentSeverity, IncidentStatus, IncidentType } from '@tuoyu/domain';
import { Tag } from 'antd';
import { type Translate, useT } from '../../shared/i18n';

/** The console's names for incident codes (catalogue keys `inc.type.*`, `inc.severity.*`, …). */
export const typeLabel = (t: Translate, v: IncidentType) => t(`inc.type.${v}`);
export const severityLabel = (t: Translate, v: IncidentSeverity) => t(`inc.severity.${v}`);
export const statusLabel = (t: Translate, v: IncidentStatus) => t(`inc.status.${v}`);
export const planKindLabel = (t: Translate, v: EmergencyPlanKind) => t(`inc.plan.kind.${v}`);

const SEVERITY_COLOR: Record<IncidentSeverity, string> = {
  minor: 'default',
  serious: 'orange',
  critical: 'red',
};
const STATUS_COLOR: Record<IncidentStatus, string> = { open: 'blue', following: 'gold', closed: 'green' };

export function SeverityTag({ value }: { value: IncidentSeverity }) {
  const t = useT();
  return <Tag color={SEVERITY_COLOR[value]}>{severityLabel(t, value)}</Tag>;
}

export function StatusTag({ value }: { value: IncidentStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[value]}>{statusLabel(t, value)}</Tag>;
}

export function LateTag() {
  const t = useT();
  return <Tag color="magenta">{t('inc.late')}</Tag>;
}
