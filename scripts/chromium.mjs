// How every Node-side tool here launches Chromium: Debian's /usr/bin/chromium
// (installed by scripts/setup.sh; never `npx playwright install`) with the flags
// this offline, 2-core, root-run machine needs. Used by playwright.config.mjs and bench/run.mjs.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
