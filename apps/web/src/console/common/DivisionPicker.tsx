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

function toNodes(divisions: Division[], t: Translate): DivisionNode[] {
  const tree = toDivisionTree(divisions);
  if (!tree.city) return [];
  const township = (d: Division): DivisionNode => ({
    value: d.code,
    title: d.statisticalOnly ? `${d.name}（${t('reference.statisticalOnly')}）` : d.name,
  });
  return [
    {
      value: tree.city.code,
      title: tree.city.name,
      children: tree.counties.map((county) => ({
        value: county.code,
        title: county.name,
        children: tree.townshipsOf(county.code).map(township),
      })),
    },
  ];
}

type DivisionPickerProps = Omit<TreeSelectProps<string>, 'treeData' | 'loading'>;

/** City → county → township picker; searchable by name (there are ~90 townships). */
export function DivisionPicker(props: DivisionPickerProps) {
  const t = useT();
  const divisions = useDivisions();
  const treeData = useMemo(() => (divisions.data ? toNodes(divisions.data, t) : []), [divisions.data, t]);
  return (
    <TreeSelect<string>
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll={false}
      treeDefaultExpandedKeys={treeData.map((node) => node.value)}
      loading={divisions.isPending}
      treeData={treeData}
      {...props}
    />
  );
}
