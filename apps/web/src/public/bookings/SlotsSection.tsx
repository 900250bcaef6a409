import { useQueryClient } from '@tanstack/react-query';
import type { Booking, Slot } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES } from '@tuoyu/domain';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { formatInteger, useLang, useT } from '../../shared/i18n';
import { localName } from '../common/format';
import { ErrorState, LoadingState } from '../common/StateBlocks';
import { BookingForm } from './BookingForm';
import { formatSlotDay } from './format';
import { useMyRecentBookings, useProviderSlots } from './queries';
import { loginHref, myBookingsKey, slotsKey, useParentSession } from './session';
import './bookings.css';

/** Slots grouped by day, in the server's (time) order. */
function byDay(slots: Slot[]): [string, Slot[]][] {
  const days = new Map<string, Slot[]>();
  for (const s of slots) days.set(s.date, [...(days.get(s.date) ?? []), s]);
  return [...days];
}

/**
 * 计时托预约 on a provider's page: the next 14 days' slots (`GET /api/public/providers/:id/slots`)
 * with the places left and a 预约 button; booking needs a parent login.
 */
export default function SlotsSection({ providerId }: { providerId: number }) {
  const t = useT();
  const lang = useLang();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useParentSession();
  const [open, setOpen] = useState<number | null>(null);
  const [done, setDone] = useState<Booking | null>(null);
  const slots = useProviderSlots(providerId);
  const mine = useMyRecentBookings(session.state === 'parent');
  const held = new Set((mine.data?.items ?? []).filter((b) => b.status === 'booked').map((b) => b.slotId));
  const login = loginHref(location.pathname);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: slotsKey(providerId) });

  const timeOf = (s: { start: string; end: string }) => t('booking.time', { start: s.start, end: s.end });

  return (
    <section className="pub-card pv-section bk" aria-labelledby="bk-title">
      <h2 id="bk-title">{t('booking.section.title')}</h2>
      <p className="pub-muted">{t('booking.section.lead')}</p>

      {session.state === 'anonymous' && (
        <p className="bk-note">
          {t('booking.loginFirst')}{' '}
          <Link className="bk-note-link" to={login}>
            {t('booking.login')} ›
          </Link>
        </p>
      )}
      {session.state === 'other' && <p className="bk-note">{t('booking.parentsOnly')}</p>}
      {session.state === 'parent' && (
        <p className="bk-my">
          <Link to="/my/bookings">{t('common.myBookings')} ›</Link>
        </p>
      )}
      {done && (
        <div className="bk-alert bk-alert-ok" role="status">
          <p>
            {t('booking.done', {
              child: done.childName,
              date: formatSlotDay(lang, done.date),
              time: timeOf(done),
            })}
          </p>
          <Link to="/my/bookings">{t('common.myBookings')} ›</Link>
        </div>
      )}

      {slots.isPending && <LoadingState>{t('booking.loading')}</LoadingState>}
      {slots.isError && (
        <ErrorState message={t('booking.error')} error={slots.error} onRetry={() => void slots.refetch()} />
      )}
      {slots.isSuccess && slots.data.items.length === 0 && <p className="pv-none">{t('booking.empty')}</p>}
      {slots.isSuccess &&
        byDay(slots.data.items).map(([date, items]) => (
          <div className="bk-day" key={date}>
            <h3>{formatSlotDay(lang, date)}</h3>
            <ul className="bk-slots">
              {items.map((s) => {
                const label = t('booking.bookSlot', { date: formatSlotDay(lang, s.date), time: timeOf(s) });
                return (
                  <li key={s.id} className="bk-slot">
                    <div className="bk-slot-row">
                      <div className="bk-slot-main">
                        <strong className="bk-time">{timeOf(s)}</strong>
                        {s.classType && (
                          <span className="pp-chip">{localName(CLASS_TYPE_NAMES[s.classType], lang)}</span>
                        )}
                        <span className={s.remaining > 0 ? 'bk-left' : 'bk-left bk-left-none'}>
                          {s.remaining > 0
                            ? t('booking.remaining', { n: formatInteger(lang, s.remaining) })
                            : t('booking.full')}
                        </span>
                      </div>
                      {s.remaining > 0 && session.state === 'anonymous' && (
                        <Link className="pp-button-secondary bk-book" to={login} aria-label={label}>
                          {t('booking.book')}
                        </Link>
                      )}
                      {held.has(s.id) && (
                        <span className="pub-tag bk-status bk-status-booked">{t('my.status.booked')}</span>
                      )}
                      {s.remaining > 0 && session.state === 'parent' && !held.has(s.id) && open !== s.id && (
                        <button
                          type="button"
                          className="pub-button bk-book"
                          aria-label={label}
                          onClick={() => {
                            setOpen(s.id);
                            setDone(null);
                          }}
                        >
                          {t('booking.book')}
                        </button>
                      )}
                    </div>
                    {open === s.id && session.state === 'parent' && (
                      <BookingForm
                        slotId={s.id}
                        title={label}
                        onCancel={() => setOpen(null)}
                        onConflict={refresh}
                        onBooked={(booking) => {
                          setOpen(null);
                          setDone(booking);
                          refresh();
                          void queryClient.invalidateQueries({ queryKey: myBookingsKey });
                        }}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </section>
  );
}
