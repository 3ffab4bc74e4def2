/**
 * Where a reader of a printed ruleset (`chat-link-lens rules --json`, `getShippedRuleset`) finds
 * its JSON Schema: the schema's path inside the published package, which Node's module
 * resolution turns into the installed file (`createRequire(import.meta.url).resolve(…)`), as the
 * package's `exports` publish `./schemas/*`. The shipped JSON files keep their own relative
 * `$schema` for editors working in this repository.
 */
export const RULESET_SCHEMA_ADDRESS = 'chat-link-lens/schemas/ruleset.schema.json';
