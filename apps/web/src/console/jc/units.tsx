import type { JcLight, JcTaskStatus } from '@tuoyu/contracts';
import { Tag, Tooltip } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { useUnits } from '../reference/queries';

/** A unit's place in the conference (the reference data's `role`): the lead unit and the members. */
const MEMBER_UNIT_ROLES: ReadonlySet<string> = new Set(['lead', 'member']);

/** The conference's member units (河套学院 is named in the plan but not a member), in the plan's order. */
export function useJcUnits() {
  const units = useUnits();
  const members = (units.data ?? []).filter((u) => MEMBER_UNIT_ROLES.has(u.role));
  const names = new Map(members.map((u) => [u.code, u.shortName]));
  return {
    members,
    /** A unit's short name (市人社局), or its code while the list loads. */
    nameOf: (code: string | null | undefined) => (code ? (names.get(code) ?? code) : ''),
    options: members.map((u) => ({ value: u.code, label: u.shortName })),
    /** Sorts by the plan's order of the units (the server lists them by code). */
    byPlanOrder: <T,>(rows: T[], codeOf: (row: T) => string) => {
      const order = new Map(members.map((u, i) => [u.code, i]));
      return [...rows].sort((a, b) => (order.get(codeOf(a)) ?? 99) - (order.get(codeOf(b)) ?? 99));
    },
    isPending: units.isPending,
  };
}

/** A unit's short name, its full name on hover (UX.md: names, never bare codes). */
export function UnitName({ code }: { code: string }) {
  const { members, nameOf } = useJcUnits();
  const full = members.find((u) => u.code === code)?.name;
  return <Tooltip title={full}>{nameOf(code)}</Tooltip>;
}

const LIGHT_COLOR: Record<JcLight, string> = { red: 'red', yellow: 'gold', green: 'green' };

/** The task's light as a coloured tag; a done task has none. */
export function LightTag({ light }: { light: JcLight | null }) {
  const t = useT();
  if (!light) return null;
  return <Tag color={LIGHT_COLOR[light]}>{t(enumKey('jcLight', light))}</Tag>;
}

const STATUS_COLOR: Record<JcTaskStatus, string> = {
  open: 'processing',
  extension_requested: 'warning',
  completion_requested: 'purple',
  done: 'success',
};

export function TaskStatusTag({ status }: { status: JcTaskStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(enumKey('jcTaskStatus', status))}</Tag>;
}

/** Today in Beijing as YYYY-MM-DD. */
export function beijingToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
