/**
 * The shipped WeChat ruleset: how WeChat (微信) chats treated links and share codes, as dated
 * data. The data is `wechat.json` (the format `--ruleset` and the options page import, described
 * by schemas/ruleset.schema.json); the build bundles it, and the unit tests run the validator
 * and the schema on it. Its `$schema` becomes the schema's address in the published package
 * (the file's own is a path inside this repository, for editors).
 */
import type { Ruleset } from '../../policy/rule';
import { RULESET_SCHEMA_ADDRESS } from './schema-address';
import data from './wechat.json';

export const WECHAT_RULESET = {
  ...data,
  $schema: RULESET_SCHEMA_ADDRESS,
} as unknown as Ruleset;
