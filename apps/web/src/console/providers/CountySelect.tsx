import { Select, type SelectProps } from 'antd';
import { toDivisionTree, useDivisions } from '../reference/queries';

type CountySelectProps = Omit<SelectProps<string>, 'options' | 'loading'> & {
  /** Only these counties (a county-level caller's own); every county of the city when absent. */
  only?: string[];
};

/** The city's counties by name (the code on hover). */
export function CountySelect({ only, ...props }: CountySelectProps) {
  const divisions = useDivisions();
  const counties = divisions.data ? toDivisionTree(divisions.data).counties : [];
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={divisions.isPending}
      options={counties
        .filter((c) => !only || only.includes(c.code))
        .map((c) => ({ value: c.code, label: c.name, title: c.code }))}
      {...props}
    />
  );
}
