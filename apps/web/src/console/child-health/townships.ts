import type { Division } from '@tuoyu/contracts';
import { useMe } from '../auth/session';
import { toDivisionTree, useDivisions } from '../reference/queries';

/**
 * The townships a caller may choose (the register's scope): all of the city's for the city, a
 * county's for the county, their own for a township's health worker. `cityWide` offers every
 * township of the city (a child moving within the city goes anywhere in it).
 */
export function useTownshipOptions(cityWide = false) {
  const me = useMe();
  const divisions = useDivisions();
  const all: Division[] = divisions.data ?? [];
  const tree = toDivisionTree(all);
  const townships = tree.counties.flatMap((county) =>
    tree.townshipsOf(county.code).map((d) => ({ d, county })),
  );
  const inScope =
    cityWide || me.divisionCode === tree.city?.code
      ? townships
      : townships.filter(({ d }) => d.code.startsWith(me.divisionCode));
  return {
    loading: divisions.isPending,
    options: inScope
      .filter(({ d }) => !d.statisticalOnly)
      .map(({ d, county }) => ({ value: d.code, label: `${county.name} ${d.name}`, title: d.code })),
  };
}
