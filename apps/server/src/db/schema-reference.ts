/** Table types of reference data (migration 2026112902_reference): divisions, census population, member units. */
import type { DivisionLevel } from '@tuoyu/domain';

export interface DivisionTable {
  code: string;
  name: string;
  level: DivisionLevel;
  parent_code: string | null;
  kind: string | null;
  statistical_only: number;
  seat: string | null;
  area_km2: number | null;
}

export interface PopulationTable {
  division_code: string;
  year: number;
  residents: number;
  source: string;
  updated_at: string;
}

export interface UnitTable {
  code: string;
  name: string;
  short_name: string;
  local_name: string;
  role: string;
  duties_clause: string | null;
  duties: string | null;
  sort: number;
}

export interface ReferenceTables {
  divisions: DivisionTable;
  populations: PopulationTable;
  units: UnitTable;
}
