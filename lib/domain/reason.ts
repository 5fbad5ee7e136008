/**
 * A reason the engines give people, as a message key of content/messages/<locale>/reasons.json and
 * its parameters: lib/domain stays free of any language, and the reason is put into words where it
 * is shown (lib/i18n/reason-text.ts; pages with `useSay`/`sayerFor`). Parameters are figures
 * (formatted with Intl in the reader's language by the message's `{x, number}` or plural), data
 * (names people typed, content), lists of names or reasons (joined with the language's "and"),
 * other reasons (put into words first) and money in integer minor units (written the language's way).
 */
export type TMoneyParam = { minor: number; currency: { code: string; minorDigits: number } };
export type TReasonParam = string | number | readonly (string | TReason)[] | TReason | TMoneyParam;
export type TReason = { key: string; params?: Record<string, TReasonParam> };

/** Turns a reason into words in one language. */
export type TSay = (reason: TReason) => string;

export const reason = (key: string, params?: TReason['params']): TReason => (params ? { key, params } : { key });

/** The sizing engines' reasons are in sizingReasons.json (their own namespace, so the public calculator loads only them). */
export const isSizingReason = (key: string) => key.startsWith('commcare.') || key.startsWith('dhis2.');
