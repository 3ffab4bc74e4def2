/**
 * What the toolbar button says for one tab: the number of links on the page that would not open
 * directly in the shown chat scope(s), and a tooltip that says so in words. Pure.
 */
import type { TabReport } from '../shared/messages';
import { countLinks, countNotDirect } from '../shared/not-direct';
import { isActiveOn, type Settings } from '../shared/settings';
import type { TextLookup } from '../ui/i18n';
import { scopePhrase } from '../ui/labels';

export interface ToolbarState {
  text: string;
  title: string;
}

const MAX_SHOWN = 999;

export function toolbarState(
  report: TabReport,
  settings: Settings,
  appName: string,
  scopes: readonly string[],
  t: TextLookup,
): ToolbarState {
  if (!settings.enabled) return { text: '', title: t('actionTitleOffEverywhere') };
  const top = report.frames.find((frame) => frame.frameId === 0);
  if (top && top.hostname !== '' && !isActiveOn(settings, top.hostname)) {
    return { text: '', title: t('actionTitleOffSite', [top.hostname]) };
  }
  const frames = report.frames.filter((frame) => frame.active);
  const links = countLinks(frames);
  const notDirect = countNotDirect(frames, scopes);
  const phrase = scopePhrase(scopes, t);
  if (notDirect > 0) {
    const key = notDirect === 1 ? 'notDirectOne' : 'notDirect';
    return {
      text: notDirect > MAX_SHOWN ? `${MAX_SHOWN}+` : String(notDirect),
      title: t('toolbarTitle', [t(key, [String(notDirect), appName, phrase])]),
    };
  }
  if (links > 0) {
    const key = links === 1 ? 'allDirectOne' : 'allDirect';
    return { text: '', title: t('toolbarTitle', [t(key, [String(links), appName, phrase])]) };
  }
  return { text: '', title: t('actionTitle') };
}
