/** Kind of chat: "private" is a one-to-one chat, "group" a group chat. Rulesets may add more. */
export type Scope = string;
