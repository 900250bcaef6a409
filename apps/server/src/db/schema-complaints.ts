/** Table types of complaints (its migration in db/migrations/). */

// biome-ignore lint/suspicious/noEmptyInterface: filled as the tables are added.
export interface ComplaintsTables {}
