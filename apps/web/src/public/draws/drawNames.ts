import type { PublicDraw } from '@tuoyu/contracts';

/** Providers and inspectors by name as the record gives them, `#id` where it gives none. */
export function namesOf(rec: PublicDraw) {
  return {
    provider: (id: number) => rec.names.providers[String(id)] ?? `#${id}`,
    inspector: (id: number) => rec.names.inspectors[String(id)] ?? `#${id}`,
  };
}
