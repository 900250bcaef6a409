import { Button, Result, Spin } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { ApiError, errorMessage } from '../shared/api';
import { useT } from '../shared/i18n';
import { MeContext, useMeQuery } from './auth/session';
import { ConsoleLayout } from './layout/ConsoleLayout';

/**
 * Nothing of the console renders until we know who is logged in. Nobody: to /login, coming back
 * here afterwards. A 401 from another request means the API client is already on its way there,
 * so only a spinner shows meanwhile.
 */
export function SessionGate() {
  const t = useT();
  const me = useMeQuery();
  const location = useLocation();

  if (me.data === null) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
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
