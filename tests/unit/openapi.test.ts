import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument, RESOURCE_MODEL_SIZING_EXAMPLE, SAVE_ANSWER_EXAMPLE, SIZING_EXAMPLE } from '@/lib/api/openapi';
import { runResourceModelSizing } from '@/lib/app/sizing';
import { ZSaveAnswer } from '@/lib/schemas/save-answer';
import { ZResourceModelSizingRequest, ZSizingRequest } from '@/lib/schemas/sizing';
import { ASSESSMENT_LIST_EXAMPLE, ASSESSMENT_STATUS_EXAMPLE, REVIEW_QUEUE_EXAMPLE, ZAssessmentList, ZAssessmentStatus, ZReviewQueue } from '@/lib/schemas/api-read';

/** Each documented response example and the zod schema the route's answer is typed by. */
const RESPONSE_SCHEMAS = new Map<unknown, { safeParse(v: unknown): { success: boolean; error?: { message: string } } }>([
  [ASSESSMENT_LIST_EXAMPLE, ZAssessmentList],
  [ASSESSMENT_STATUS_EXAMPLE, ZAssessmentStatus],
  [REVIEW_QUEUE_EXAMPLE, ZReviewQueue],
]);

/** Every route file under app/api as its OpenAPI path and methods: app/api/v1/a/[id]/route.ts → /api/v1/a/{id}. */
function routeFiles(dir = path.join(process.cwd(), 'app', 'api')): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...routeFiles(full));
    else if (entry.name === 'route.ts') {
      const source = fs.readFileSync(full, 'utf8');
      const methods = [...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|PUT|POST|DELETE|PATCH)\b/g)].map((m) => m[1]!.toLowerCase());
      const route = '/' + path.relative(path.join(process.cwd(), 'app'), path.dirname(full)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/');
      out.push({ path: route, methods });
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  const doc = openApiDocument() as unknown as { openapi: string; paths: Record<string, Record<string, unknown>> };

  it('is OpenAPI 3.1 and describes every route file and method under app/api, and nothing else', () => {
    expect(doc.openapi).toBe('3.1.0');
    const files = routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) for (const m of f.methods) expect(doc.paths[f.path]?.[m], `${m.toUpperCase()} ${f.path} is not documented`).toBeDefined();
    const documented = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`));
    const real = files.flatMap((f) => f.methods.map((m) => `${m} ${f.path}`));
    expect(documented.sort()).toEqual(real.sort());
  });

  it('has examples that the routes’ own schemas accept', () => {
    expect(ZSizingRequest.safeParse(SIZING_EXAMPLE).success).toBe(true);
    expect(ZSaveAnswer.safeParse({ ...SAVE_ANSWER_EXAMPLE, assessmentId: '00000000-0000-4000-8000-000000000000' }).success).toBe(true);
    expect(ZResourceModelSizingRequest.safeParse(RESOURCE_MODEL_SIZING_EXAMPLE).success).toBe(true);
    const outcome = runResourceModelSizing(RESOURCE_MODEL_SIZING_EXAMPLE);
    expect(outcome.ok ? outcome.summaries.map((s) => s.services.map((x) => [x.id, x.vms])) : outcome.fieldErrors).toEqual([[['pg_shards', 2], ['django', 3]]]);
    const sizing = (doc.paths['/api/v1/sizing'] as { post: { requestBody: { content: { 'application/json': { examples: Record<string, { value: unknown }> } } } } }).post;
    expect(sizing.requestBody.content['application/json'].examples.calculator.value).toEqual(SIZING_EXAMPLE);
    expect(sizing.requestBody.content['application/json'].examples.resourceModel.value).toEqual(RESOURCE_MODEL_SIZING_EXAMPLE);
  });

  it('has response examples that their own schemas accept, for every documented JSON response', () => {
    let checked = 0;
    for (const [route, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown; example?: unknown }> }> }>)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const media = response.content?.['application/json'];
          if (media?.example === undefined) continue;
          const schema = RESPONSE_SCHEMAS.get(media.example);
          expect(schema, `${method.toUpperCase()} ${route} ${status}: an example without its zod schema`).toBeDefined();
          const parsed = schema!.safeParse(media.example);
          expect(parsed.success, `${method.toUpperCase()} ${route} ${status}: ${parsed.error?.message}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('refuses a wrong example (the check above can fail)', () => {
    expect(ZAssessmentStatus.safeParse({ ...ASSESSMENT_STATUS_EXAMPLE, tracks: [{ platform: 'commcare' }] }).success).toBe(false);
  });

  it('says which token scope each authenticated operation needs', () => {
    const answers = doc.paths['/api/v1/assessments/{assessmentId}/answers']!.put as { security: unknown[] };
    expect(answers.security).toEqual([{ session: [] }, { token: ['answers'] }]);
    const imports = doc.paths['/api/v1/assessments/import']!.post as { security: unknown[] };
    expect(imports.security).toEqual([{ session: [] }]); // not open to tokens
    const queue = doc.paths['/api/v1/review-queue']!.get as { security: unknown[] };
    expect(queue.security).toEqual([{ session: [] }, { token: ['read'] }]);
  });
});
