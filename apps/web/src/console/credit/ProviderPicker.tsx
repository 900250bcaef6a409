import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useT } from '../../shared/i18n';
import { useProviderSearch } from './queries';

/** A filed provider in the regulator's scope, found by name (a form control holding its id). */
export function ProviderPicker({ value, onChange }: { value?: number; onChange?: (id: number) => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const found = useProviderSearch(deferred);
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={found.isFetching}
      placeholder={t('credit.providerSearch')}
      notFoundContent={t('credit.noProvider')}
      options={(found.data?.items ?? []).map((f) => ({
        value: f.providerId,
        label: `${f.providerName}（${f.divisionName}）`,
      }))}
    />
  );
}
