import { useUnits } from '../reference/queries';

/** A unit's short name by its code (the code itself until the list has loaded). */
export function useUnitName() {
  const units = useUnits();
  const names = new Map((units.data ?? []).map((u) => [u.code, u.shortName]));
  return (code: string) => names.get(code) ?? code;
}
