import { JC_PLAN_FIRST_YEAR } from '@tuoyu/domain';
import { Select } from 'antd';
import { useT } from '../../shared/i18n';
import { thisYear } from './queries';

/** The plan's years, from 2021 to this one. */
export function YearSelect({ value, onChange }: { value: number; onChange: (y: number) => void }) {
  const t = useT();
  const years: number[] = [];
  for (let y = thisYear(); y >= JC_PLAN_FIRST_YEAR; y--) years.push(y);
  return (
    <Select
      aria-label={t('common.year')}
      value={value}
      onChange={onChange}
      style={{ width: 110 }}
      options={years.map((y) => ({ value: y, label: `${y}` }))}
    />
  );
}
