import type { Role } from '@tuoyu/contracts';
import { Tag } from 'antd';
import { enumKey, useT } from '../../shared/i18n';

// Colours group the roles by side: government (blue family), providers (green), others.
const roleColor: Record<Role, string> = {
  sysadmin: 'magenta',
  city_regulator: 'blue',
  county_regulator: 'geekblue',
  township_officer: 'cyan',
  department_officer: 'purple',
  provider_manager: 'green',
  provider_staff: 'lime',
  jc_office: 'gold',
  jc_convener: 'orange',
  health_worker: 'lime',
  parent: 'default',
};

export function RoleTag({ role }: { role: Role }) {
  const t = useT();
  return <Tag color={roleColor[role]}>{t(enumKey('role', role))}</Tag>;
}
