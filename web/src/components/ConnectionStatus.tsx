const LABELS = { connecting: 'Connecting…', open: 'Live', closed: 'Reconnecting…', incompatible: 'Reload needed' } as const;

const TITLES: Partial<Record<keyof typeof LABELS, string>> = {
  incompatible: 'The server speaks a live-feed protocol version this page cannot read: reload the page.',
};

/** Shows whether live positions are flowing. */
export function ConnectionStatus({ status }: { status: keyof typeof LABELS }) {
  return (
    <span className={`connection connection-${status}`} data-connection={status} title={TITLES[status]}>
      <span className="dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
