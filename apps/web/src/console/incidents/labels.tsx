import type { EmergencyPlanKind, IncidentSeverity, IncidentStatus, IncidentType } from '@tuoyu/domain';
import { Tag } from 'antd';
import { enumKey, type Translate, useT } from '../../shared/i18n';

/** The names of incident codes, from the domain's labels. */
export const typeLabel = (t: Translate, v: IncidentType) => t(enumKey('incidentType', v));
export const severityLabel = (t: Translate, v: IncidentSeverity) => t(enumKey('incidentSeverity', v));
export const statusLabel = (t: Translate, v: IncidentStatus) => t(enumKey('incidentStatus', v));
export const planKindLabel = (t: Translate, v: EmergencyPlanKind) => t(enumKey('emergencyPlanKind', v));

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
