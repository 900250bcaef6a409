/**
 * Whether the caller may see one provider's records (SPEC §2): a provider user its own provider
 * only, a regulator the providers in its jurisdiction (a township officer by township, others by
 * county/city division). Anything else answers 404, exactly as if the provider did not exist.
 */
import type { AppContext, SessionUser } from './context';
import { forbidden, notFound } from './errors';
import { isInScope, scopeOf } from './scope';

export async function assertProviderVisible(ctx: AppContext, caller: SessionUser, providerId: number) {
  if (caller.providerId !== null) {
    if (caller.providerId !== providerId) throw notFound();
    return;
  }
  const p = await ctx.db
    .selectFrom('providers')
    .select(['division_code', 'township_code'])
    .where('id', '=', providerId)
    .executeTakeFirst();
  const scope = scopeOf(caller);
  const code = scope.prefix.length === 9 ? p?.township_code : p?.division_code;
  if (!p || !isInScope(scope, code)) throw notFound();
}

/** The provider a provider user works for; anyone else is refused (403). */
export function ownProvider(caller: SessionUser): number {
  if (caller.providerId === null) throw forbidden();
  return caller.providerId;
}

/** Whether the caller is a user of exactly this provider (a provider user acts on his own only). */
export const isOwnProvider = (caller: SessionUser, providerId: number) => caller.providerId === providerId;

/** A provider user may act only on his own provider: 403 for any other. */
export function assertOwnProvider(caller: SessionUser, providerId: number) {
  if (!isOwnProvider(caller, providerId)) throw forbidden();
}
