/**
 * English messages put into the reader's language by rules: each rule recognises one English
 * message and names its key in the `validation` messages, with what it quotes as parameters.
 * Shared by the validation messages (validation-messages.ts) and a configuration's refusals
 * (config-error-messages.ts).
 */
export type TParams = Record<string, string | number>;
export type TTranslate = (key: string, params?: TParams) => string;
/** `params` may put a quoted name into words through `t`; null when the rule does not apply after all. */
export type TMessageRule = { pattern: RegExp; key: string; params?: (m: RegExpExecArray, t: TTranslate) => TParams | null };

/** The message through the first rule that applies, or null when none does. */
export function translateByRules(rules: readonly TMessageRule[], message: string, t: TTranslate): string | null {
  for (const rule of rules) {
    const m = rule.pattern.exec(message);
    if (!m) continue;
    const params = rule.params ? rule.params(m, t) : undefined;
    if (params !== null) return t(rule.key, params);
  }
  return null;
}
