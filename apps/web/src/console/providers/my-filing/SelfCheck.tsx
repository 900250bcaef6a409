import type { FeeCeilings, ProviderSummary } from '@tuoyu/contracts';
import { runFilingChecks } from '@tuoyu/domain';
import { useMemo } from 'react';
import { beijingToday } from '../../common/beijing';
import { ChecksList } from '../ChecksList';
import { useLocalized } from '../labels';
import { type FilingFormValues, toFilingData } from './formModel';

const NUMBER_FIELDS = {
  floorMax: true,
  buildingAreaM2: true,
  outdoorAreaM2: true,
  cctvRetentionDays: true,
} as const;

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * 提交前自查: the same standards checks the server runs on submission (filing-checks.ts), run live on
 * the form so the provider sees what would fail before it submits. The server's answer counts.
 */
export function SelfCheck({
  values,
  provider,
  ceilings,
}: {
  values: FilingFormValues;
  provider: ProviderSummary;
  ceilings: FeeCeilings['items'] | undefined;
}) {
  const loc = useLocalized();
  const checks = useMemo(() => {
    const data = toFilingData(values, provider.kind);
    return (
      runFilingChecks({ ...data, kind: provider.kind, legalForm: provider.legalForm }, beijingToday(), {
        feeCeilings: ceilings ?? [],
      })
        // A number not typed yet reads as 0 in the draft: its check waits until it is filled in.
        .filter(
          (r) =>
            !(r.path && r.path in NUMBER_FIELDS && isBlank(values[r.path as keyof typeof NUMBER_FIELDS])),
        )
        .map((r) => ({ id: r.id, ok: r.ok, standard: r.standard, message: loc(r.message), path: r.path }))
    );
  }, [values, provider.kind, provider.legalForm, ceilings, loc]);
  return <ChecksList checks={checks} />;
}
