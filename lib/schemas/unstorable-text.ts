/**
 * Text PostgreSQL cannot store: U+0000 (refused in text and jsonb) and a lone surrogate such as
 * "\ud800" (refused in jsonb, which every audit row is). Either failed at the database with a 500;
 * the entry points (authedAction, readJson) now refuse such input first, with a 400.
 * Returns the path of the first string or key holding one ('' for the value itself), or null.
 * Iterative, so deeply nested JSON cannot overflow the stack.
 */
export function unstorableTextPath(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (!isStorable(item.value)) return item.path;
    } else if (item.value && typeof item.value === 'object') {
      for (const [key, child] of Object.entries(item.value)) {
        const path = item.path ? `${item.path}.${key}` : key;
        if (!isStorable(key)) return path;
        stack.push({ value: child, path });
      }
    }
  }
  return null;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isStorable = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

export const UNSTORABLE_TEXT_MESSAGE = 'Text cannot contain the NUL character (U+0000) or a lone surrogate code point.';
