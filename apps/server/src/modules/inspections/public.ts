/**
 * The public record of a provider's inspections (standards.md: results published): what was
 * checked, the result, the inspecting units and each failed item with its rectification status and
 * dates, so parents see what was fixed since. Nothing unpublished, no person's name, no notes.
 */
import type { PublicInspectionList } from '@tuoyu/contracts';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';

export async function publicInspections(ctx: AppContext, providerId: number): Promise<PublicInspectionList> {
  const provider = await ctx.db
    .selectFrom('filings')
    .select('provider_id')
    .where('provider_id', '=', providerId)
    .where('filing_number', 'is not', null)
    .executeTakeFirst();
  // Like the provider's public page: only a provider that has been filed has one.
  if (!provider) throw notFound();
  const rows = await ctx.db
    .selectFrom('inspections as i')
    .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
    .select(['i.id', 'i.inspected_on', 'i.kind', 'c.name', 'i.result', 'i.published_at', 'i.closed_at'])
    .where('i.provider_id', '=', providerId)
    .where('i.published_at', 'is not', null)
    .where('i.status', '!=', 'assigned')
    .orderBy('i.inspected_on', 'desc')
    .orderBy('i.id', 'desc')
    .limit(50)
    .execute();
  const ids = rows.map((r) => r.id);
  const [units, findings] = ids.length
    ? await Promise.all([
        ctx.db
          .selectFrom('inspection_inspectors as x')
          .innerJoin('users as u', 'u.id', 'x.user_id')
          .innerJoin('divisions as d', 'd.code', 'u.division_code')
          .leftJoin('units as n', 'n.code', 'u.unit')
          .select(['x.inspection_id', 'd.level', 'd.name as division_name', 'n.local_name', 'n.short_name'])
          .where('x.inspection_id', 'in', ids)
          .orderBy('u.id')
          .execute(),
        ctx.db
          .selectFrom('inspection_findings as f')
          .innerJoin('checklist_items as c', 'c.id', 'f.item_id')
          .select([
            'f.inspection_id',
            'c.text',
            'c.category',
            'c.seq',
            'f.deadline',
            'f.status',
            'f.replied_at',
            'f.verified_at',
          ])
          .where('f.inspection_id', 'in', ids)
          .where('f.status', 'is not', null)
          .orderBy('c.seq')
          .execute(),
      ])
    : [[], []];
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
