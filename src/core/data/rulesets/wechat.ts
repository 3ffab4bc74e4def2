/**
 * The shipped WeChat ruleset: how WeChat (微信) chats treated links and share codes, as dated
 * data. The data is `wechat.json` (the format `--ruleset` and the options page import, described
 * by schemas/ruleset.schema.json); the build bundles it, and the unit tests run the validator
 * and the schema on it.
 */
import type { Ruleset } from '../../policy/rule';
import data from './wechat.json';

export const WECHAT_RULESET = data as unknown as Ruleset;
