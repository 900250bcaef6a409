/**
 * Division and unit names, cached in memory: they change only with a migration, and the session
 * path (every request's `me`) should not join two tables to print 临河区卫生健康委.
 */
import type { Db } from '../../db';
import { divisionNames, unitNames } from './queries';

interface Names {
  divisions: Map<string, string>;
  units: Map<string, string>;
}

const cache = new WeakMap<Db, Promise<Names>>();

async function load(db: Db): Promise<Names> {
  const [divisions, units] = await Promise.all([divisionNames(db), unitNames(db)]);
  return {
    divisions: new Map(divisions.map((d) => [d.code, d.name])),
    units: new Map(units.map((u) => [u.code, u.local_name])),
  };
}

export function referenceNames(db: Db): Promise<Names> {
  let names = cache.get(db);
  if (!names) {
    names = load(db);
    cache.set(db, names);
  }
  return names;
}

/** 临河区 + 卫生健康委 → 临河区卫生健康委; null without a unit. */
export async function jurisdictionNames(db: Db, divisionCode: string, unit: string | null) {
  const names = await referenceNames(db);
  const divisionName = names.divisions.get(divisionCode) ?? divisionCode;
  const unitLocal = unit ? names.units.get(unit) : undefined;
  return { divisionName, unitName: unitLocal ? `${divisionName}${unitLocal}` : null };
}
