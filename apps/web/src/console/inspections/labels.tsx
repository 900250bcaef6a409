import type { FindingOutcome, InspectionResult, InspectionStatus } from '@tuoyu/domain';
import { Tag } from 'antd';
import { enumKey, type MessageKey, useT } from '../../shared/i18n';

/** Colours: to inspect blue, rectifying orange, closed green; results pass green, rectify orange, fail red. */
const STATUS_COLOR: Record<string, string> = {
  assigned: 'processing',
  submitted: 'warning',
  closed: 'success',
};
const RESULT_COLOR: Record<string, string> = { pass: 'success', rectify: 'warning', fail: 'error' };
const FINDING_COLOR: Record<string, string> = { open: 'error', rectified: 'processing', verified: 'success' };
const OUTCOME_COLOR: Record<string, string> = { pass: 'success', fail: 'error', na: 'default' };

export function StatusTag({ status }: { status: InspectionStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(enumKey('inspectionStatus', status))}</Tag>;
}

export function ResultTag({ result }: { result: InspectionResult | null }) {
  const t = useT();
  return result ? <Tag color={RESULT_COLOR[result]}>{t(enumKey('inspectionResult', result))}</Tag> : null;
}

export function FindingTag({ status }: { status: string | null }) {
  const t = useT();
  return status ? <Tag color={FINDING_COLOR[status]}>{t(`insp.finding.${status}` as MessageKey)}</Tag> : null;
}

export function OutcomeTag({ outcome }: { outcome: FindingOutcome }) {
  const t = useT();
  return <Tag color={OUTCOME_COLOR[outcome]}>{t(enumKey('findingOutcome', outcome))}</Tag>;
}
