import { useT } from '../../shared/i18n';

/**
 * The plan's two targets for 2025 (总体要求), stated as goals. Progress on places per 1,000 follows
 * in PlacesSection, the health management rate (I-2) in child-health/HealthSection.
 */
export function TargetsSection() {
  const t = useT();
  return (
    <section className="pub-section" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('public.targets.title')}</h2>
      <p className="pub-section-lead">{t('public.targets.lead')}</p>
      <div className="pub-targets">
        <div className="pub-card pub-target">
          <p className="pub-target-label">{t('find.places.title')}</p>
          <p className="pub-target-value">{t('public.target.places.value')}</p>
          <p className="pub-muted">{t('public.target.places.note')}</p>
        </div>
        <div className="pub-card pub-target">
          <p className="pub-target-label">{t('public.target.health.label')}</p>
          <p className="pub-target-value">{t('public.target.health.value')}</p>
          <p className="pub-muted">{t('public.target.health.note')}</p>
        </div>
      </div>
      <p className="pub-muted">{t('chpub.home.targetsProgress')}</p>
    </section>
  );
}
