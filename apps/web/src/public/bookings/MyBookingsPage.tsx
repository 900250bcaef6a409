import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyBooking, MyBookingList } from '@tuoyu/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiRequest, errorMessage } from '../../shared/api';
import { useLang, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { formatSlotDay } from './format';
import { myBookingsKey, slotsKey, useParentSession } from './session';
import '../pages.css';
import './bookings.css';
import { ParentGate } from './ParentGate';

const PAGE_SIZE = 20;

/** 我的预约 (`/my/bookings`): the parent's bookings, newest first, each cancellable until it starts. */
export function MyBookingsPage() {
  const t = useT();
  useDocumentTitle(t('common.myBookings'));
  const session = useParentSession();
  return (
    <div className="pp-page bk-page">
      <section className="pub-hero">
        <h1>{t('common.myBookings')}</h1>
        <p>{t('my.lead')}</p>
      </section>
      <p className="bk-my">
        <Link to="/my/applications">{t('apply.fromBookings')} ›</Link>{' '}
        <Link to="/my/notifications">{t('notices.title')} ›</Link>{' '}
        <Link to="/my/children">{t('chpub.my.link')} ›</Link>
      </p>
      <ParentGate
        session={session}
        words={{
          loading: 'my.loading',
          error: 'my.error',
          loginFirst: 'my.loginFirst',
          parentsOnly: 'my.parentsOnly',
        }}
      >
        <BookingList />
      </ParentGate>
    </div>
  );
}

function BookingList() {
  const t = useT();
  const list = useInfiniteQuery({
    queryKey: myBookingsKey,
    initialPageParam: 1,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<MyBookingList>('/api/my/bookings', {
        query: { page: pageParam, pageSize: PAGE_SIZE },
        signal,
      }),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  if (list.isPending) return <LoadingState>{t('my.loading')}</LoadingState>;
  if (list.isError) {
    return <ErrorState message={t('my.error')} error={list.error} onRetry={() => void list.refetch()} />;
  }
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return (
      <EmptyState
        message={t('my.empty')}
        action={
          <Link className="pub-button" to="/find?serviceForm=hourly">
            {t('common.findChildcare')}
          </Link>
        }
      />
    );
  }
  return (
    <>
      <ul className="bk-items">
        {items.map((b) => (
          <BookingItem key={b.id} b={b} />
        ))}
      </ul>
      {list.hasNextPage && (
        <button
          type="button"
          className="pp-button-secondary"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('my.more')}
        </button>
      )}
    </>
  );
}

function BookingItem({ b }: { b: MyBooking }) {
  const t = useT();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const cancel = useMutation({
    mutationFn: () => apiRequest<{ ok: true }>(`/api/bookings/${b.id}`, { method: 'DELETE' }),
    onSettled: () => {
      setAsking(false);
      void queryClient.invalidateQueries({ queryKey: myBookingsKey });
      void queryClient.invalidateQueries({ queryKey: slotsKey(b.providerId) });
    },
  });
  const status =
    b.status === 'cancelled'
      ? 'cancelled'
      : b.cancellable
        ? 'booked'
        : ('past' as 'booked' | 'cancelled' | 'past');
  const when = `${formatSlotDay(lang, b.date)} ${t('booking.time', { start: b.start, end: b.end })}`;
  return (
    <li className={`pub-card bk-item bk-item-${status}`}>
      <p className="bk-item-head">
        <Link to={`/providers/${b.providerId}`}>{b.providerName}</Link>
        <span className={`pub-tag bk-status bk-status-${status}`}>{t(`my.status.${status}`)}</span>
      </p>
      <p className="bk-item-when">{when}</p>
      <p className="pub-muted">{t('common.childName', { name: b.childName })}</p>
      {cancel.isSuccess && (
        <p className="bk-alert bk-alert-ok" role="status">
          {t('my.cancelled')}
        </p>
      )}
      {cancel.isError && (
        <div className="bk-alert bk-alert-error" role="alert">
          <strong>{t('my.cancelFailed')}</strong>
          <p>{errorMessage(cancel.error)}</p>
        </div>
      )}
      {b.cancellable && !asking && (
        <button type="button" className="pp-button-secondary" onClick={() => setAsking(true)}>
          {t('my.cancel')}
        </button>
      )}
      {b.cancellable && asking && (
        <fieldset className="bk-confirm">
          <legend>{t('my.cancelAsk')}</legend>
          <div className="bk-actions">
            <button
              type="button"
              className="pub-button bk-danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate()}
            >
              {t('my.cancelConfirm')}
            </button>
            <button type="button" className="pp-button-secondary" onClick={() => setAsking(false)}>
              {t('my.cancelKeep')}
            </button>
          </div>
        </fieldset>
      )}
    </li>
  );
}
