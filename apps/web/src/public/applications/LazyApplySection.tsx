import type { ServiceForm } from '@tuoyu/domain';
import { lazy, Suspense } from 'react';

const ApplySection = lazy(() => import('./ApplySection'));

/** The provider page's 申请入托 section, fetched on its own so the provider page's chunk stays small. */
export function LazyApplySection({
  providerId,
  serviceForms,
}: {
  providerId: number;
  serviceForms: readonly ServiceForm[];
}) {
  if (serviceForms.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ApplySection providerId={providerId} serviceForms={serviceForms} />
    </Suspense>
  );
}
