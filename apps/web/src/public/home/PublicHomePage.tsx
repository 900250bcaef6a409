import { useQuery } from '@tanstack/react-query';
import type { PublicOverview } from '@tuoyu/contracts';
import { api, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { HealthSection } from '../child-health/HealthSection';
import { HomeSearch } from './HomeSearch';
import { PlacesSection } from './PlacesSection';
import { PopulationSection } from './PopulationSection';
import { ServicesSection } from './ServicesSection';
import { TargetsSection } from './TargetsSection';

/** The parents' home page: built from `GET /api/public/overview`, readable without an account. */
export function PublicHomePage() {
  const t = useT();
  useDocumentTitle();
  const overview = useQuery({
    queryKey: ['public', 'overview'],
    queryFn: ({ signal }) => api.get<PublicOverview>('/api/public/overview', undefined, signal),
  });

  return (
    <>
      <section className="pub-hero">
        <h1>{t('public.hero.title')}</h1>
        <p>{t('public.hero.lead')}</p>
        <HomeSearch />
        {overview.data?.demo && (
          <p className="pub-demo">
            <span className="pub-tag pub-tag-demo">{t('common.demoData')}</span> {t('public.demoNote')}
          </p>
        )}
      </section>
      <ServicesSection />
      <TargetsSection />
      <div className="pub-indicators">
        <PlacesSection />
        <HealthSection />
      </div>
      {overview.isPending && (
        <p className="pub-section pub-status" role="status">
          {t('public.overview.loading')}
        </p>
      )}
      {overview.isError && (
        <div className="pub-section pub-status" role="alert">
          <p>{t('public.overview.error')}</p>
          <p className="pub-muted">{errorMessage(overview.error)}</p>
          <button type="button" className="pub-button" onClick={() => void overview.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {overview.data && <PopulationSection overview={overview.data} />}
    </>
  );
}
