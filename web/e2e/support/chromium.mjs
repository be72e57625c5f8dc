// What every browser script shares: Debian's Chromium (see ensure-chromium.sh) with the flags this
// machine needs, and the one-JSON-line summary each script ends with.

/** The browser: $CHROMIUM, else Debian's. */
export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless and quiet: without the background-networking flags Chromium keeps trying hosts this
 * machine's closed network refuses.
 */
export const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Runs a script's `main`, prints its summary (or `{ok:false,error}`) as the last line, and exits 0 or 1. */
export function runMain(main) {
  main().then(
    (summary) => {
      console.log(JSON.stringify(summary));
      process.exit(0);
    },
    (error) => {
      console.log(JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }));
      process.exit(1);
    },
  );
}
