import { UserAddOutlined } from '@ant-design/icons';
import type { Filing } from '@tuoyu/contracts';
import { allowedFilingActions, type FilingAction } from '@tuoyu/domain';
import { Alert, App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { type MessageKey, useT } from '../../../shared/i18n';
import { type ReviewAction, useIssueManager, useReviewAction } from '../queries';
import { type IssuedAccount, ManagerAccountModal } from './ManagerAccountModal';
import { ReasonModal } from './ReasonModal';

const REVIEW_ACTIONS: ReviewAction[] = ['accept', 'return', 'resume', 'suspend', 'deregister'];

const isReviewAction = (action: FilingAction): action is ReviewAction =>
  (REVIEW_ACTIONS as string[]).includes(action);

interface ActionText {
  button: MessageKey;
  title: MessageKey;
  reason?: MessageKey;
  hint?: MessageKey;
  done: MessageKey;
  danger?: boolean;
  primary?: boolean;
}

const TEXT: Record<ReviewAction, ActionText> = {
  accept: {
    button: 'prov.action.accept',
    title: 'prov.action.acceptTitle',
    done: 'prov.action.acceptDone',
    primary: true,
  },
  return: {
    button: 'prov.action.return',
    title: 'prov.action.returnTitle',
    reason: 'prov.action.returnReason',
    hint: 'prov.action.returnHint',
    done: 'prov.action.returnDone',
  },
  suspend: {
    button: 'prov.action.suspend',
    title: 'prov.action.suspendTitle',
    reason: 'prov.action.suspendReason',
    done: 'prov.action.suspendDone',
    danger: true,
  },
  resume: {
    button: 'prov.action.resume',
    title: 'prov.action.resumeTitle',
    reason: 'prov.action.resumeReason',
    done: 'prov.action.resumeDone',
  },
  deregister: {
    button: 'prov.action.deregister',
    title: 'prov.action.deregisterTitle',
    reason: 'prov.action.deregisterReason',
    hint: 'prov.action.deregisterHint',
    done: 'prov.action.deregisterDone',
    danger: true,
  },
};

/**
 * Only the actions allowed now (filing-workflow.ts), for county and city regulators; the county
 * regulator also issues the provider's first account while it has none.
 */
export function ReviewActions({ filing, canIssueManager }: { filing: Filing; canIssueManager: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const review = useReviewAction();
  const issue = useIssueManager();
  const [open, setOpen] = useState<ReviewAction | null>(null);
  const [issued, setIssued] = useState<IssuedAccount | null>(null);
  // The server asked for an exception reason although the stored checks passed (rules changed since).
  const [exceptionAsked, setExceptionAsked] = useState(false);
  const actions = allowedFilingActions(filing.status).filter(isReviewAction);
  const failedChecks = filing.checks.filter((c) => !c.ok).length;
  const needsException = failedChecks > 0 || exceptionAsked;
  const showIssue =
    canIssueManager && filing.provider.managerUsername === null && filing.provider.status !== 'deregistered';

  const run = async (action: ReviewAction, reason: string | undefined) => {
    const body = action === 'accept' ? (reason ? { exceptionReason: reason } : {}) : { reason: reason ?? '' };
    try {
      const result = await review.mutateAsync({ id: filing.id, action, body });
      const number = (result as { filingNumber?: string } | undefined)?.filingNumber;
      void message.success(t(TEXT[action].done, { number: number ?? filing.filingNumber ?? '' }));
    } catch (error) {
      if (
        action === 'accept' &&
        error instanceof ApiError &&
        error.fieldErrors.some((e) => e.path === 'exceptionReason') &&
        !needsException
      ) {
        setExceptionAsked(true);
      }
      throw error;
    }
  };

  const issueAccount = async () => {
    try {
      setIssued(await issue.mutateAsync(filing.providerId));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const current = open ? TEXT[open] : null;
  return (
    <>
      {actions.length === 0 && !showIssue && (
        <Typography.Paragraph type="secondary">{t('prov.action.none')}</Typography.Paragraph>
      )}
      <Flex gap={8} wrap>
        {actions.map((action) => (
          <Button
            key={action}
            type={TEXT[action].primary ? 'primary' : 'default'}
            danger={TEXT[action].danger}
            onClick={() => setOpen(action)}
          >
            {t(TEXT[action].button)}
          </Button>
        ))}
        {showIssue && (
          <Popconfirm
            title={t('prov.manager.confirm', { name: filing.provider.name })}
            okText={t('prov.manager.issue')}
            cancelText={t('common.cancel')}
            onConfirm={() => void issueAccount()}
          >
            <Button icon={<UserAddOutlined aria-hidden />} loading={issue.isPending}>
              {t('prov.manager.issue')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {showIssue && (
        <Typography.Paragraph type="secondary" className="console-note">
          {t('prov.manager.note')}
        </Typography.Paragraph>
      )}
      {current && open && (
        <ReasonModal
          open
          title={t(current.title, { name: filing.provider.name })}
          okText={t(current.button)}
          danger={current.danger}
          reasonLabel={
            open === 'accept'
              ? needsException
                ? t('prov.action.exceptionReason')
                : undefined
              : current.reason && t(current.reason)
          }
          reasonHint={
            open === 'accept' ? t('prov.action.exceptionHint') : current.hint ? t(current.hint) : undefined
          }
          intro={
            open === 'accept' && needsException ? (
              <Alert
                className="console-block"
                type="warning"
                showIcon
                title={
                  failedChecks > 0
                    ? t('prov.action.exceptionNeeded', { failed: failedChecks })
                    : t('prov.action.exceptionAsked')
                }
              />
            ) : undefined
          }
          onSubmit={(reason) => run(open, reason)}
          onClose={() => setOpen(null)}
        />
      )}
      <ManagerAccountModal
        account={issued}
        providerName={filing.provider.name}
        onClose={() => setIssued(null)}
      />
    </>
  );
}
