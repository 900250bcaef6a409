import type { Division } from '@tuoyu/contracts';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { type Translate, useT } from '../../shared/i18n';
import { toDivisionTree, useDivisions } from '../reference/queries';

interface DivisionNode {
  value: string;
  title: string;
  children?: DivisionNode[];
}

function toNodes(divisions: Division[], countyCode: string, withCounty: boolean, t: Translate) {
  const tree = toDivisionTree(divisions);
  const townships = tree.townshipsOf(countyCode).map(
    (d): DivisionNode => ({
      value: d.code,
      title: d.statisticalOnly ? `${d.name}（${t('reference.statisticalOnly')}）` : d.name,
    }),
  );
  if (!withCounty) return townships;
  const county = tree.counties.find((d) => d.code === countyCode);
  return county ? [{ value: county.code, title: county.name, children: townships }] : townships;
}

type CountyDivisionPickerProps = Omit<TreeSelectProps<string>, 'treeData' | 'loading'> & {
  /** The county whose townships are offered (a county regulator's own division). */
  countyCode: string;
  /** Offer the county itself above its townships (list filters), or the townships alone (forms). */
  withCounty?: boolean;
};

/** The division picker of a county regulator: its county and that county's townships, nothing else. */
export function CountyDivisionPicker({
  countyCode,
  withCounty = false,
  ...props
}: CountyDivisionPickerProps) {
  const t = useT();
  const divisions = useDivisions();
  const treeData = useMemo(
    () => (divisions.data ? toNodes(divisions.data, countyCode, withCounty, t) : []),
    [divisions.data, countyCode, withCounty, t],
  );
  return (
    <TreeSelect<string>
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandedKeys={withCounty ? [countyCode] : undefined}
      loading={divisions.isPending}
      treeData={treeData}
      {...props}
    />
  );
}
