import type { TextLookup } from '../ui/i18n';

const MAX_REMEMBERED = 2000;

/**
 * Remembers what `lookup` answered. A page with thousands of badges asks for the same few labels
 * over and over, and each browser lookup costs a call into the browser's i18n code.
 */
export function rememberTexts(lookup: TextLookup): TextLookup {
  const answers = new Map<string, string>();
  return (key, substitutions) => {
    const id = substitutions === undefined ? key : `${key}\u0000${substitutions.join('\u0001')}`;
    let answer = answers.get(id);
    if (answer === undefined) {
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answer = lookup(key, substitutions);
      answers.set(id, answer);
    }
    return answer;
  };
}
