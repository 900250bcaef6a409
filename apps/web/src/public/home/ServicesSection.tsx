import { type MessageKey, useT } from '../../shared/i18n';
import { ServiceIcon, type ServiceIconName } from './ServiceIcon';

interface Service {
  icon: ServiceIconName;
  title: MessageKey;
  body: MessageKey;
}

// None of these is live yet: each is marked 即将上线 and deliberately has no link (no dead ends).
const services: Service[] = [
  { icon: 'find', title: 'public.service.find.title', body: 'public.service.find.body' },
  { icon: 'check', title: 'public.service.check.title', body: 'public.service.check.body' },
  { icon: 'complain', title: 'public.service.complain.title', body: 'public.service.complain.body' },
  { icon: 'guide', title: 'public.service.guide.title', body: 'public.service.guide.body' },
];

/** What the platform will offer parents (SPEC C2, C6, C11). */
export function ServicesSection() {
  const t = useT();
  return (
    <section className="pub-section" aria-labelledby="services-title">
      <h2 id="services-title">{t('public.services.title')}</h2>
      <p className="pub-section-lead">{t('public.services.lead')}</p>
      <ul className="pub-services">
        {services.map((service) => (
          <li key={service.icon} className="pub-card pub-service">
            <ServiceIcon name={service.icon} />
            <div>
              <h3>
                {t(service.title)} <span className="pub-tag pub-tag-soon">{t('public.comingSoon')}</span>
              </h3>
              <p>{t(service.body)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
