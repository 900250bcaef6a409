import type { JcPlanStatus } from '@tuoyu/contracts';
import { Tag } from 'antd';
import { enumKey, useT } from '../../shared/i18n';

const COLOR: Record<JcPlanStatus | 'unreported', string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  unreported: 'warning',
};

/** A plan task's status for one unit; `unreported` when the unit has not reported this year. */
export function PlanStatusTag({ status }: { status: JcPlanStatus | 'unreported' }) {
  const t = useT();
  return (
    <Tag color={COLOR[status]}>
      {status === 'unreported' ? t('jcPlan.notReported') : t(enumKey('jcPlanStatus', status))}
    </Tag>
  );
}
