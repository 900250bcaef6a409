import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useT } from '../../shared/i18n';
import { formatDate } from './labels';

interface DeadlineCounterProps {
  remainingWorkingDays: number | null;
  overdue: boolean;
  dueDate: string | null;
}

/**
 * The 5-working-day review clock (登记和备案办法): 剩余 N 个工作日, orange at one day or less,
 * red once the due date has passed. Nothing when no clock runs.
 */
export function DeadlineCounter({ remainingWorkingDays, overdue, dueDate }: DeadlineCounterProps) {
  const t = useT();
  if (remainingWorkingDays === null && !overdue) return null;
  const days = remainingWorkingDays ?? 0;
  const color = overdue ? 'error' : days <= 1 ? 'warning' : 'processing';
  const text = overdue
    ? days === 0
      ? t('prov.deadline.overdueShort')
      : t('prov.deadline.overdue', { days: Math.abs(days) })
    : days === 0
      ? t('prov.deadline.today')
      : t('prov.deadline.remaining', { days });
  return (
    <Tooltip title={dueDate ? t('prov.deadline.due', { date: formatDate(dueDate) }) : undefined}>
      <Tag color={color} icon={<ClockCircleOutlined aria-hidden />}>
        {text}
      </Tag>
    </Tooltip>
  );
}
