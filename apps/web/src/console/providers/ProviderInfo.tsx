import type { ProviderSummary } from '@tuoyu/contracts';
import { LEGAL_FORM_NAMES, PROVIDER_KIND_NAMES, SERVICE_FORM_NAMES } from '@tuoyu/domain';
import { Descriptions, Tooltip } from 'antd';
import { isMessageKey, useT } from '../../shared/i18n';
import { formatDate, useLocalized } from './labels';

/** The registration record pushed by the registering department (SPEC C1). */
export function ProviderInfo({ provider }: { provider: ProviderSummary }) {
  const t = useT();
  const loc = useLocalized();
  const unitKey = `prov.regUnit.${provider.registeredByUnit}`;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        {
          key: 'name',
          label: t('common.providerName'),
          children: provider.name,
          span: { xs: 1, sm: 1, md: 2 },
        },
        { key: 'creditCode', label: t('prov.field.creditCode'), children: provider.creditCode },
        {
          key: 'legalForm',
          label: t('prov.field.legalForm'),
          children: loc(LEGAL_FORM_NAMES[provider.legalForm]),
        },
        { key: 'kind', label: t('prov.field.kind'), children: loc(PROVIDER_KIND_NAMES[provider.kind]) },
        {
          key: 'division',
          label: t('prov.field.division'),
          children: (
            <Tooltip title={provider.townshipCode ?? provider.divisionCode}>
              <span>
                {provider.divisionName}
                {provider.townshipName ? ` · ${provider.townshipName}` : ''}
              </span>
            </Tooltip>
          ),
        },
        {
          key: 'address',
          label: t('prov.field.address'),
          children: provider.address,
          span: { xs: 1, sm: 1, md: 2 },
        },
        {
          key: 'serviceForms',
          label: t('prov.field.serviceForms'),
          children:
            provider.serviceForms.map((f) => loc(SERVICE_FORM_NAMES[f])).join('、') || t('common.none'),
        },
        {
          key: 'legalRep',
          label: t('prov.field.legalRepresentative'),
          children: provider.legalRepresentative,
        },
        { key: 'phone', label: t('prov.field.contactPhone'), children: provider.contactPhone },
        {
          key: 'unit',
          label: t('prov.field.registeredBy'),
          children: isMessageKey(unitKey) ? t(unitKey) : provider.registeredByUnit,
        },
        {
          key: 'registeredAt',
          label: t('prov.field.registeredAt'),
          children: formatDate(provider.registeredAt),
        },
        {
          key: 'manager',
          label: t('prov.field.manager'),
          children: provider.managerUsername ?? t('prov.field.managerNone'),
        },
      ]}
    />
  );
}
