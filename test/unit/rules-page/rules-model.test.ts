import { describe, expect, it } from 'vitest';
import { rulesText } from '../../../src/cli/rules-text';
import { WECHAT_RULESET } from '../../../src/core/data/rulesets/wechat';
import { eventsInOrder, rulesInOrder } from '../../../src/rules-page/rules-model';

describe('the rule timeline page model', () => {
  const cli = rulesText(WECHAT_RULESET);

  it('lists the events in the order `chat-link-lens rules` prints them', () => {
    const printed = cli
      .split('\n')
      .filter((line) => /^ {2}\d{4}-\d{2}-\d{2}T/.test(line))
      .map((line) =>
        line
          .trim()
          .split(/\s{2,}/)[1]
          ?.replace(/ \[\w+\]$/, ''),
      );
    expect(eventsInOrder(WECHAT_RULESET).map((event) => event.title.en)).toEqual(printed);
  });

  it('lists every rule in the order `chat-link-lens rules` prints them', () => {
    const printed = cli
      .split('\n')
      .filter(
        (line) => /^ {2}[a-z0-9]/.test(line) && !/^ {2}\d{4}-/.test(line) && !line.includes(':'),
      )
      .map((line) => line.trim());
    const ids = rulesInOrder(WECHAT_RULESET).map((rule) => rule.id);
    expect(ids).toHaveLength(WECHAT_RULESET.rules.length);
    expect(ids).toEqual(printed);
  });
});
