/** Places per 1,000 residents, for the city and each county. */
import { z } from 'zod';

export const PlacesFigures = z.object({
  divisionCode: z.string(),
  divisionName: z.string(),
  places: z.number().int(),
  inclusivePlaces: z.number().int(),
  familyPointPlaces: z.number().int(),
  hourlyProviders: z.number().int(),
  providers: z.number().int(),
  population: z.number().int(),
  populationYear: z.number().int(),
  placesPer1000: z.number().nullable(),
  placesNeeded: z.number().int(),
});
export const PlacesIndicator = z.object({
  year: z.number().int(),
  target: z.number(),
  referenceDate: z.string(),
  city: PlacesFigures,
  counties: z.array(PlacesFigures),
  demo: z.boolean(),
});
export type PlacesIndicator = z.infer<typeof PlacesIndicator>;
