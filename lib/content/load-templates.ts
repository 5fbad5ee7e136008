import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ZTemplate, type TTemplate } from './template-schema';

export const TEMPLATES_DIR = path.join(process.cwd(), 'content/templates');

/**
 * Reads and validates every questionnaire template in a folder. An invalid file stops the load
 * with an error naming the file and each problem, so a content mistake never reaches users.
 */
export function loadTemplates(dir: string = TEMPLATES_DIR): TTemplate[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const templates = files.map((file) => loadTemplateFile(path.join(dir, file)));
  const versions = new Set<string>();
  for (const t of templates) {
    const key = `${t.key}@${t.version}`;
    if (versions.has(key)) throw new Error(`${dir}: two files declare ${t.key} version ${t.version}.`);
    versions.add(key);
  }
  return templates;
}

export function loadTemplateFile(file: string): TTemplate {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = ZTemplate.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} does not match the template schema:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
