import type { InspectionItem } from '@tuoyu/contracts';
import { CHECKLIST_CATEGORIES } from '@tuoyu/domain';

/** Items grouped by category in the checklist's category order, each group in item order. */
export function groupByCategory(items: InspectionItem[]): { category: string; items: InspectionItem[] }[] {
  const order = (c: string) => {
    const i = (CHECKLIST_CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? 99 : i;
  };
  const cats = [...new Set(items.map((i) => i.category))].sort((a, b) => order(a) - order(b));
  return cats.map((category) => ({
    category,
    items: items.filter((i) => i.category === category).sort((a, b) => a.seq - b.seq),
  }));
}
