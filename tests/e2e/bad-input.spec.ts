import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { apiRoutes, otherOrganisationAdmin } from './api-sessions';
import { dbFingerprint } from './db-fingerprint';
import { signedIn } from './helpers';
import { withValue } from '../fixtures/with-value';
import { RESOURCE_MODEL_SIZING_EXAMPLE } from '../../lib/api/openapi';
import { HTML_AS_PDF, SVG_WITH_SCRIPT, oversizedPdfBytes, pdfBytes, zipBombDocxBytes } from '../fixtures/evidence-files';

/**
 * Hostile input against every API route, as an administrator of the assessment's organisation
 * (so a refusal is about the input, never the role): each answer is a 4xx with a JSON `error`
 * sentence and nothing of our internals, and the database is byte for byte unchanged.
 */
const CORPUS: { label: string; value: unknown; text?: boolean }[] = [
  { label: 'HTML/script', value: '<script>alert(1)</script>', text: true },
  { label: 'SQL', value: `'; DROP TABLE "Answer"; --`, text: true },
  { label: 'unicode, emoji and RTL', value: 'Ñandú 🏥 مرحبا שלום \u202Egnp.exe', text: true },
  { label: 'NaN as text', value: 'NaN', text: true },
  { label: 'Infinity as text', value: 'Infinity', text: true },
  { label: 'NUL character', value: 'a\u0000b' },
  { label: 'huge number', value: 1e308 },
  { label: 'beyond safe integers', value: 2 ** 53 + 2 },
  { label: 'negative number', value: -1 },
  { label: 'fraction', value: 0.5 },
  { label: 'boolean', value: true },
  { label: 'null', value: null },
  { label: 'array', value: ['x'] },
  { label: 'object', value: { $gt: '' } },
  { label: 'unknown uuid', value: randomUUID(), text: true },
  { label: 'not a uuid', value: 'not-a-uuid', text: true },
];
const BAD_IDS = [randomUUID(), 'not-a-uuid', `' OR '1'='1`, '00000000-0000-0000-0000-000000000000; DROP TABLE "Answer"', '%F0%9F%8F%A5', 'x'.repeat(300)];

type TRefusal = { error: string; details?: { problems?: unknown[] } };

async function expectClearRefusal(response: APIResponse, where: string): Promise<TRefusal> {
  const text = await response.text();
  expect(response.status(), `${where}: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(response.status(), `${where}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(response.headers()['content-type'], where).toContain('application/json');
  const body = JSON.parse(text);
  expect(typeof body.error, where).toBe('string');
  expect(body.error.length, where).toBeGreaterThan(5);
  expect(text, where).not.toMatch(/prisma|\bat \/|\\n\s+at |invalid input syntax|SQLSTATE|TypeError|RangeError/i);
  return body;
}

/** A small valid commcare-resource-model configuration and a billion-laughs YAML. */
const CONFIG = RESOURCE_MODEL_SIZING_EXAMPLE.resourceModelConfig;
const YAML_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

// A fresh connection per request (see api-matrix.spec.ts).
const FRESH = { connection: 'close' };

let admin: APIRequestContext;
/** Imports that legitimately succeed land in the consultancy, not in the demo ministry's review queue. */
let consultancyAdmin: APIRequestContext;
let copyId: string;
let exportBody: Record<string, unknown>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  const page = await signedIn(browser, 'admin');
  admin = page.request;
  const href = await page.getByRole('link', { name: /^Transition de l/ }).first().getAttribute('href');
  const demoId = /\/assessments\/([0-9a-f-]{36})$/.exec(href ?? '')![1];
  exportBody = await (await admin.get(`/api/v1/assessments/${demoId}/export`)).json();
  const copy = await admin.post('/api/v1/assessments/import', { data: exportBody });
  expect(copy.status()).toBe(201);
  copyId = (await copy.json()).id;
  consultancyAdmin = (await otherOrganisationAdmin(browser)).request;
});

type TCase = {
  label: string;
  send: () => Promise<APIResponse>;
  mayPass?: boolean;
  onPass?: (response: APIResponse) => Promise<void>;
  /** The status a refusal must have, when the test names one. */
  status?: number;
  /** More checks of a refusal's body (each request is sent once, and its one answer checked for everything). */
  onRefusal?: (status: number, body: TRefusal) => void;
};

/** Sends each case; refused ones must leave the database as it was, accepted ones only where text is legitimate (and pass `onPass`). */
async function run(cases: TCase[]) {
  let before = await dbFingerprint();
  for (const c of cases) {
    const response = await c.send();
    if (response.ok() && c.mayPass) {
      await c.onPass?.(response);
      before = await dbFingerprint();
      continue;
    }
    const body = await expectClearRefusal(response, c.label);
    if (c.status !== undefined) expect(response.status(), c.label).toBe(c.status);
    c.onRefusal?.(response.status(), body);
    expect(await dbFingerprint(), `${c.label} changed the database`).toEqual(before);
  }
}

test('the corpus covers every state-changing API route', () => {
  const writes = apiRoutes().filter((r) => !r.startsWith('GET '));
  expect(writes).toEqual([
    'DELETE /api/v1/assessments/[assessmentId]/evidence/[fileId]',
    'POST /api/v1/assessments/[assessmentId]/evidence',
    'POST /api/v1/assessments/import',
    'POST /api/v1/sizing',
    'POST /api/v1/templates',
    'PUT /api/v1/assessments/[assessmentId]/answers',
  ]);
});

test('POST evidence: a 21 MB file, an HTML page renamed .pdf, an SVG with script, a zip-bomb-like DOCX, hostile fields and ids', async () => {
  test.setTimeout(240_000);
  const checkpointId = 'commcare.p1.s1-1.cp-architecture';
  type TFile = { name: string; mimeType: string; buffer: Buffer };
  const post = (multipart: Record<string, string | TFile>, id = copyId) => () => admin.fetch(`/api/v1/assessments/${encodeURIComponent(id)}/evidence`, { method: 'POST', multipart, headers: FRESH });
  const file = (name: string, buffer: Buffer, mimeType = 'application/pdf'): TFile => ({ name, mimeType, buffer });
  const valid = { checkpointId, file: file('contract.pdf', pdfBytes()) };
  await run([
    { label: 'a 21 MB file', send: post({ checkpointId, file: file('contract.pdf', oversizedPdfBytes(21)) }) },
    { label: 'an HTML page renamed .pdf', send: post({ checkpointId, file: file('contract.pdf', HTML_AS_PDF) }) },
    { label: 'an SVG with script', send: post({ checkpointId, file: file('diagram.svg', SVG_WITH_SCRIPT, 'image/svg+xml') }) },
    { label: 'an SVG with script renamed .png', send: post({ checkpointId, file: file('diagram.png', SVG_WITH_SCRIPT, 'image/png') }) },
    { label: 'a zip-bomb-like DOCX', send: post({ checkpointId, file: file('contract.docx', zipBombDocxBytes(150), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') }) },
    { label: 'text with NUL bytes', send: post({ checkpointId, file: file('notes.txt', Buffer.from('a\u0000b'), 'text/plain') }) },
    { label: 'an empty file', send: post({ checkpointId, file: file('empty.pdf', Buffer.alloc(0)) }) },
    { label: 'no file', send: post({ checkpointId }) },
    { label: 'the file as a text field', send: post({ checkpointId, file: '%PDF-1.4' }) },
    { label: 'no checkpoint', send: post({ file: valid.file }) },
    { label: 'JSON instead of a form', send: () => admin.fetch(`/api/v1/assessments/${copyId}/evidence`, { method: 'POST', data: { checkpointId, file: 'x' }, headers: FRESH }) },
    { label: 'a locked phase’s checkpoint', send: post({ checkpointId: 'commcare.p4.s4-1.cp-load-tested', file: valid.file }) },
    ...CORPUS.filter((c) => typeof c.value === 'string').map((c) => ({ label: `checkpointId = ${c.label}`, send: post({ checkpointId: c.value as string, file: valid.file }) })),
    // A hostile file name is cleaned, not refused: the PDF is attached under a harmless name.
    ...CORPUS.filter((c) => c.text).map((c) => ({
      label: `file name = ${c.label}`,
      send: post({ checkpointId, file: file(`${c.value as string}.pdf`, pdfBytes()) }),
      mayPass: true,
      onPass: async (response: APIResponse) => expect((await response.json()).fileName).toMatch(/^[^<>"\\/\u0000-\u001f]+\.pdf$/),
    })),
    ...BAD_IDS.map((id) => ({ label: `assessment id ${id.slice(0, 40)}`, send: post(valid, id) })),
  ]);
});

test('DELETE evidence: unknown, malformed and SQL-looking ids are "not found"', async () => {
  test.setTimeout(120_000);
  const del = (assessmentId: string, fileId: string) => () => admin.fetch(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence/${encodeURIComponent(fileId)}`, { method: 'DELETE', headers: FRESH });
  await run([
    ...BAD_IDS.map((id) => ({ label: `file id ${id.slice(0, 40)}`, send: del(copyId, id), status: 404 })),
    ...BAD_IDS.map((id) => ({ label: `assessment id ${id.slice(0, 40)}`, send: del(id, randomUUID()), status: 404 })),
  ]);
});

test('PUT answers: wrong bodies, hostile values, oversized, unknown and malformed ids', async () => {
  test.setTimeout(180_000);
  const current = await (await admin.get(`/api/v1/assessments/${copyId}/export`)).json();
  const question = 'commcare.p1.s1-2.mobile-users';
  const version = (current.answers as { questionId: string; version: number }[]).find((a) => a.questionId === question)?.version ?? 0;
  const valid = { questionId: question, value: 2600, expectedVersion: version };
  const url = (id = copyId) => `/api/v1/assessments/${encodeURIComponent(id)}/answers`;
  const put = (data: unknown, id?: string, headers: Record<string, string> = {}) => () => admin.fetch(url(id), { method: 'PUT', data: data as string, headers: { ...FRESH, ...headers } });
  await run([
    { label: 'not JSON', send: put('{"questionId": ', undefined, { 'content-type': 'application/json' }) },
    { label: 'empty body', send: put('', undefined, { 'content-type': 'application/json' }) },
    { label: 'over the 128 KB cap', send: put({ ...valid, value: 'x'.repeat(200 * 1024) }) },
    ...[null, 42, 'text', [], {}, [valid], { ...valid, isAdmin: true }].map((body) => ({ label: `body ${JSON.stringify(body).slice(0, 40)}`, send: put(JSON.stringify(body), undefined, { 'content-type': 'application/json' }) })),
    // null clears an answer: the one legitimate value here.
    ...Object.keys(valid).flatMap((field) => CORPUS.map((c) => ({ label: `${field} = ${c.label}`, send: put(withValue(valid, field, c.value)), mayPass: field === 'value' && c.value === null }))),
    ...BAD_IDS.map((id) => ({ label: `assessment id ${id.slice(0, 40)}`, send: put(valid, id) })),
    { label: 'another field smuggling the assessment id', send: put({ ...valid, assessmentId: randomUUID() }) },
  ]);
});

test('POST import (as the consultancy’s admin): wrong bodies, hostile values in every part of the file, oversized', async () => {
  test.setTimeout(240_000);
  const post = (data: unknown, headers: Record<string, string> = {}) => () => consultancyAdmin.fetch('/api/v1/assessments/import', { method: 'POST', data: data as string, headers: { ...FRESH, ...headers } });
  const answers = exportBody.answers as unknown[];
  const paths = [...Object.keys(exportBody), 'assessment.name', 'assessment.country', 'templates.0', 'templates.0.version', 'templates.0.key', 'answers.0', 'answers.0.questionId', 'answers.0.value', 'checkpoints.0.status', 'checkpoints.0.checkpointId'];
  // The first answer of the demo export is a free-text one (null clears it); exportedAt is informational text.
  const freeText = ['assessment.name', 'assessment.country', 'exportedAt', 'answers.0.value'];
  // A value that does not fit its question does not sink the import: the file comes in without it, and the response says why.
  const firstQuestion = (answers[0] as { questionId: string }).questionId;
  const answerTakenOrListed = (c: (typeof CORPUS)[number]) => async (response: APIResponse) => {
    const refused = ((await response.json()).answers.refused as { questionId: string; reason: string }[]).find((r) => r.questionId === firstQuestion);
    expect(refused === undefined, `answers.0.value = ${c.label}: ${refused?.reason}`).toBe(!!c.text || c.value === null);
    if (refused) expect(refused.reason).toMatch(/^That answer does not fit the question: [A-Z]/);
  };
  await run([
    { label: 'not JSON', send: post('not json at all', { 'content-type': 'application/json' }) },
    { label: 'over the 5 MB cap', send: post({ ...exportBody, padding: 'x'.repeat(5 * 1024 * 1024 + 10) }) },
    { label: 'a huge answer list', send: post({ ...exportBody, answers: Array.from({ length: 20_000 }, () => answers[0]) }) },
    ...[null, 42, 'text', [], {}, [exportBody], { ...exportBody, isAdmin: true }].map((body) => ({ label: `body ${JSON.stringify(body).slice(0, 40)}`, send: post(JSON.stringify(body), { 'content-type': 'application/json' }) })),
    ...paths.flatMap((path) =>
      CORPUS.map((c) => ({
        label: `${path} = ${c.label}`,
        send: post(withValue(exportBody, path, c.value)),
        mayPass: (!!c.text && freeText.includes(path)) || path === 'answers.0.value',
        onPass: path === 'answers.0.value' ? answerTakenOrListed(c) : undefined,
      })),
    ),
  ]);
});

test('POST templates (as the consultancy’s admin): a 10 MB template, duplicate ids, deep nesting, hostile values in every part; each problem in words', async () => {
  test.setTimeout(180_000);
  const template = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/openmrs-template.json'), 'utf8'));
  template.key = template.platform = 'badinput';
  const text = JSON.stringify(template).replaceAll('"openmrs.', '"badinput.');
  const valid = JSON.parse(text);
  const post = (data: unknown, headers: Record<string, string> = {}) => () => consultancyAdmin.fetch('/api/v1/templates', { method: 'POST', data: data as string, headers: { ...FRESH, 'content-type': 'application/json', ...headers } });
  const duplicate = structuredClone(valid);
  duplicate.phases[1].sections[0].questions[1].id = duplicate.phases[1].sections[0].questions[0].id;
  const paths = ['key', 'version', 'platform', 'title', 'phases', 'phases.0', 'phases.0.number', 'phases.0.sections.0.number', 'phases.0.sections.0.questions.0.id', 'phases.0.sections.0.questions.0.kind', 'phases.0.sections.0.questions.0.label', 'phases.0.sections.0.checkpoints.0.evidence.0'];
  // Each problem in words: a refusal for the template's content (422) lists them.
  const problemsListed = (label: string) => (status: number, body: TRefusal) => {
    if (status === 422) expect(body.details?.problems?.length ?? 0, `${label}: ${body.error}`).toBeGreaterThan(0);
  };
  const cases: TCase[] = [
    { label: 'not JSON', send: post('{"key": ') },
    { label: 'a 10 MB template', send: post(JSON.stringify({ ...valid, source: 'x'.repeat(10 * 1024 * 1024) })) },
    { label: 'duplicate ids', send: post(JSON.stringify(duplicate)) },
    { label: 'a deeply nested JSON', send: post(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) },
    ...[null, 42, 'text', [], {}].map((body) => ({ label: `body ${JSON.stringify(body)}`, send: post(JSON.stringify(body)) })),
    // Text is legitimate in titles and labels: such a template is saved (a new version is then needed for the next one).
    ...paths.flatMap((p) => CORPUS.filter((c) => !(c.text && ['title', 'phases.0.sections.0.questions.0.label', 'phases.0.sections.0.number'].includes(p))).map((c) => ({ label: `${p} = ${c.label}`, send: post(JSON.stringify(withValue(valid, p, c.value))) }))),
  ];
  await run(cases.map((c) => (c.label.startsWith('a 10 MB') ? c : { ...c, onRefusal: problemsListed(c.label) })));
});

test('POST sizing (public, stores nothing): wrong bodies and hostile values get a 4xx', async ({ request }) => {
  test.setTimeout(300_000); // many bodies, on a shared machine
  const post = (data: unknown, headers: Record<string, string> = {}) => () => request.fetch('/api/v1/sizing', { method: 'POST', data: data as string, headers: { ...FRESH, ...headers } });
  const commcare = { platform: 'commcare', users: 2500, formsPerUserPerMonth: 120, growth: [{ date: '2028-01-01', users: 6000 }] };
  const dhis2 = { platform: 'dhis2', systems: [{ name: 'HMIS', kind: 'aggregate', users: 3000 }] };
  const paths = { commcare: ['platform', 'users', 'formsPerUserPerMonth', 'growth', 'growth.0.date', 'growth.0.users'], dhis2: ['systems', 'systems.0.kind', 'systems.0.users'] };
  await run([
    { label: 'not JSON', send: post('{', { 'content-type': 'application/json' }) },
    { label: 'over the 64 KB cap', send: post({ ...commcare, padding: 'x'.repeat(70 * 1024) }) },
    ...[null, 42, 'text', [], {}].map((body) => ({ label: `body ${JSON.stringify(body)}`, send: post(JSON.stringify(body), { 'content-type': 'application/json' }) })),
    ...paths.commcare.flatMap((path) => CORPUS.filter((c) => !(path === 'formsPerUserPerMonth' && c.label === 'fraction')).map((c) => ({ label: `commcare ${path} = ${c.label}`, send: post(withValue(commcare, path, c.value)) }))),
    ...paths.dhis2.flatMap((path) => CORPUS.map((c) => ({ label: `dhis2 ${path} = ${c.label}`, send: post(withValue(dhis2, path, c.value)) }))),
    // A commcare-resource-model configuration: the corpus as the whole text and in a field, a YAML
    // bomb, an oversized text, an unknown option and a platform it cannot size.
    ...CORPUS.map((c) => ({ label: `resourceModelConfig = ${c.label}`, send: post({ platform: 'commcare', resourceModelConfig: c.value }) })),
    ...CORPUS.filter((c) => typeof c.value !== 'number').map((c) => ({ label: `resourceModelConfig factor = ${c.label}`, send: post({ platform: 'commcare', resourceModelConfig: CONFIG.replace('factor: 300', `factor: ${JSON.stringify(c.value)}`) }) })),
    { label: 'resourceModelConfig factor = huge number', send: post({ platform: 'commcare', resourceModelConfig: CONFIG.replace('factor: 300', 'factor: 1e308') }) },
    { label: 'resourceModelConfig YAML bomb', send: post({ platform: 'commcare', resourceModelConfig: `${YAML_BOMB}\n${CONFIG}` }) },
    { label: 'resourceModelConfig over 256 KB', send: post({ platform: 'commcare', resourceModelConfig: `${CONFIG}${'#'.repeat(260 * 1024)}` }) },
    { label: 'resourceModelConfig unknown option', send: post({ platform: 'commcare', resourceModelConfig: CONFIG.replace('static_number: 1', 'static_number: 1\n    autoscale: true') }) },
    { label: 'resourceModelConfig for dhis2', send: post({ platform: 'dhis2', resourceModelConfig: CONFIG }) },
    // The calculator's input with a configuration: the assessment's checks (what the calculator needs of it) and caps.
    { label: 'users with a configuration the calculator cannot use', send: post({ platform: 'commcare', users: 2500, resourceModelConfig: CONFIG }) },
    { label: 'users with a configuration over 256 KB', send: post({ platform: 'commcare', users: 2500, resourceModelConfig: `${CONFIG}${'#'.repeat(260 * 1024)}` }) },
    ...CORPUS.map((c) => ({ label: `users with resourceModelConfig = ${c.label}`, send: post({ platform: 'commcare', users: 2500, resourceModelConfig: c.value }) })),
  ]);
});

test('GET the CommCare configuration: a version that is not a whole number is refused, an unknown one is "not found"', async () => {
  const url = (v: string) => `/api/v1/assessments/${copyId}/sizing-config?version=${encodeURIComponent(v)}`;
  for (const v of ['0', '-1', '1.5', '1e308', 'abc', `1' OR '1'='1`]) {
    const response = await admin.get(url(v), { headers: FRESH });
    expect(response.status(), v).toBe(400);
    await expectClearRefusal(response, `version ${v}`);
  }
  expect((await admin.get(url('99999'), { headers: FRESH })).status()).toBe(404);
});

test('GET routes: unknown, malformed and SQL-looking ids and file names are "not found"', async () => {
  test.setTimeout(180_000);
  const gets = apiRoutes().filter((r) => r.startsWith('GET /api/v1/assessments/'));
  const files: Record<string, string[]> = {
    'report/[file]': ['sizing.csv', 'nope.csv', '..%2F..%2Fetc%2Fpasswd', 'sizing.csv%00.pdf'],
    'rfp/[file]': ['draft.pdf', 'v1.pdf', 'v99999.docx', 'v0.pdf', 'v1e308.pdf', 'draft.exe'],
    'evidence/[fileId]': [randomUUID(), 'not-a-uuid', '..%2F..%2Fetc%2Fpasswd', `' OR '1'='1`],
  };
  const cases = gets.flatMap((route) => {
    const template = route.replace(/^GET /, '');
    const fileKey = Object.keys(files).find((k) => template.endsWith(k));
    const fileValues = fileKey ? files[fileKey] : [''];
    return BAD_IDS.flatMap((id) => fileValues.map((file) => template.replace('[assessmentId]', encodeURIComponent(id)).replace(/\[file(Id)?\]/, file)))
      .concat(fileKey ? files[fileKey].filter((f) => !['sizing.csv', 'draft.pdf'].includes(f)).map((file) => template.replace('[assessmentId]', copyId).replace(/\[file(Id)?\]/, file)) : [])
      .map((url) => ({ label: `GET ${url.slice(0, 120)}`, send: () => admin.get(url, { maxRedirects: 0, headers: FRESH }), status: 404 }));
  });
  // The milestone comparison's query: unknown, malformed and SQL-looking milestones, and none at all.
  for (const query of [`from=${randomUUID()}`, 'from=not-a-uuid', `from=now&to=${randomUUID()}`, `from=${encodeURIComponent(`' OR '1'='1`)}`, 'from=', '', 'from=now&to=..%2F..%2Fetc']) {
    const url = `/api/v1/assessments/${copyId}/milestones/compare.pdf?${query}`;
    cases.push({ label: `GET ${url}`, send: () => admin.get(url, { maxRedirects: 0, headers: FRESH }), status: 404 });
  }
  await run(cases);
});
