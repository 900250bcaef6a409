import { Tag } from 'antd';
import { type MessageKey, useT } from '../../shared/i18n';

/** Colours: to inspect blue, rectifying orange, closed green; results pass green, rectify orange, fail red. */
const STATUS_COLOR: Record<string, string> = {
  assigned: 'processing',
  submitted: 'warning',
  closed: 'success',
};
const RESULT_COLOR: Record<string, string> = { pass: 'success', rectify: 'warning', fail: 'error' };
const FINDING_COLOR: Record<string, string> = { open: 'error', rectified: 'processing', verified: 'success' };
const OUTCOME_COLOR: Record<string, string> = { pass: 'success', fail: 'error', na: 'default' };

export function StatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(`insp.status.${status}` as MessageKey)}</Tag>;
}

export function ResultTag({ result }: { result: string | null }) {
  const t = useT();
  return result ? <Tag color={RESULT_COLOR[result]}>{t(`insp.result.${result}` as MessageKey)}</Tag> : null;
}

export function FindingTag({ status }: { status: string | null }) {
  const t = useT();
  return status ? <Tag color={FINDING_COLOR[status]}>{t(`insp.finding.${status}` as MessageKey)}</Tag> : null;
}

export function OutcomeTag({ outcome }: { outcome: string }) {
  const t = useT();
  return <Tag color={OUTCOME_COLOR[outcome]}>{t(`insp.outcome.${outcome}` as MessageKey)}</Tag>;
}
