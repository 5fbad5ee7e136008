import fs from 'node:fs';
import path from 'node:path';
import type { TLocale } from '@/lib/domain/locale';

/** Interface text: content/messages/<locale>/<namespace>.json, one file per part of the app. */
export const MESSAGES_DIR = path.join(process.cwd(), 'content/messages');

export type TMessages = Record<string, Record<string, unknown>>;

const cache = new Map<string, TMessages>();

/** Every namespace of one language, read once per process (the files are content, shipped with the app). */
export function loadMessages(locale: TLocale, dir: string = MESSAGES_DIR): TMessages {
  const key = `${dir}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const folder = path.join(dir, locale);
  const messages: TMessages = Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f.slice(0, -'.json'.length), JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as Record<string, unknown>]),
  );
  cache.set(key, messages);
  return messages;
}

/** Only the namespaces a client component needs: the browser never receives the whole catalogue. */
export const pickNamespaces = (messages: TMessages, namespaces: readonly string[]): TMessages =>
  Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
