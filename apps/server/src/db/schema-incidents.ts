/** Table types of incidents (its migration in db/migrations/). */

// biome-ignore lint/suspicious/noEmptyInterface: filled as the tables are added.
export interface IncidentsTables {}
