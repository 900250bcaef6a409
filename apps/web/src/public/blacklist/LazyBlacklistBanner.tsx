import { lazy, Suspense } from 'react';

const BlacklistBanner = lazy(() => import('./BlacklistBanner'));

/** The provider page's blacklist notice, fetched on its own so the provider page's chunk stays small. */
export function LazyBlacklistBanner({ providerId }: { providerId: number }) {
  return (
    <Suspense fallback={null}>
      <BlacklistBanner providerId={providerId} />
    </Suspense>
  );
}
