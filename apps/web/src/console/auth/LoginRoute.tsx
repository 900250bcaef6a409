import '../messages';
import { AntdProvider } from '../AntdProvider';
import { LoginPage } from './LoginPage';

/** The `/login` route: its own chunk, with Ant Design but without the console. */
export function LoginRoute() {
  return (
    <AntdProvider>
      <LoginPage />
    </AntdProvider>
  );
}
