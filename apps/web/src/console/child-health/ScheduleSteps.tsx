import type { DueStatus, ScheduleItem } from '@tuoyu/contracts';
import { Flex, Grid, Steps, type StepsProps } from 'antd';
import { useT } from '../../shared/i18n';
import { DueTag } from './tags';

/** Steps' own states for each schedule status (the tag beside carries the colour and the word). */
const STEP_STATUS: Record<DueStatus, NonNullable<StepsProps['status']>> = {
  done: 'finish',
  due: 'process',
  late: 'process',
  missed: 'error',
  upcoming: 'wait',
};

/**
 * The 4-2-2 schedule (3, 6, 8, 12, 18, 24, 30 months and the 36-month exit check): each due date,
 * its window and status — done, due, late (past the date, the window still open), missed,
 * upcoming. The exit check is marked 不计入管理率 (I-2 counts the first seven only).
 */
export function ScheduleSteps({ schedule }: { schedule: readonly ScheduleItem[] }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const current = schedule.findIndex((s) => s.status !== 'done' && s.status !== 'missed');
  return (
    <Steps
      className="ch-schedule"
      size="small"
      orientation={screens.lg ? 'horizontal' : 'vertical'}
      titlePlacement={screens.lg ? 'vertical' : undefined}
      current={current < 0 ? schedule.length : current}
      items={schedule.map((s) => ({
        key: s.ageMonths,
        status: STEP_STATUS[s.status],
        title: t('ch.schedule.age', { m: s.ageMonths }),
        content: (
          <Flex
            vertical
            gap={2}
            align={screens.lg ? 'center' : 'start'}
            data-testid={`schedule-${s.ageMonths}`}
          >
            <span>{s.dueOn}</span>
            <DueTag status={s.status} />
            {!s.counted && <span className="ch-schedule-exit">{t('ch.schedule.notCounted')}</span>}
          </Flex>
        ),
      }))}
    />
  );
}
