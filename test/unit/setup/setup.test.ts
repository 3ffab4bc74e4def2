import { describe, expect, it } from 'vitest';
import { setup } from '../../../scripts/setup.mjs';

/** A machine where `installed` names what is there; apt-get installs what it is asked for. */
function machine(options: {
  installed: string[];
  system?: 'debian' | 'ubuntu' | null;
  root?: boolean;
  hasApt?: boolean;
  aptFails?: boolean;
}) {
  const installed = new Set(options.installed);
  const calls: string[][] = [];
  const lines: string[] = [];
  const needs = [
    { what: 'Chromium', debian: 'chromium', ubuntu: 'chromium-browser' },
    { what: 'a Chinese font', debian: 'fonts-noto-cjk' },
    { what: 'GNU parallel', debian: 'parallel' },
  ];
  return {
    calls,
    lines,
    surroundings: {
      requirements: () =>
        needs.map((need) => ({ ...need, present: () => installed.has(need.debian) })),
      system: options.system === undefined ? ('debian' as const) : options.system,
      root: options.root ?? true,
      hasApt: options.hasApt ?? true,
      apt: (args: string[]) => {
        calls.push(args);
        if (options.aptFails)
          throw Object.assign(new Error('exit 100'), { stderr: 'E: no such package' });
        if (args[0] === 'install') {
          for (const pkg of args.filter((arg) => !arg.startsWith('-')).slice(1)) {
            installed.add(pkg === 'chromium-browser' ? 'chromium' : pkg);
          }
        }
      },
      log: (line: string) => lines.push(line),
    },
  };
}

describe('the setup step', () => {
  it('prints nothing and runs nothing when everything is there', () => {
    const m = machine({ installed: ['chromium', 'fonts-noto-cjk', 'parallel'] });
    setup(m.surroundings);
    expect(m.lines).toEqual([]);
    expect(m.calls).toEqual([]);
  });

  it('as root on Debian, updates apt then installs what is missing, one line per thing', () => {
    const m = machine({ installed: ['chromium'] });
    setup(m.surroundings);
    expect(m.lines).toEqual([
      'setup: installing a Chinese font (fonts-noto-cjk)',
      'setup: installing GNU parallel (parallel)',
    ]);
    expect(m.calls).toEqual([
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', 'fonts-noto-cjk', 'parallel'],
    ]);
  });

  it("uses Ubuntu's package names there", () => {
    const m = machine({ installed: ['fonts-noto-cjk', 'parallel'], system: 'ubuntu' });
    setup(m.surroundings);
    expect(m.calls[1]).toContain('chromium-browser');
  });

  it('elsewhere, or not as root, stops with one line naming what to install', () => {
    for (const where of [{ root: false }, { system: null }, { hasApt: false }]) {
      const m = machine({ installed: ['chromium'], ...where });
      expect(() => setup(m.surroundings)).toThrowError(
        /^missing: a Chinese font, GNU parallel; install fonts-noto-cjk parallel \(e\.g\. `sudo apt-get install fonts-noto-cjk parallel`\)/,
      );
      expect(m.calls).toEqual([]);
      expect(m.lines).toEqual([]);
    }
  });

  it("says what apt-get said when it fails, and what is still missing when it didn't install it", () => {
    const failing = machine({ installed: [], aptFails: true });
    expect(() => setup(failing.surroundings)).toThrowError(
      /apt-get could not install chromium fonts-noto-cjk parallel: E: no such package/,
    );
  });
});
