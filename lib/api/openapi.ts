import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import { ZAssessmentExport } from '@/lib/schemas/assessment-export';
import { ZSaveAnswer } from '@/lib/schemas/save-answer';
import { ZCommCareWithConfigRequest, ZResourceModelSizingRequest, ZSizingRequest } from '@/lib/schemas/sizing';
import { ZTemplate } from '@/lib/content/template-schema';
import { ASSESSMENT_LIST_EXAMPLE, ASSESSMENT_STATUS_EXAMPLE, REVIEW_QUEUE_EXAMPLE, ZAssessmentList, ZAssessmentStatus, ZReviewQueue } from '@/lib/schemas/api-read';
import { TOKEN_SCOPE_LABELS, TOKEN_SCOPES, type TTokenScope } from '@/lib/auth/permissions';

/**
 * The OpenAPI 3.1 description of /api, generated from the zod schemas the routes parse with, so it
 * cannot drift from them. Each operation names the permission it needs; a token also needs a
 * scope that covers it. Examples are checked against their schemas by a test.
 */
const ZAssessmentPath = z.object({ assessmentId: z.uuid().meta({ description: 'The assessment, as in its page address.' }) });
const ZError = z.object({ error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }).meta({ id: 'Error' });

export const SIZING_EXAMPLE = { platform: 'commcare', users: 2500, formsPerUserPerMonth: 120, growth: [{ date: '2028-01-01', users: 6000 }] };
/** A whole (small) commcare-resource-model configuration, as the API takes it. */
export const RESOURCE_MODEL_SIZING_EXAMPLE = {
  platform: 'commcare',
  resourceModelConfig: [
    'estimation_buffer: 0.25',
    'storage_buffer: 0.33',
    'storage_display_unit: TB',
    "summary_dates: ['2024-08']",
    'vm_os_storage_gb: 50',
    "vm_os_storage_group: 'VM_os'",
    'usage:',
    '  users:',
    "    model: 'date_range_value'",
    "    ranges: [['20240701', '20240801', 1000]]",
    '  forms_monthly:',
    "    model: 'derived_factor'",
    "    dependant_field: 'users'",
    '    factor: 300  # forms per user per month',
    '  forms_total:',
    "    model: 'cumulative'",
    "    dependant_field: 'forms_monthly'",
    'services:',
    '  pg_shards:',
    '    static_number: 1',
    '    include_ha_resources: true',
    '    storage:',
    "      group: 'SSD'",
    "      data_models: [{referenced_field: 'forms_total', unit_size: 1200}]",
    '    process: {cores_per_node: 2, ram_per_node: 8}',
    '  django:',
    '    usage_capacity_per_node: 500',
    '    process: {cores_per_node: 4, ram_per_node: 8}',
    '',
  ].join('\n'),
};
const ZResourceModelSizing = z
  .object({
    platform: z.literal('commcare'),
    summaries: z.array(
      z.object({
        date: z.string().meta({ description: 'A summary date of the configuration, YYYY-MM.' }),
        users: z.number(),
        services: z.array(
          z.object({
            id: z.string().meta({ description: "The model's service name (pg_shards, django, ...)." }),
            label: z.string().meta({ description: 'The service in English.' }),
            name: z
              .object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional() })
              .meta({ description: 'The service’s name as a reason (a message key of sizingReasons and its parameters), for any language.' }),
            vms: z.number(),
            cores: z.number(),
            ramGb: z.number(),
            dataStorageTb: z.number(),
            storageGroup: z.string().nullable(),
          }),
        ),
        storageByGroupTb: z.record(z.string(), z.number()).meta({ description: "The model's storage groups (SSD, SAS, VM_os, ...) in TB, rounded as the model reports them." }),
      }),
    ),
  })
  .meta({ id: 'ResourceModelSizing' });
export const SAVE_ANSWER_EXAMPLE = { questionId: 'commcare.p1.s1-2.mobile-users', value: 2500, expectedVersion: 0 };

function scopeFor(permission: string): TTokenScope | null {
  return (Object.keys(TOKEN_SCOPES) as TTokenScope[]).find((s) => (TOKEN_SCOPES[s] as readonly string[]).includes(permission)) ?? null;
}

function authed(permission: string, operation: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  const scope = scopeFor(permission);
  return {
    ...operation,
    security: [{ session: [] }, ...(scope ? [{ token: [scope] }] : [])],
    description: `${operation.description ?? ''}\n\nNeeds a role with the permission “${permission}”${scope ? `; an API token needs the scope “${scope}” (${TOKEN_SCOPE_LABELS[scope]})` : '; not open to API tokens'}.`.trim(),
    responses: {
      ...operation.responses,
      '401': { description: 'No session or API token, or an invalid one.', content: { 'application/json': { schema: ZError } } },
      '403': { description: 'The role or the token’s scopes do not allow this.', content: { 'application/json': { schema: ZError } } },
      '404': { description: 'No such assessment in your organisation.', content: { 'application/json': { schema: ZError } } },
    },
  };
}

const json = (description: string, schema: z.ZodType, example: unknown) => ({ description, content: { 'application/json': { schema, example } } });

const file = (description: string, type: string) => ({ description, content: { [type]: { schema: z.string().meta({ format: 'binary' }) } } });

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  cached ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Hosting Readiness API',
      version: '1',
      description: 'Assessments, answers and outputs of Hosting Readiness. Sign in (session cookie) or send a personal API token as `Authorization: Bearer hr_…` (create one on “Your account”).',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'hr_session', description: 'The session of a signed-in person.' },
        token: { type: 'http', scheme: 'bearer', description: 'A personal API token, limited to its scopes and to 120 requests a minute.' },
      },
    },
    paths: {
      '/api/health': {
        get: { summary: 'Is the app up and its database reachable?', responses: { '200': { description: 'Up.' }, '503': { description: 'The database cannot be reached.' } } },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1.' } } },
      },
      '/api/v1/session': {
        get: authed('account.manage', { summary: 'Who is asking: the signed-in person, organisation and role.', responses: { '200': { description: 'The person, organisation and role.' } } }),
      },
      '/api/v1/sizing': {
        post: {
          summary: 'Size CommCare HQ or DHIS2 servers (no account needed; nothing is stored).',
          description:
            'Either the calculator’s input (users, rates, growth) or `resourceModelConfig`: the YAML text of a commcare-resource-model configuration, answered with its figures at each of its summary dates; or both (the calculator’s input with `resourceModelConfig`): the calculator sizes with that configuration instead of the built-in one. A configuration is limited to 256 KB, 240 months, 80 services and 300 usage fields; errors name the YAML path and line.',
          requestBody: {
            content: {
              'application/json': {
                schema: z.union([ZSizingRequest, ZResourceModelSizingRequest, ZCommCareWithConfigRequest]),
                examples: { calculator: { summary: 'Users, rates and growth', value: SIZING_EXAMPLE }, resourceModel: { summary: 'A commcare-resource-model configuration', value: RESOURCE_MODEL_SIZING_EXAMPLE } },
              },
            },
          },
          responses: {
            '200': {
              description:
                'Tiers, servers, storage, settings and their sources; for a configuration, its summaries. Rules and names are reasons, `{ key, params }`: a message key of the app’s sizingReasons messages and its figures, to be put into words in any language. For CommCare: a service’s `reason` and `name`, the tier’s `why` and `name` (the English text is kept beside the tier, `reason` and `label`, the assumptions and the services, `label`). For DHIS2: each component’s name and rule, the memory split, clustering, environments, backups, upgrades, PostgreSQL settings and the inputs defaulted. The texts of the reference data (DHIS2’s assumptions, tier names and software remarks; CommCare’s citation and the sources of the calculator’s defaults; a pasted configuration’s title and the figures quoted from it, its own comments as written) follow the request’s language (the signed-in person’s, the `hr_locale` cookie, else Accept-Language: en, fr or pt).',
              content: { 'application/json': { schema: z.union([z.object({ platform: z.enum(['commcare', 'dhis2']) }).loose(), ZResourceModelSizing]) } },
            },
            '400': { description: 'Invalid input, with errors per field (for a configuration, per YAML path and line).', content: { 'application/json': { schema: ZError } } },
            '413': { description: 'The request body is too large.', content: { 'application/json': { schema: ZError } } },
          },
        },
      },
      '/api/v1/assessments': {
        get: authed('assessment.read', {
          summary: 'The organisation’s assessments, most recently changed first; archived ones are left out.',
          responses: { '200': json('The assessments.', ZAssessmentList, ASSESSMENT_LIST_EXAMPLE) },
        }),
      },
      '/api/v1/assessments/{assessmentId}': {
        get: authed('assessment.read', {
          summary: 'One assessment’s status and gating: each platform’s phases, whether each is locked and why, and every checkpoint’s state.',
          requestParams: { path: ZAssessmentPath },
          responses: { '200': json('The status.', ZAssessmentStatus, ASSESSMENT_STATUS_EXAMPLE) },
        }),
      },
      '/api/v1/review-queue': {
        get: authed('review.queue', {
          summary: 'Checkpoints waiting for review across the organisation’s assessments (archived ones left out), oldest first, with their evidence.',
          responses: { '200': json('The queue.', ZReviewQueue, REVIEW_QUEUE_EXAMPLE) },
        }),
      },
      '/api/v1/templates': {
        post: authed('template.manage', {
          summary: 'Save a questionnaire template your organisation authored (another platform, or one adapted to your country). Each version is stored once; a change needs a higher version.',
          requestBody: { content: { 'application/json': { schema: ZTemplate } } },
          responses: {
            '201': { description: 'Saved as a new version.' },
            '200': { description: 'This exact version was already saved; nothing changed.' },
            '409': { description: 'That version is already saved with other content.', content: { 'application/json': { schema: ZError } } },
            '413': { description: 'Larger than 1 MB.', content: { 'application/json': { schema: ZError } } },
            '422': { description: 'Not a valid template: `details.problems` lists each problem with its place, in words.', content: { 'application/json': { schema: ZError } } },
          },
        }),
      },
      '/api/v1/templates/schema.json': {
        get: { summary: 'The questionnaire template format as JSON Schema, generated from the schema uploads are validated with.', responses: { '200': { description: 'JSON Schema (draft 2020-12).' } } },
      },
      '/api/v1/assessments/import': {
        post: authed('assessment.import', {
          summary: 'Create an assessment from an exported file; it is held to the same rules as the app.',
          requestBody: { content: { 'application/json': { schema: ZAssessmentExport } } },
          responses: { '201': { description: 'The new assessment, with every answer not imported and every checkpoint not taken over as it was.' }, '422': { description: 'The file does not fit.', content: { 'application/json': { schema: ZError } } } },
        }),
      },
      '/api/v1/assessments/{assessmentId}/answers': {
        put: authed('answer.write', {
          summary: 'Save one answer, given the version you saw.',
          requestParams: { path: ZAssessmentPath },
          requestBody: { content: { 'application/json': { schema: ZSaveAnswer.omit({ assessmentId: true }), example: SAVE_ANSWER_EXAMPLE } } },
          responses: { '200': { description: 'Saved, with its new version.' }, '409': { description: 'Someone saved a newer version, or the phase is locked.', content: { 'application/json': { schema: ZError } } } },
        }),
      },
      '/api/v1/assessments/{assessmentId}/evidence': {
        post: authed('evidence.write', {
          summary: 'Attach a file to a checkpoint as evidence (PDF, PNG, JPEG, DOCX, XLSX, ODT, CSV or plain text; the kind is decided from the bytes).',
          requestParams: { path: ZAssessmentPath },
          requestBody: { content: { 'multipart/form-data': { schema: z.object({ checkpointId: z.string().meta({ example: 'commcare.p1.s2.cp-sized' }), file: z.string().meta({ format: 'binary' }) }) } } },
          responses: {
            '201': { description: 'Attached: the file name kept, its size and SHA-256, and whether the checkpoint was re-opened.' },
            '409': { description: 'The phase is locked.', content: { 'application/json': { schema: ZError } } },
            '413': { description: 'The file is larger than the limit (20 MB by default), or the organisation’s space is full.', content: { 'application/json': { schema: ZError } } },
            '422': { description: 'Not an accepted kind of file, a damaged or zip-bomb office file, or an unknown checkpoint.', content: { 'application/json': { schema: ZError } } },
          },
        }),
      },
      '/api/v1/assessments/{assessmentId}/evidence/{fileId}': {
        get: authed('assessment.read', {
          summary: 'Download an evidence file, always as an attachment with the type decided at upload.',
          requestParams: { path: ZAssessmentPath.extend({ fileId: z.uuid() }) },
          responses: { '200': file('The file, byte for byte as attached.', 'application/octet-stream') },
        }),
        delete: authed('evidence.write', {
          summary: 'Remove an evidence file; a submitted or approved checkpoint is re-opened.',
          requestParams: { path: ZAssessmentPath.extend({ fileId: z.uuid() }) },
          responses: { '200': { description: 'Removed.' }, '409': { description: 'The phase is locked.', content: { 'application/json': { schema: ZError } } } },
        }),
      },
      '/api/v1/assessments/{assessmentId}/export': {
        get: authed('assessment.export', { summary: 'The assessment as a file to import elsewhere.', requestParams: { path: ZAssessmentPath }, responses: { '200': { description: 'The export.' } } }),
      },
      '/api/v1/assessments/{assessmentId}/report': {
        get: authed('outputs.read', { summary: 'Sizing, skills gap, budget, missing answers, team and overrides.', requestParams: { path: ZAssessmentPath }, responses: { '200': { description: 'The report.' } } }),
      },
      '/api/v1/assessments/{assessmentId}/report/{file}': {
        get: authed('outputs.read', {
          summary: 'One table of the report as CSV or Excel.',
          requestParams: { path: ZAssessmentPath.extend({ file: z.enum(['sizing.csv', 'sizing.xlsx', 'skills-gap.csv', 'skills-gap.xlsx', 'budget.csv', 'budget.xlsx']) }) },
          responses: { '200': file('The table.', 'text/csv') },
        }),
      },
      '/api/v1/assessments/{assessmentId}/sizing-config': {
        get: authed('outputs.read', {
          summary: "The CommCare configuration (commcare-resource-model YAML) the assessment's sizing uses; uploading it again gives the same figures.",
          requestParams: { path: ZAssessmentPath, query: z.object({ version: z.number().int().min(1).optional().meta({ description: 'An earlier saved version; the one in use when absent.' }) }) },
          responses: { '200': file('The configuration.', 'application/yaml'), '400': { description: 'The version is not a whole number from 1.', content: { 'application/json': { schema: ZError } } } },
        }),
      },
      '/api/v1/assessments/{assessmentId}/report.pdf': {
        get: authed('outputs.read', { summary: 'The report as PDF.', requestParams: { path: ZAssessmentPath }, responses: { '200': file('The report.', 'application/pdf') } }),
      },
      '/api/v1/assessments/{assessmentId}/milestones/compare.pdf': {
        get: authed('assessment.read', {
          summary: 'Two moments of the assessment compared, as PDF: answers changed, checkpoints moved, evidence, sizing and budget deltas.',
          requestParams: {
            path: ZAssessmentPath,
            query: z.object({
              from: z.string().meta({ description: 'A milestone id, or "now".', example: 'now' }),
              to: z.string().optional().meta({ description: 'A milestone id, or "now" (the default).', example: 'now' }),
            }),
          },
          responses: { '200': file('The comparison.', 'application/pdf') },
        }),
      },
      '/api/v1/assessments/{assessmentId}/rfp/{file}': {
        get: authed('rfp.read', {
          summary: 'The RFP: the current draft, or an issued version byte for byte.',
          requestParams: { path: ZAssessmentPath.extend({ file: z.string().regex(/^(draft|v\d+)\.(pdf|docx)$/).meta({ example: 'draft.pdf' }) }) },
          responses: { '200': file('The document.', 'application/pdf') },
        }),
      },
    },
  });
  return cached;
}
