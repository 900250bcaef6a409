import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Ratios, StaffMember } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES, countsTowardRatio } from '@tuoyu/domain';
import { Alert, App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { useChildren, useClasses } from '../children/queries';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { providerDayKey } from '../common/queryKeys';
import { useLocalized } from '../providers/labels';
import { useStaff } from '../staff/queries';
import { type AttendanceBody, useAttendance, usePresent, useRatios } from './queries';
import './attendance.css';
import { beijingDateTime } from '@tuoyu/domain';

type Subject = AttendanceBody['subject'];
const keyOf = (subject: Subject, id: number) => `${subject}-${id}`;

/**
 * 签到与师幼比 (provider users, on a tablet): pick a class, then one tap per child or carer checks
 * them in or out. The page starts from the server's record of who is in (GET /api/attendance/present)
 * and follows each tap; a 409 means someone else already recorded it, and the server's state wins.
 * The live ratio at the top is the server's own count, re-read after every tap.
 */
export function RollCallPage() {
  const t = useT();
  const me = useMe();
  const loc = useLocalized();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const classes = useClasses();
  const staff = useStaff();
  const ratios = useRatios(me.providerId ?? null);
  const [picked, setPicked] = useState<number | null>(null);
  const classId = picked ?? classes.data?.items[0]?.id ?? null;
  const children = useChildren({ classId: classId ?? undefined, page: 1, pageSize: 100 });
  const attendance = useAttendance();
  const recorded = usePresent();
  const [taps, setPresent] = useState<Record<string, boolean>>({});
  const present: Record<string, boolean> = {
    ...Object.fromEntries((recorded.data?.items ?? []).map((p) => [keyOf(p.subject, p.id), true])),
    ...taps,
  };
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [bulkBusy, setBulkBusy] = useState(false);

  /** One check-in or check-out; true when the person ended up in the wanted state. */
  const send = async (subject: Subject, id: number, action: 'in' | 'out'): Promise<boolean> => {
    if (classId === null) return false;
    const key = keyOf(subject, id);
    setBusy((b) => ({ ...b, [key]: true }));
    try {
      await attendance.mutateAsync({ subject, id, classId, action });
      setPresent((p) => ({ ...p, [key]: action === 'in' }));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        // Already checked in (or not checked in): the server's state wins.
        setPresent((p) => ({ ...p, [key]: action === 'in' }));
        void message.info(errorMessage(error));
        return true;
      }
      void message.error(errorMessage(error));
      return false;
    } finally {
      setBusy((b) => ({ ...b, [key]: false }));
    }
  };

  const refreshRatios = () => queryClient.invalidateQueries({ queryKey: [...providerDayKey, 'ratios'] });

  const tap = async (subject: Subject, id: number) => {
    await send(subject, id, present[keyOf(subject, id)] ? 'out' : 'in');
    void refreshRatios();
  };

  const checkInAll = async () => {
    setBulkBusy(true);
    for (const child of children.data?.items ?? []) {
      if (!present[keyOf('child', child.id)]) await send('child', child.id, 'in');
    }
    setBulkBusy(false);
    void refreshRatios();
  };

  const carers = (staff.data?.items ?? []).filter((s) => countsTowardRatio(s.role) && !s.leftOn);
  const ratio = ratios.data?.classes.find((c) => c.classId === classId);

  if (classes.isError && !classes.data) {
    return (
      <>
        <PageHeader title={t('ops.nav.rollCall')} />
        <ErrorResult error={classes.error} onRetry={() => void classes.refetch()} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('ops.nav.rollCall')} />
      {classes.isPending ? (
        <Skeleton active />
      ) : classes.data.items.length === 0 ? (
        <Card>
          <Empty description={t('ops.rollCall.noClasses')} />
        </Card>
      ) : (
        <>
          <div
            className="ops-class-picker console-block"
            role="radiogroup"
            aria-label={t('ops.rollCall.pickClass')}
          >
            {classes.data.items.map((c) => (
              <Button
                key={c.id}
                role="radio"
                aria-checked={c.id === classId}
                type={c.id === classId ? 'primary' : 'default'}
                onClick={() => setPicked(c.id)}
              >
                {c.name}
                {c.name !== loc(CLASS_TYPE_NAMES[c.type]) && (
                  <span className="ops-tap-state">{loc(CLASS_TYPE_NAMES[c.type])}</span>
                )}
              </Button>
            ))}
          </div>
          <RatioBanner
            ratio={ratio}
            loading={ratios.isPending}
            error={ratios.isError ? ratios.error : null}
          />
          <Alert className="console-block" type="info" showIcon title={t('ops.rollCall.honest')} />
          <Card>
            <Flex justify="space-between" align="center" wrap gap={12}>
              <Typography.Title level={2} className="ops-section-title">
                {t('ops.rollCall.children')}
              </Typography.Title>
              <Button
                className="ops-bulk"
                type="primary"
                size="large"
                loading={bulkBusy}
                disabled={!children.data || children.data.items.length === 0}
                onClick={() => void checkInAll()}
              >
                {t('ops.rollCall.checkInAll')}
              </Button>
            </Flex>
            {children.isError && !children.data ? (
              <ErrorResult error={children.error} onRetry={() => void children.refetch()} />
            ) : children.isPending ? (
              <Skeleton active />
            ) : children.data.items.length === 0 ? (
              <Empty description={t('ops.rollCall.noChildren')} />
            ) : (
              <div className="ops-tap-grid">
                {children.data.items.map((child) => (
                  <TapButton
                    key={child.id}
                    name={child.name}
                    in={!!present[keyOf('child', child.id)]}
                    busy={!!busy[keyOf('child', child.id)] || bulkBusy}
                    onTap={() => void tap('child', child.id)}
                  />
                ))}
              </div>
            )}
            <Typography.Title level={2} className="ops-section-title">
              {t('common.carers')}
            </Typography.Title>
            {staff.isError && !staff.data ? (
              <ErrorResult error={staff.error} onRetry={() => void staff.refetch()} />
            ) : staff.isPending ? (
              <Skeleton active />
            ) : carers.length === 0 ? (
              <Empty description={t('ops.rollCall.noCarers')} />
            ) : (
              <div className="ops-tap-grid">
                {carers.map((carer: StaffMember) => (
                  <TapButton
                    key={carer.id}
                    name={carer.name}
                    note={carer.healthExamLapsed ? t('ops.rollCall.notCounted') : undefined}
                    in={!!present[keyOf('staff', carer.id)]}
                    busy={!!busy[keyOf('staff', carer.id)]}
                    onTap={() => void tap('staff', carer.id)}
                  />
                ))}
              </div>
            )}
          </Card>
        </>
      )}
    </>
  );
}

function TapButton(props: { name: string; in: boolean; busy: boolean; note?: string; onTap: () => void }) {
  const t = useT();
  return (
    <Button
      type={props.in ? 'primary' : 'default'}
      aria-pressed={props.in}
      loading={props.busy}
      onClick={props.onTap}
      icon={props.in ? <CheckCircleFilled aria-hidden /> : <ClockCircleOutlined aria-hidden />}
    >
      {props.name}
      <span className="ops-tap-state">
        {t(props.in ? 'ops.rollCall.in' : 'ops.rollCall.absent')}
        {props.note ? ` · ${props.note}` : ''}
      </span>
    </Button>
  );
}

function RatioBanner({
  ratio,
  loading,
  error,
}: {
  ratio: Ratios['classes'][number] | undefined;
  loading: boolean;
  error: unknown;
}) {
  const t = useT();
  if (error) return <Alert className="console-block" type="error" showIcon title={errorMessage(error)} />;
  if (loading) return <Skeleton.Input active block className="console-block" />;
  if (!ratio) return null;
  return (
    <div className={`ops-ratio${ratio.ok ? '' : ' is-breach'}`} role="status" aria-live="polite">
      {t('ops.rollCall.ratio', {
        children: ratio.childrenPresent,
        carers: ratio.carersPresent,
        required: ratio.required,
      })}
      <span className="ops-ratio-note">
        {ratio.ok
          ? t('ops.rollCall.ratioOk')
          : ratio.breachSince
            ? t('ops.rollCall.breachSince', { time: beijingDateTime(ratio.breachSince).slice(11) })
            : t('ops.rollCall.breach')}
      </span>
    </div>
  );
}
