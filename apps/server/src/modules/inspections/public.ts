/**
 * The public record of a provider's inspections (standards.md: results published): what was
 * checked, the result, the inspecting units and each failed item with its rectification status and
 * dates, so parents see what was fixed since. Nothing unpublished, no person's name, no notes.
 */
import type { PublicInspectionList } from '@tuoyu/contracts';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import * as q from './queries';

export async function publicInspections(ctx: AppContext, providerId: number): Promise<PublicInspectionList> {
  // Like the provider's public page: only a provider that has been filed has one.
  if (!(await q.isFiled(ctx.db, providerId))) throw notFound();
  const { rows, units, findings } = await q.publishedResults(ctx.db, providerId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      inspectedOn: r.inspected_on ?? '',
      kind: r.kind,
      checklistName: r.name,
      result: r.result ?? 'pass',
      publishedAt: r.published_at ?? '',
      closedAt: r.closed_at,
      // The inspecting bodies (e.g. 临河区卫生健康委), never the officers' names.
      units: [
        ...new Set(
          units
            .filter((u) => u.inspection_id === r.id && u.local_name)
            .map((u) => (u.level === 'city' ? (u.short_name ?? '') : `${u.division_name}${u.local_name}`)),
        ),
      ],
      findings: findings
        .filter((f) => f.inspection_id === r.id)
        .map((f) => ({
          itemText: f.text,
          category: f.category,
          deadline: f.deadline,
          status: f.status ?? 'open',
          // A reply sent back is not a fix: only a standing reply counts as rectified.
          rectifiedAt: f.status === 'open' ? null : f.replied_at,
          verifiedAt: f.status === 'verified' ? f.verified_at : null,
        })),
    })),
  };
}
