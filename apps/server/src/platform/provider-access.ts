/**
 * Whether the caller may see one provider's records (SPEC §2): a provider user its own provider
 * only, a regulator the providers in its jurisdiction (a township officer by township, others by
 * county/city division). Anything else answers 404, exactly as if the provider did not exist.
 */
import type { AppContext, SessionUser } from './context';
import { notFound } from './errors';
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
