import type { MyHealthChild, ScheduleItem } from '@tuoyu/contracts';
import { lazy, Suspense, useState } from 'react';
import { ageParts } from '../../shared/charts/age';
import { enumKey, type Translate, useT } from '../../shared/i18n';
import { LoadingState } from '../common/StateBlocks';

const MyGrowthChart = lazy(async () => ({ default: (await import('./MyGrowthChart')).MyGrowthChart }));

/** One check-up of the schedule in plain words: done, when to go, or that it was missed. */
export function scheduleWords(t: Translate, s: ScheduleItem): string {
  switch (s.status) {
    case 'done':
      return t('chpub.due.done');
    case 'due':
      return t('chpub.due.due', { from: s.dueFrom, to: s.dueTo });
    case 'late':
      return t('chpub.due.late', { to: s.dueTo });
    case 'missed':
      return t('chpub.due.missed');
    default:
      return t('chpub.due.upcoming', { date: s.dueOn });
  }
}

function ageWords(t: Translate, birthDate: string) {
  const { months, days } = ageParts(birthDate);
  if (months >= 12) return t('chpub.age.years', { y: Math.floor(months / 12), m: months % 12 });
  return months > 0 ? t('chpub.age.months', { m: months }) : t('chpub.age.days', { d: days });
}

/** A linked child: the schedule in plain words, the last visit's guidance, the growth curve on request. */
export function MyChildCard({ child }: { child: MyHealthChild }) {
  const t = useT();
  const [showGrowth, setShowGrowth] = useState(false);
  const next = child.schedule.find((s) => s.status === 'due' || s.status === 'late');
  return (
    <li className="pub-card">
      <h2>{child.name}</h2>
      <p className="pub-muted">
        {t(enumKey('sex', child.sex))} · {ageWords(t, child.birthDate)} · {child.townshipName}
      </p>
      {next && (
        <p className="chpub-due-due" role="note">
          {t('chpub.next', { m: next.ageMonths })}
          {scheduleWords(t, next)}
        </p>
      )}
      <h3>{t('chpub.schedule.title')}</h3>
      <ul className="chpub-schedule">
        {child.schedule.map((s) => (
          <li key={s.ageMonths}>
            <span>
              {t('chpub.schedule.age', { m: s.ageMonths })}
              {!s.counted && <span className="pub-muted">（{t('chpub.schedule.exit')}）</span>}
            </span>
            <span className={`chpub-due-${s.status}`}>{scheduleWords(t, s)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('chpub.visit.title')}</h3>
      {child.lastVisit ? (
        <>
          <p>
            {child.lastVisit.date} · {t(enumKey('checkupKind', child.lastVisit.kind))}
          </p>
          <p className="chpub-guidance">{child.lastVisit.guidance || t('chpub.visit.noGuidance')}</p>
        </>
      ) : (
        <p className="pub-muted">{t('chpub.visit.none')}</p>
      )}
      {child.growth.length > 0 && (
        <div className="chpub-toggle">
          <button
            type="button"
            className="pp-button-secondary"
            aria-expanded={showGrowth}
            onClick={() => setShowGrowth((v) => !v)}
          >
            {t(showGrowth ? 'chpub.growth.hide' : 'chpub.growth.show')}
          </button>
          {showGrowth && (
            <Suspense fallback={<LoadingState>{t('chpub.chart.loading')}</LoadingState>}>
              <MyGrowthChart child={child} />
            </Suspense>
          )}
        </div>
      )}
    </li>
  );
}
