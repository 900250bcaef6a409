import { lazy, Suspense } from 'react';

const InspectionsSection = lazy(() => import('./InspectionsSection'));

/** The provider page's 监督检查结果 section, in its own chunk so the provider page stays small. */
export function LazyInspectionsSection({ providerId }: { providerId: number }) {
  return (
    <Suspense fallback={null}>
      <InspectionsSection providerId={providerId} />
    </Suspense>
  );
}
