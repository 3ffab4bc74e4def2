// `npm run setup`, run first by `npm start` and `npm test`: installs what a fresh machine lacks for
// them. On Debian or Ubuntu, as root, with apt-get (after apt-get update), one line per thing it
// installs; elsewhere it stops with one line naming what to install, and exits non-zero. When
// everything is there it prints nothing.
//
// What it checks (each also by what it provides, not only by package name):
//   Chromium and Firefox (ESR): the real browsers the end-to-end tests, `npm start` and the
//     benchmark drive (CHROME_PATH / FIREFOX_PATH name others);
//   Firefox's Simplified Chinese language pack: the tests run the extension in Chinese;
//   a CJK font (Noto CJK): Chinese text in screenshots drawn as text, not boxes;
//   DejaVu and Liberation: the only fonts some end-to-end tests offer the browsers
//     (test/fonts/dejavu-liberation.conf), as a fresh Debian machine has;
//   GNU parallel: the scale-out recipe of the README is tested with it.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const BASIC_FONTS_CONFIG = join(root, 'test/fonts/dejavu-liberation.conf');

/** @typedef {'chromium' | 'firefox'} BrowserKind */

const BROWSER_PATHS = {
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
export const BROWSER_ENV = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };
const FIREFOX_ESR_CHINESE =
  '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';

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
 * The path of an installed browser of this kind (CHROME_PATH / FIREFOX_PATH first), or null.
 * @param {BrowserKind} kind
 * @returns {string | null}
 */
export function findBrowser(kind) {
  const fromEnv = process.env[BROWSER_ENV[kind]];
  if (fromEnv) {
    if (!executable(fromEnv)) {
      throw new Error(`${BROWSER_ENV[kind]}=${fromEnv} is not an executable file`);
    }
    return fromEnv;
  }
  return BROWSER_PATHS[kind].find(executable) ?? null;
}

/**
 * Font families fontconfig offers (under `config`, when given); empty without fontconfig.
 * @param {string} pattern
 * @param {string} [config]
 */
function fontFamilies(pattern, config) {
  const run = spawnSync('fc-list', [pattern, 'family'], {
    encoding: 'utf8',
    env: config ? { ...process.env, FONTCONFIG_FILE: config } : process.env,
  });
  return run.status === 0 ? run.stdout : '';
}

/** @param {string} command */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** 'debian', 'ubuntu' or null, from /etc/os-release. */
function distribution() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    if (/^ID=.*ubuntu/m.test(release)) return 'ubuntu';
    if (/^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release)) return 'debian';
  } catch {}
  return null;
}

/**
 * What is needed, each with whether it is there and the package that provides it (Debian's
 * names; Ubuntu's where they differ).
 */
function requirements() {
  const firefox = findBrowser('firefox');
  return [
    {
      what: 'Chromium',
      present: () => findBrowser('chromium') !== null,
      debian: 'chromium',
      ubuntu: 'chromium-browser',
    },
    {
      what: 'Firefox ESR',
      present: () => findBrowser('firefox') !== null,
      debian: 'firefox-esr',
      ubuntu: 'firefox',
    },
    {
      what: "Firefox's Simplified Chinese language pack",
      // Only Debian's Firefox ESR keeps its language packs there; another Firefox brings its own.
      present: () =>
        (firefox !== null && !firefox.includes('firefox-esr')) || existsSync(FIREFOX_ESR_CHINESE),
      debian: 'firefox-esr-l10n-zh-cn',
      ubuntu: 'firefox-locale-zh-hans',
    },
    {
      what: 'a Chinese font (Noto CJK)',
      present: () => fontFamilies(':lang=zh-cn').trim() !== '',
      debian: 'fonts-noto-cjk',
    },
    {
      what: 'the DejaVu fonts',
      present: () => fontFamilies('DejaVu Sans', BASIC_FONTS_CONFIG).includes('DejaVu Sans'),
      debian: 'fonts-dejavu-core',
    },
    {
      what: 'the Liberation fonts',
      present: () =>
        fontFamilies('Liberation Sans', BASIC_FONTS_CONFIG).includes('Liberation Sans'),
      debian: 'fonts-liberation',
    },
    { what: 'GNU parallel', present: () => onPath('parallel'), debian: 'parallel' },
  ];
}

/**
 * @typedef {object} Surroundings  what setup looks at and acts through (tests give their own)
 * @property {() => { what: string, present: () => boolean, debian: string, ubuntu?: string }[]} requirements
 * @property {'debian' | 'ubuntu' | null} system
 * @property {boolean} root       running as root
 * @property {boolean} hasApt     apt-get is on the PATH
 * @property {(args: string[]) => void} apt  runs apt-get with these arguments
 * @property {(line: string) => void} log
 */

/** @returns {Surroundings} */
function thisMachine() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return {
    requirements,
    system: distribution(),
    root: process.platform === 'linux' && process.getuid?.() === 0,
    hasApt: onPath('apt-get'),
    apt: (args) => execFileSync('apt-get', args, { env, stdio: ['ignore', 'pipe', 'pipe'] }),
    log: (line) => console.log(line),
  };
}

/**
 * Installs whatever is missing, or throws one line naming it. Prints one line per thing it
 * installs, nothing when all is there.
 * @param {Surroundings} [machine]
 */
export function setup(machine = thisMachine()) {
  const { system } = machine;
  const missing = machine
    .requirements()
    .filter((need) => !need.present())
    .map((need) => ({ what: need.what, pkg: (system === 'ubuntu' && need.ubuntu) || need.debian }));
  if (missing.length === 0) return;
  const packages = missing.map((need) => need.pkg);
  if (!machine.root || system === null || !machine.hasApt) {
    throw new Error(
      `missing: ${missing.map((need) => need.what).join(', ')}; install ${packages.join(' ')}` +
        ` (e.g. \`sudo apt-get install ${packages.join(' ')}\`), or set CHROME_PATH / FIREFOX_PATH to browsers you have`,
    );
  }
  for (const need of missing) machine.log(`setup: installing ${need.what} (${need.pkg})`);
  try {
    machine.apt(['update', '-qq']);
    machine.apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } catch (caught) {
    const error = /** @type {{ stdout?: unknown, stderr?: unknown, message?: unknown }} */ (caught);
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error.message);
    throw new Error(`apt-get could not install ${packages.join(' ')}: ${output}`);
  }
  const still = machine.requirements().filter((need) => !need.present());
  if (still.length > 0) {
    throw new Error(`still missing after apt-get: ${still.map((need) => need.what).join(', ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setup();
  } catch (error) {
    console.error(`setup: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
