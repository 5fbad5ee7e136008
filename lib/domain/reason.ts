/**
 * A reason the engines give people, as a message key of content/messages/<locale>/reasons.json and
 * its parameters: lib/domain stays free of any language, and the reason is put into words where it
 * is shown (lib/i18n/reason-text.ts). The engines keep an English `reason` beside it for the API.
 */
export type TReason = { key: string; params?: Record<string, string | number> };

/** Turns a reason into words in one language. */
export type TSay = (reason: TReason) => string;
