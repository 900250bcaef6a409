/**
 * Who may manage which accounts, and which jurisdiction level each role needs. Kept apart from
 * the service so the rules read as a table.
 */
import type { DivisionLevel, Role } from '@tuoyu/contracts';
import type { SessionUser } from '../../platform/context';
import { isInScope, scopeOf } from '../../platform/scope';

/** The jurisdiction levels an account of each role may hold (SPEC §2). */
export const ROLE_LEVELS: Record<Role, readonly DivisionLevel[]> = {
  sysadmin: ['city'],
  city_regulator: ['city'],
  jc_office: ['city'],
  jc_convener: ['city'],
  county_regulator: ['county'],
  township_officer: ['township'],
  health_worker: ['county', 'township'],
  department_officer: ['city', 'county'],
  provider_manager: ['county', 'township'],
  provider_staff: ['county', 'township'],
  parent: ['city'],
};

/** Units implied by a role when none is given: regulators and the office sit in 卫生健康委. */
export const DEFAULT_UNIT: Partial<Record<Role, string>> = {
  city_regulator: 'health',
  county_regulator: 'health',
  jc_office: 'health',
  jc_convener: 'health',
  health_worker: 'health',
};

/**
 * Can the caller create or change an account of this role in this division (and, for provider
 * accounts, of this provider — a new account takes the manager's own provider)?
 */
export function mayManage(
  caller: SessionUser,
  role: string,
  divisionCode: string,
  providerId: number | null,
): boolean {
  if (caller.role === 'sysadmin') return true;
  if (caller.role === 'county_regulator') {
    return role === 'township_officer' && isInScope(scopeOf(caller), divisionCode);
  }
  if (caller.role === 'provider_manager') {
    return (
      role === 'provider_staff' &&
      caller.providerId !== null &&
      providerId === caller.providerId &&
      divisionCode === caller.divisionCode
    );
  }
  return false;
}
