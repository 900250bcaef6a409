import { Tag } from 'antd';
import { useT } from '../../shared/i18n';
import { positiveInt } from './paging';

/** `?providerId=` of a list page (a drill-down from a provider's 监管档案), or undefined. */
export function providerIdParam(params: URLSearchParams): number | undefined {
  return params.has('providerId') ? positiveInt(params.get('providerId'), 0) || undefined : undefined;
}

/**
 * Says a list shows one provider's records only, and lets the person drop that filter. The name
 * comes from the rows themselves (every row is that provider's).
 */
export function ProviderFilterTag({ name, onClear }: { name: string | undefined; onClear: () => void }) {
  const t = useT();
  return (
    <Tag color="blue" closable onClose={onClear} closeIcon aria-label={t('record.filter.clear')}>
      {t('record.filter.provider', { name: name ?? '…' })}
    </Tag>
  );
}
