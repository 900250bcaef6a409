/** Uploaded files (PDF/JPEG/PNG, ≤ 10 MB). */
import { z } from 'zod';

export const FileInfo = z.object({
  id: z.number().int(),
  name: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  mime: z.string(),
});
