// Finds the real browsers the end-to-end tests, `npm start` and the benchmark drive.
// CHROME_PATH / FIREFOX_PATH win; then the usual install paths. Where a browser is missing,
// `ensureBrowser` installs Debian's package when it can (Debian or Ubuntu, as root), and
// otherwise stops with one line that names what to install. It never skips.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';

/** @typedef {'chromium' | 'firefox'} BrowserKind */

const CANDIDATES = {
  chromium: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
};
const ENV = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };
const DEBIAN_PACKAGE = { chromium: 'chromium', firefox: 'firefox-esr' };

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of an installed browser of this kind, or null.
 * @param {BrowserKind} kind
 * @returns {string | null}
 */
export function findBrowser(kind) {
  const fromEnv = process.env[ENV[kind]];
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`${ENV[kind]}=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  return CANDIDATES[kind].find(executable) ?? null;
}

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

let aptUpdated = false;

/** @param {string[]} packages */
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

const canApt = () => process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike();

/**
 * Debian's Firefox ESR shows Simplified Chinese only with its language pack: install it when it
 * is missing and we can; otherwise stop with one line naming it.
 */
export function ensureFirefoxChinese() {
  const pack = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';
  const firefox = findBrowser('firefox');
  if (!firefox?.includes('firefox-esr') || existsSync(pack)) return;
  if (canApt()) {
    console.error(
      "Firefox's Chinese language pack not found: installing firefox-esr-l10n-zh-cn with apt-get",
    );
    aptInstall(['firefox-esr-l10n-zh-cn']);
    return;
  }
  throw new Error(
    'Firefox has no Simplified Chinese language pack: install firefox-esr-l10n-zh-cn',
  );
}

/**
 * The path of the browser, installing Debian's package first when it is missing and this is a
 * Debian-like machine where we are root. Otherwise throws one line naming what to install.
 * @param {BrowserKind} kind
 * @returns {string}
 */
export function ensureBrowser(kind) {
  const found = findBrowser(kind);
  if (found) return found;
  const pkg = DEBIAN_PACKAGE[kind];
  if (canApt()) {
    console.error(`${kind} not found: installing Debian's ${pkg} with apt-get`);
    aptInstall([pkg]);
    const installed = findBrowser(kind);
    if (installed) return installed;
  }
  throw new Error(
    `${kind} is not installed: install ${pkg} (e.g. \`sudo apt-get install ${pkg}\`) or set ${ENV[kind]} to its executable`,
  );
}
