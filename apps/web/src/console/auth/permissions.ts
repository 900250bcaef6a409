import type { Permission } from '@tuoyu/contracts';
import { useMe } from './session';

/**
 * Whether the logged-in person holds a permission (`me.permissions`, from the same table the
 * server checks), so pages ask what someone may do instead of comparing roles.
 */
export function useCan(): (permission: Permission) => boolean {
  const { permissions } = useMe();
  return (permission) => permissions.includes(permission);
}

/** Whether the logged-in person holds `permission`. */
export function usePermission(permission: Permission): boolean {
  return useMe().permissions.includes(permission);
}
