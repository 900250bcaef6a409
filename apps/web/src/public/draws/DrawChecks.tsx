import type { PublicDraw } from '@tuoyu/contracts';
import { checkReveal, computeDraw, drawDifferences } from '@tuoyu/domain';
import { useT } from '../../shared/i18n';

export interface Checks {
  commitment: boolean | null;
  seed: boolean | null;
  selection: boolean;
  differences: ReturnType<typeof drawDifferences>;
}

/** The three checks of a revealed record; a legacy record (no commitment) has only the last. */
export function checksOf(rec: PublicDraw, seed: string): Checks {
  if (rec.seedCommitment && rec.serverSeed && rec.witnessInput !== null)
    return checkReveal({
      ...rec,
      seedCommitment: rec.seedCommitment,
      serverSeed: rec.serverSeed,
      witnessInput: rec.witnessInput,
      seed,
    });
  const differences = drawDifferences(computeDraw({ ...rec, seed }).selected, rec.selected);
  return { commitment: null, seed: null, selection: differences.length === 0, differences };
}

function CheckLine({ ok, label }: { ok: boolean; label: string }) {
  return (
    <li className={ok ? 'pdr-check-ok' : 'pdr-check-bad'}>
      <span className="pdr-check-mark" aria-hidden="true">
        {ok ? '✓' : '✗'}
      </span>
      {label}
    </li>
  );
}

interface Team {
  providerId: number;
  inspectorIds: number[];
}

/**
 * The verdict of the browser's own checks, each line ✓ or ✗, with the places where the published
 * selection differs; before the reveal, what the record waits for.
 */
export function DrawVerdict({
  rec,
  checks,
  team,
}: {
  rec: PublicDraw;
  checks: Checks | null;
  team: (s: Team) => string;
}) {
  const t = useT();
  const allOk = checks !== null && checks.commitment !== false && checks.seed !== false && checks.selection;
  return checks === null ? (
    <div className="pub-card pdr-verdict pdr-verdict-pending" role="status">
      <strong>{rec.drawnAt ? t('pd.awaitReveal') : t('pd.notDrawnYet')}</strong>
      <p>{rec.drawnAt ? t('pd.awaitRevealHint', { dueBy: rec.dueBy }) : t('pd.notDrawnHint')}</p>
    </div>
  ) : (
    <div
      className={`pub-card pdr-verdict ${allOk ? 'pdr-verdict-ok' : 'pdr-verdict-bad'}`}
      role={allOk ? 'status' : 'alert'}
    >
      <strong>{allOk ? `✓ ${t('pd.verified')}` : `✗ ${t('pd.mismatch')}`}</strong>
      <p>{t('pd.verifiedHint')}</p>
      <ul className="pdr-checks">
        {checks.commitment !== null && <CheckLine ok={checks.commitment} label={t('pd.checkCommitment')} />}
        {checks.seed !== null && <CheckLine ok={checks.seed} label={t('pd.checkSeed')} />}
        <CheckLine ok={checks.selection} label={t('pd.checkSelection')} />
      </ul>
      {checks.commitment === null && <p className="pub-muted">{t('pd.checkLegacy')}</p>}
      {checks.differences.length > 0 && (
        <ul>
          {checks.differences.map((d) => (
            <li key={d.index}>
              {t('pd.diffLine', {
                n: d.index + 1,
                published: d.published ? team(d.published) : t('pd.diffNone'),
                expected: d.expected ? team(d.expected) : t('pd.diffNone'),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
