import './messages';
import { AntdProvider } from './AntdProvider';
import { SessionGate } from './SessionGate';

/** The `/console` route: Ant Design, the session check, then the layout with the page inside. */
export function ConsoleRoot() {
  return (
    <AntdProvider>
      <SessionGate />
    </AntdProvider>
  );
}
