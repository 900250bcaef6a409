import { z } from 'zod';
import { Text } from './common';
import { DivisionLevelSchema } from './enums';

export const Division = z.object({
  code: z.string(),
  name: z.string(),
  level: DivisionLevelSchema,
  parentCode: z.string().nullable(),
  /** Township-level type: 街道, 镇, 乡, 苏木, or a statistical unit such as a farm. */
  kind: z.string().nullable(),
  /** NBS statistical units (farms and the like) that are not civil-affairs townships. */
  statisticalOnly: z.boolean(),
  seat: z.string().nullable(),
  areaKm2: z.number().nullable(),
});
export type Division = z.infer<typeof Division>;

export const DivisionList = z.object({ items: z.array(Division) });

export const Population = z.object({
  divisionCode: z.string(),
  divisionName: z.string(),
  year: z.number().int(),
  residents: z.number().int(),
  source: z.string(),
});
export type Population = z.infer<typeof Population>;
export const PopulationList = z.object({ items: z.array(Population) });

export const PutPopulationBody = z.object({
  residents: z.number().int().min(0).max(100_000_000),
  source: Text(200),
});

export const Unit = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  role: z.string(),
  dutiesClause: z.string().nullable(),
  duties: z.string().nullable(),
});
export type Unit = z.infer<typeof Unit>;
export const UnitList = z.object({ items: z.array(Unit) });

/** Public facts for the parents' home page. */
export const PublicOverview = z.object({
  city: z.object({ code: z.string(), name: z.string(), residents: z.number().int(), year: z.number().int() }),
  counties: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      seat: z.string().nullable(),
      residents: z.number().int(),
      year: z.number().int(),
      townships: z.number().int(),
      areaKm2: z.number().nullable(),
    }),
  ),
  demo: z.boolean(),
});
export type PublicOverview = z.infer<typeof PublicOverview>;

export type DivisionList = z.infer<typeof DivisionList>;
export type PopulationList = z.infer<typeof PopulationList>;
export type UnitList = z.infer<typeof UnitList>;
