import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import { ZAssessmentExport } from '@/lib/schemas/assessment-export';
import { ZSaveAnswer } from '@/lib/schemas/save-answer';
import { ZSizingRequest } from '@/lib/schemas/sizing';
import { TOKEN_SCOPE_LABELS, TOKEN_SCOPES, type TTokenScope } from '@/lib/auth/permissions';

/**
 * The OpenAPI 3.1 description of /api, generated from the zod schemas the routes parse with, so it
 * cannot drift from them. Each operation names the permission it needs; a token also needs a
 * scope that covers it. Examples are checked against their schemas by a test.
 */
const ZAssessmentPath = z.object({ assessmentId: z.uuid().meta({ description: 'The assessment, as in its page address.' }) });
const ZError = z.object({ error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }).meta({ id: 'Error' });

export const SIZING_EXAMPLE = { platform: 'commcare', users: 2500, formsPerUserPerMonth: 120, growth: [{ date: '2028-01-01', users: 6000 }] };
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
          requestBody: { content: { 'application/json': { schema: ZSizingRequest, example: SIZING_EXAMPLE } } },
          responses: { '200': { description: 'Tiers, servers, storage, settings and their sources.' }, '400': { description: 'Invalid input, with errors per field.', content: { 'application/json': { schema: ZError } } } },
        },
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
      '/api/v1/assessments/{assessmentId}/report.pdf': {
        get: authed('outputs.read', { summary: 'The report as PDF.', requestParams: { path: ZAssessmentPath }, responses: { '200': file('The report.', 'application/pdf') } }),
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
