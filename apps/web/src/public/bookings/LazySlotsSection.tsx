import type { ServiceForm } from '@tuoyu/domain';
import { lazy, Suspense } from 'react';

const SlotsSection = lazy(() => import('./SlotsSection'));

/**
 * The provider page's 计时托预约 section, fetched only for providers offering hourly or temporary
 * care; everything else of booking stays out of the provider page's chunk.
 */
export function LazySlotsSection({
  providerId,
  serviceForms,
}: {
  providerId: number;
  serviceForms: readonly ServiceForm[];
}) {
  if (!serviceForms.includes('hourly') && !serviceForms.includes('temporary')) return null;
  return (
    <Suspense fallback={null}>
      <SlotsSection providerId={providerId} />
    </Suspense>
  );
}
