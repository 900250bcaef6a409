import { Button, Result, Spin } from 'antd';
import { ApiError, errorMessage } from '../shared/api';
import { useT } from '../shared/i18n';
import { MeContext, useMeQuery } from './auth/session';
import { ConsoleLayout } from './layout/ConsoleLayout';

/**
 * Nothing of the console renders until we know who is logged in. Not logged in: the API client
 * is already on its way to /login (401), so only a spinner shows meanwhile.
 */
export function SessionGate() {
  const t = useT();
  const me = useMeQuery();

  if (me.isPending || (me.isError && me.error instanceof ApiError && me.error.status === 401)) {
    return (
      <div className="console-fullpage">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="console-fullpage">
        <Result
          status="error"
          title={t('common.loadError')}
          subTitle={errorMessage(me.error)}
          extra={
            <Button type="primary" onClick={() => void me.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      </div>
    );
  }
  return (
    <MeContext.Provider value={me.data}>
      <ConsoleLayout me={me.data} />
    </MeContext.Provider>
  );
}
