import type { FilingStatus } from '@tuoyu/contracts';
import { Tag } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { FILING_STATUS_COLOR } from './labels';

export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const t = useT();
  return <Tag color={FILING_STATUS_COLOR[status]}>{t(enumKey('filingStatus', status))}</Tag>;
}
