import { Link } from 'react-router';
import { type MessageKey, useT } from '../../shared/i18n';
import { ServiceIcon, type ServiceIconName } from './ServiceIcon';

interface Service {
  icon: ServiceIconName;
  title: MessageKey;
  body: MessageKey;
  /** Where the service lives; services without one are marked 即将上线 and have no link (no dead ends). */
  to?: string;
}

const services: Service[] = [
  { icon: 'find', title: 'common.findCare', body: 'public.service.find.body', to: '/find' },
  { icon: 'check', title: 'public.service.check.title', body: 'public.service.check.body', to: '/verify' },
  {
    icon: 'complain',
    title: 'public.service.complain.title',
    body: 'public.service.complain.body',
    to: '/complaints/new',
  },
  { icon: 'guide', title: 'public.service.guide.title', body: 'public.service.guide.body' },
];

/** What the platform offers parents (SPEC C2, C6, C11). */
export function ServicesSection() {
  const t = useT();
  return (
    <section className="pub-section" aria-labelledby="services-title">
      <h2 id="services-title">{t('public.services.title')}</h2>
      <p className="pub-section-lead">{t('find.home.servicesLead')}</p>
      <ul className="pub-services">
        {services.map((service) => (
          <li
            key={service.icon}
            className={service.to ? 'pub-card pub-service pub-service-live' : 'pub-card pub-service'}
          >
            <ServiceIcon name={service.icon} />
            <div>
              <h3>
                {service.to ? (
                  <Link className="pub-service-link" to={service.to}>
                    {t(service.title)}
                  </Link>
                ) : (
                  <>
                    {t(service.title)} <span className="pub-tag pub-tag-soon">{t('public.comingSoon')}</span>
                  </>
                )}
              </h3>
              <p>{t(service.body)}</p>
            </div>
            {service.to && (
              <span className="pub-service-go" aria-hidden="true">
                ›
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
