const LABELS = { connecting: 'Connecting…', open: 'Live', closed: 'Reconnecting…' } as const;

/** Shows whether live positions are flowing. */
export function ConnectionStatus({ status }: { status: keyof typeof LABELS }) {
  return (
    <span className={`connection connection-${status}`} data-connection={status}>
      <span className="dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
