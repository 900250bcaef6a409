import type { DueStatus, GrowthFlag, HealthChildStatus } from '@tuoyu/contracts';
import { Space, Tag } from 'antd';
import { enumKey, useT } from '../../shared/i18n';

/** A schedule status's colour: done green, due blue, late (past the date, window open) orange, missed red. */
export const DUE_COLORS: Record<DueStatus, string> = {
  done: 'success',
  due: 'processing',
  late: 'warning',
  missed: 'error',
  upcoming: 'default',
};

export function DueTag({ status }: { status: DueStatus }) {
  const t = useT();
  return <Tag color={DUE_COLORS[status]}>{t(enumKey('dueStatus', status))}</Tag>;
}

/** The latest check-up's flags (any flag makes the child 体弱儿, followed up more often). */
export function FlagTags({ flags }: { flags: readonly GrowthFlag[] }) {
  const t = useT();
  if (flags.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap>
      {flags.map((f) => (
        <Tag key={f} color="magenta">
          {t(enumKey('growthFlag', f))}
        </Tag>
      ))}
    </Space>
  );
}

export function StatusTag({ status }: { status: HealthChildStatus }) {
  const t = useT();
  const color = status === 'active' ? 'green' : status === 'died' ? 'default' : 'gold';
  return <Tag color={color}>{t(enumKey('healthChildStatus', status))}</Tag>;
}
