import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { useChildren, useClasses } from '../children/queries';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { DaySummary } from './DaySummary';
import { useHealthCheckDay, useRecordHealthCheck } from './queries';
import './health-checks.css';

type Session = 'morning' | 'noon';
type Result = 'normal' | 'abnormal';
/** What a tile shows once checked: the result recorded here, or `earlier` (the server had one: 409). */
type Done = Result | 'earlier';

const SESSION_KEY: Record<Session, MessageKey> = { morning: 'care.hc.morning', noon: 'care.hc.noon' };
const DONE_KEY: Record<Done, MessageKey> = {
  normal: 'care.hc.doneNormal',
  abnormal: 'care.hc.doneAbnormal',
  earlier: 'care.hc.doneEarlier',
};
const keyOf = (session: Session, childId: number) => `${session}-${childId}`;

/** Morning until 11:00 Beijing time, then the noon check. */
function defaultSession(): Session {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    ),
  );
  return hour < 11 ? 'morning' : 'noon';
}

/**
 * 晨午检 (provider users, on a tablet): pick a class and the session, then one tile per child with
 * 正常 / 异常. 异常 asks for a note (the server notifies the guardians). A 409 means the child was
 * already checked this session today — the tile shows it as done. The day's figures per class sit
 * at the top and are re-read after every check.
 */
export function HealthChecksPage() {
  const t = useT();
  const { message } = App.useApp();
  const classes = useClasses();
  const day = useHealthCheckDay();
  const record = useRecordHealthCheck();
  const [picked, setPicked] = useState<number | null>(null);
  const [session, setSession] = useState<Session>(defaultSession);
  const classId = picked ?? classes.data?.items[0]?.id ?? null;
  const children = useChildren({ classId: classId ?? undefined, page: 1, pageSize: 100 });
  const [done, setDone] = useState<Record<string, Done>>({});
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [abnormalFor, setAbnormalFor] = useState<{ id: number; name: string } | null>(null);
  const [form] = Form.useForm<{ note: string }>();

  const title = t('care.nav.healthChecks');
  const sessionName = t(SESSION_KEY[session]);

  /** One check; returns true when the tile ended up done. Errors other than 409 are thrown. */
  const send = async (childId: number, name: string, result: Result, note?: string) => {
    const key = keyOf(session, childId);
    setBusy((b) => ({ ...b, [key]: true }));
    try {
      await record.mutateAsync({ childId, session, result, note });
      setDone((d) => ({ ...d, [key]: result }));
      void message.success(
        t('care.hc.saved', {
          name,
          session: sessionName,
          result: t(result === 'normal' ? 'care.hc.normal' : 'care.hc.markAbnormal'),
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setDone((d) => ({ ...d, [key]: 'earlier' }));
        void message.info(errorMessage(error));
        return;
      }
      throw error;
    } finally {
      setBusy((b) => ({ ...b, [key]: false }));
    }
  };

  const tapNormal = async (childId: number, name: string) => {
    try {
      await send(childId, name, 'normal');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const openAbnormal = (id: number, name: string) => {
    form.resetFields();
    setFormError(null);
    setAbnormalFor({ id, name });
  };

  const {
    onFinish: submitAbnormal,
    error: formError,
    setError: setFormError,
  } = useFormSave(form, async ({ note }: { note: string }) => {
    if (!abnormalFor) return;
    await send(abnormalFor.id, abnormalFor.name, 'abnormal', note.trim());
    setAbnormalFor(null);
  });

  if (classes.isError && !classes.data) {
    return (
      <>
        <PageHeader title={title} />
        <ErrorResult error={classes.error} onRetry={() => void classes.refetch()} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} />
      <DaySummary
        data={day.data}
        pending={day.isPending}
        error={day.isError && !day.data ? day.error : null}
        onRetry={() => void day.refetch()}
        pickedClassId={classId}
      />
      {classes.isPending ? (
        <Skeleton active />
      ) : classes.data.items.length === 0 ? (
        <Card>
          <Empty description={t('care.hc.noClasses')} />
        </Card>
      ) : (
        <Card>
          <div className="care-pickers console-block">
            <div className="care-class-picker" role="radiogroup" aria-label={t('care.hc.pickClass')}>
              {classes.data.items.map((c) => (
                <Button
                  key={c.id}
                  role="radio"
                  aria-checked={c.id === classId}
                  type={c.id === classId ? 'primary' : 'default'}
                  onClick={() => setPicked(c.id)}
                >
                  {c.name}
                </Button>
              ))}
            </div>
            <Segmented<Session>
              className="care-session"
              aria-label={t('care.hc.pickSession')}
              value={session}
              onChange={setSession}
              options={[
                { value: 'morning', label: t('care.hc.morning') },
                { value: 'noon', label: t('care.hc.noon') },
              ]}
            />
          </div>
          {children.isError && !children.data ? (
            <ErrorResult error={children.error} onRetry={() => void children.refetch()} />
          ) : children.isPending ? (
            <Skeleton active />
          ) : children.data.items.length === 0 ? (
            <Empty description={t('care.hc.noChildren')} />
          ) : (
            <div className="care-tiles">
              {children.data.items.map((child) => {
                const key = keyOf(session, child.id);
                const state = done[key];
                const stateText = state ? t(DONE_KEY[state]) : t('care.hc.pending');
                return (
                  <section
                    key={child.id}
                    className={`care-tile${state ? ` is-${state}` : ''}`}
                    aria-label={t('care.hc.tileLabel', { name: child.name, state: stateText })}
                  >
                    <span className="care-tile-name">{child.name}</span>
                    <span className="care-tile-state">
                      {state === 'abnormal' ? (
                        <ExclamationCircleFilled aria-hidden style={{ color: '#cf1322' }} />
                      ) : state ? (
                        <CheckCircleFilled aria-hidden style={{ color: '#389e0d' }} />
                      ) : (
                        <ClockCircleOutlined aria-hidden />
                      )}{' '}
                      {sessionName} · {stateText}
                    </span>
                    {!state && (
                      <div className="care-tile-actions">
                        <Button
                          type="primary"
                          loading={!!busy[key]}
                          onClick={() => void tapNormal(child.id, child.name)}
                        >
                          {t('care.hc.normal')}
                        </Button>
                        <Button
                          danger
                          disabled={!!busy[key]}
                          onClick={() => openAbnormal(child.id, child.name)}
                        >
                          {t('care.hc.markAbnormal')}
                        </Button>
                      </div>
                    )}
                  </section>
                );
              })}
            </div>
          )}
        </Card>
      )}
      <Modal
        open={abnormalFor !== null}
        title={
          abnormalFor ? t('care.hc.abnormalTitle', { name: abnormalFor.name, session: sessionName }) : ''
        }
        okText={t('care.hc.submitAbnormal')}
        okButtonProps={{ danger: true, loading: record.isPending }}
        onOk={() => form.submit()}
        cancelText={t('common.cancel')}
        onCancel={() => setAbnormalFor(null)}
        destroyOnHidden
      >
        <Form<{ note: string }> form={form} name="care-abnormal" layout="vertical" onFinish={submitAbnormal}>
          {formError && (
            <Alert className="console-block" type="error" showIcon title={formError} role="alert" />
          )}
          <Form.Item
            name="note"
            label={t('care.hc.note')}
            extra={t('care.hc.noteHint')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { label: t('care.hc.note') }),
              },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder={t('care.hc.notePlaceholder')}
              autoFocus
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
