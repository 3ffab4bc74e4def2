/**
 * Says once that some settings could not be read and were reset: the popup shows which, then saves
 * the repaired values, so the next read finds them valid and the notice does not come back.
 */
import { type ParsedSettings, repairChange } from '../shared/settings';
import { saveSettings } from '../shared/settings-store';
import type { TextLookup } from '../ui/i18n';

export async function reportRepairs(
  parsed: ParsedSettings,
  notice: HTMLElement,
  t: TextLookup,
): Promise<void> {
  if (parsed.repaired.length === 0) return;
  const fields = parsed.repaired
    .map((field) => t(`settingsField_${field}`))
    .join(t('listSeparator'));
  notice.textContent = t('settingsRepaired', [fields]);
  notice.hidden = false;
  await saveSettings(repairChange(parsed));
}
