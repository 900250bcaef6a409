/** GET /api/health: the server is up, on which engine, at which version. */
import { z } from 'zod';
import { DatabaseEngine } from './enums';

export const Health = z.object({
  status: z.literal('ok'),
  db: DatabaseEngine,
  version: z.string(),
});
export type Health = z.infer<typeof Health>;
