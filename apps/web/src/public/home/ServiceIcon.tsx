/** Simple line icons drawn here: an icon font or library would cost the phone far more bytes. */
const paths = {
  find: 'M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.43 1.41-1.41-4.43-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z',
  check:
    'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Zm0 2.2 6 2.25V11c0 3.9-2.5 7.4-6 8.9-3.5-1.5-6-5-6-8.9V6.45l6-2.25Zm3.3 4.6-4.3 4.3-2.3-2.3-1.4 1.4 3.7 3.7 5.7-5.7-1.4-1.4Z',
  complain:
    'M4 3h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H8.4L4 20.5V4a1 1 0 0 1 0-1Zm1 2v11.2L7.6 15H19V5H5Zm6 2h2v5h-2V7Zm0 6h2v1.5h-2V13Z',
  guide:
    'M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm-6.5 9h13A2.5 2.5 0 0 1 21 16.5V21h-2v-4.5a.5.5 0 0 0-.5-.5h-13a.5.5 0 0 0-.5.5V21H3v-4.5A2.5 2.5 0 0 1 5.5 14Z',
} as const;

export type ServiceIconName = keyof typeof paths;

export function ServiceIcon({ name }: { name: ServiceIconName }) {
  return (
    <svg
      className="pub-service-icon"
      viewBox="0 0 24 24"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d={paths[name]} />
    </svg>
  );
}
