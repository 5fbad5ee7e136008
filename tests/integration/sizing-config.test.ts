import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '@/lib/content/load-templates';
import { syncTemplates } from '@/lib/content/sync-templates';
import { DEFAULT_COMMCARE_CONFIG_TEXT } from '@/lib/content/sizing-reference';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { saveAnswer } from '@/lib/server/assessments/save-answer';
import { listAuditTrail } from '@/lib/server/assessments/audit-trail';
import { buildCurrentRfp } from '@/lib/server/documents/issue-rfp';
import { closeRenderPool } from '@/lib/server/documents/render-pool';
import type { TActor } from '@/lib/server/actor';
import { loadOutputs } from '@/lib/server/outputs/load-outputs';
import { resetSizingConfig, saveSizingConfig } from '@/lib/server/outputs/save-sizing-config';
import { sizingConfigText } from '@/lib/server/outputs/sizing-config';
import { makeOrganization, refusal, testDb, truncateAll } from './helpers';

const MORE = readFileSync(join(process.cwd(), 'tests/fixtures/assessment-config/more-services.yml'), 'utf8');

async function commcareAssessment() {
  const org = await makeOrganization();
  await syncTemplates(testDb(), TEMPLATES_DIR);
  const { id } = await createAssessment(testDb(), org.actors.planner, { name: 'Transition CommCare', country: 'Bénin', platforms: ['commcare'] });
  const answers: Record<string, unknown> = { 'commcare.p1.s1-2.mobile-users': 2500, 'commcare.p1.s1-2.forms-per-user-month': 200, 'commcare.p1.s1-2.hosting-option': undefined };
  for (const [questionId, value] of Object.entries(answers)) if (value !== undefined) await saveAnswer(testDb(), org.actors.planner, { assessmentId: id, questionId, value, expectedVersion: 0 });
  return { ...org, id };
}
const figures = (o: Awaited<ReturnType<typeof loadOutputs>>) => o.sizing.commcare!.services.map((s) => [s.id, s.perPeriod]);
const save = (actor: TActor, assessmentId: string, yaml: string, expectedVersion: number) => saveSizingConfig(testDb(), actor, { assessmentId, yaml, expectedVersion });

afterAll(closeRenderPool);

describe("an assessment's own CommCare configuration", () => {
  beforeEach(truncateAll);

  it('is saved as versions, sizes the outputs, downloads as the text that reproduces them, and resets to the default; audited', async () => {
    const { actors, id } = await commcareAssessment();
    const before = await loadOutputs(testDb(), actors.reviewer, id);
    expect(before.commcareConfig).toMatchObject({ version: 0, isDefault: true, versions: [], text: DEFAULT_COMMCARE_CONFIG_TEXT });
    expect((await sizingConfigText(testDb(), actors.reviewer, id)).text).toBe(DEFAULT_COMMCARE_CONFIG_TEXT);

    expect(await save(actors.consultant, id, MORE, 0)).toEqual({ version: 1 });
    const own = await loadOutputs(testDb(), actors.reviewer, id);
    expect(own.commcareConfig).toMatchObject({ version: 1, isDefault: false, text: MORE });
    expect(own.sizing.commcare!.services.find((s) => s.id === 'es_master')).toMatchObject({ label: 'Elasticsearch master nodes', note: 'a quorum of three master nodes' });
    expect(own.sizing.commcare!.totals.at(-1)!.vms).toBe(before.sizing.commcare!.totals.at(-1)!.vms + 3);

    // Round trip: the downloaded text, saved again, gives identical figures.
    const downloaded = await sizingConfigText(testDb(), actors.reviewer, id);
    expect(downloaded).toEqual({ text: MORE, version: 1 });
    await save(actors.planner, id, downloaded.text, 1);
    const again = await loadOutputs(testDb(), actors.reviewer, id);
    expect(again.commcareConfig.version).toBe(2);
    expect(figures(again)).toEqual(figures(own));
    expect(again.sizing.commcare!.totals).toEqual(own.sizing.commcare!.totals);

    // Stale version: refused, nothing written.
    expect((await refusal(save(actors.consultant, id, MORE, 1))).status).toBe(409);
    expect((await sizingConfigText(testDb(), actors.reviewer, id, 1)).text).toBe(MORE);

    expect(await resetSizingConfig(testDb(), actors.consultant, { assessmentId: id, expectedVersion: 2 })).toEqual({ version: 3 });
    const reset = await loadOutputs(testDb(), actors.reviewer, id);
    expect(reset.commcareConfig).toMatchObject({ version: 3, isDefault: true, text: DEFAULT_COMMCARE_CONFIG_TEXT });
    expect(reset.commcareConfig.versions.map((v) => [v.version, v.isDefault, v.createdBy])).toEqual([
      [3, true, expect.any(String)],
      [2, false, expect.any(String)],
      [1, false, expect.any(String)],
    ]);
    expect(figures(reset)).toEqual(figures(before));

    const trail = await listAuditTrail(testDb(), actors.reviewer, id, { page: 1 });
    const lines = trail.events.filter((e) => e.kind.startsWith('CommCare sizing configuration')).map((e) => [e.kind, e.subject, e.after]);
    expect(lines).toEqual([
      ['CommCare sizing configuration reset to the default', 'CommCare sizing configuration', { kind: 'text', text: 'Version 3. The built-in default configuration' }],
      ['CommCare sizing configuration saved', 'CommCare sizing configuration', { kind: 'text', text: "Version 2. The assessment's own configuration: 17 services, 14 usage fields" }],
      ['CommCare sizing configuration saved', 'CommCare sizing configuration', { kind: 'text', text: "Version 1. The assessment's own configuration: 17 services, 14 usage fields" }],
    ]);
  });

  it('refuses a configuration by YAML path and line, and one the calculator cannot use; nothing is saved', async () => {
    const { actors, id } = await commcareAssessment();
    const bad = await refusal(save(actors.consultant, id, MORE.replace("dependant_field: 'users'\n    factor: 300", "dependant_field: 'userz'\n    factor: 300"), 0));
    expect(bad.status).toBe(422);
    expect(bad.details).toEqual({ yaml: ["usage.forms_monthly.dependant_field (line 24): 'userz' is not a usage field"] });
    const noBlob = await refusal(save(actors.consultant, id, MORE.replace(/\n  riakcs:[\s\S]*?\n\n/, '\n'), 0));
    expect((noBlob.details as { yaml: string[] }).yaml[0]).toMatch(/^services \(line \d+\): needs the service 'riakcs'/);
    const huge = await refusal(save(actors.consultant, id, `${MORE}\n${'# padding\n'.repeat(30_000)}`, 0));
    expect(huge.status).toBe(422);
    expect(await testDb().sizingConfigVersion.count()).toBe(0);
  });

  it('budget and RFP use the configuration: more services change the server lines and the sizing table', async () => {
    const { actors, id } = await commcareAssessment();
    const rfpText = async () => JSON.stringify(await buildCurrentRfp(testDb(), actors.consultant, id));
    const budgetBefore = (await loadOutputs(testDb(), actors.consultant, id)).budget!;
    const rfpBefore = await rfpText();
    expect(rfpBefore).not.toContain('Elasticsearch master nodes');
    await save(actors.consultant, id, MORE, 0);
    const budgetAfter = (await loadOutputs(testDb(), actors.consultant, id)).budget!;
    const line = (b: typeof budgetBefore, option: string, lineId: string) => b.options.find((o) => o.option === option)!.lines.find((l) => l.id === lineId)!.total;
    // Cloud compute is priced per core and GB of RAM: three more VMs cost more; servers bought whole never cost less.
    expect(line(budgetAfter, 'commercial-cloud', 'compute.production')).toBeGreaterThan(line(budgetBefore, 'commercial-cloud', 'compute.production'));
    for (const option of budgetBefore.options.map((o) => o.option)) {
      expect(line(budgetAfter, option, 'compute.production'), option).toBeGreaterThanOrEqual(line(budgetBefore, option, 'compute.production'));
    }
    const rfpAfter = await rfpText();
    expect(rfpAfter).toContain('Elasticsearch master nodes');
  });

  it('another organisation cannot read, download or change it; a reviewer cannot change it', async () => {
    const { actors, id } = await commcareAssessment();
    const other = await makeOrganization();
    expect((await refusal(save(other.actors.consultant, id, MORE, 0))).status).toBe(404);
    expect((await refusal(resetSizingConfig(testDb(), other.actors.consultant, { assessmentId: id, expectedVersion: 0 }))).status).toBe(404);
    expect((await refusal(sizingConfigText(testDb(), other.actors.consultant, id))).status).toBe(404);
    expect((await refusal(save(actors.reviewer, id, MORE, 0))).status).toBe(403);
    expect((await refusal(sizingConfigText(testDb(), actors.reviewer, id, 7))).status).toBe(404);
    expect(await testDb().sizingConfigVersion.count()).toBe(0);
  });
});
