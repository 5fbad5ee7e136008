import rateCardJson from '@/content/rate-cards/default.json';
import catalogueJson from '@/content/skills/catalogue.json';
import { loadTemplates } from '@/lib/content/load-templates';
import { localizeTemplate } from '@/lib/content/localize-template';
import type { TLocale } from '@/lib/domain/locale';
import { COMMCARE_SIZING, DHIS2_SIZING } from '@/lib/content/sizing-reference';
import { calculateBudget } from '@/lib/domain/budget';
import { calculateCommCareSizing } from '@/lib/domain/commcare-sizing';
import { calculateDhis2Sizing } from '@/lib/domain/dhis2-sizing';
import type { TDocCheckpoint } from '@/lib/domain/documents/assessment-blocks';
import type { TPlatform, TRfpModelInput } from '@/lib/domain/documents/build-rfp-model';
import { ZRateCard } from '@/lib/domain/rate-card';
import { calculateSkillsGap, ZSkillsCatalogue } from '@/lib/domain/skills-gap';
import { ZCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import { ZDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';

/**
 * A complete synthetic assessment (São Tomé e Príncipe, CommCare and DHIS2) with every engine run
 * for real: for the document tests, the benchmark and previews. Not used by the app's routes.
 */

export const SAMPLE_CLIENT = 'Ministère de la Santé — São Tomé e Príncipe';

const STATUSES: TDocCheckpoint['status'][] = ['approved', 'approved', 'submitted', 'changes_requested', 'open'];

/** `locale` gives the questionnaire's text (checkpoints, phases, questions) in that language, as the app loads it for a document. */
export function sampleRfpInput(platforms: TPlatform[] = ['commcare', 'dhis2'], locale: TLocale = 'en'): TRfpModelInput {
  const templates = loadTemplates()
    .filter((t) => (platforms as string[]).includes(t.key))
    .map((t) => localizeTemplate(t, locale));
  const answers: Record<string, unknown> = {
    'commcare.p1.s1-2.mobile-users': 4_200,
    'commcare.p1.s1-2.forms-per-user-month': 60,
    'commcare.p1.s1-2.cases-per-user-month': 12,
    'commcare.p1.s1-2.case-updates-per-user-month': 40,
    'commcare.p1.s1-2.attachment-kb-per-form': 150,
    'commcare.p1.s1-2.existing-forms': 2_500_000,
    'commcare.p1.s1-2.user-growth': [{ date: '2028-01-01', users: 6_000 }],
    'commcare.p1.s1-1.mobile-apps': [{ name: 'Saúde Comunitária', releasedVersion: '42', users: 4_200 }],
    'commcare.p1.s1-1.integrations': [{ name: 'DHIS2 HMIS', direction: 'outbound', notes: 'Relatórios mensais agregados' }],
    'commcare.p2.s2-2.hosting-option': 'national-data-centre',
    'commcare.p2.s2-3.msp-model': 'mixed',
    'commcare.p2.s2-3.devops-engineers': 2,
    'dhis2.p1.s1-1.systems': [
      { name: 'HMIS', kind: 'aggregate', users: 1_500, concurrentUsers: 150, dataValuesPerYear: 20_000_000 },
      { name: 'Tracker VIH', kind: 'tracker', users: 600, trackedEntities: 80_000, eventsPerYear: 400_000 },
    ],
    'dhis2.p1.s1-1.availability': '24x7',
    'dhis2.p2.s2-1.hosting-option': 'national-data-centre',
  };
  const commcare = platforms.includes('commcare')
    ? calculateCommCareSizing(
        ZCommCareSizingInput.parse({ users: 4_200, growth: [{ date: '2028-01-01', users: 6_000 }], startDate: '2027-01-01', formsPerUserPerMonth: 60, casesPerUserPerMonth: 12, caseUpdatesPerUserPerMonth: 40, attachmentKbPerForm: 150, existingForms: 2_500_000 }),
        COMMCARE_SIZING,
      )
    : undefined;
  const dhis2 = platforms.includes('dhis2') ? calculateDhis2Sizing(ZDhis2SizingInput.parse({ systems: answers['dhis2.p1.s1-1.systems'] }), DHIS2_SIZING) : undefined;
  const skills = calculateSkillsGap(
    {
      platforms,
      scale: {
        ...(commcare ? { commcareTier: commcare.tier.tier } : {}),
        ...(dhis2 ? { dhis2Systems: dhis2.systems.length, dhis2Clustered: dhis2.systems.some((s) => s.clustered.isClustered), dhis2Isolation: dhis2.systems.every((s) => s.isolation.level === 'boombox') ? 'boombox' : 'separate' } : {}),
      },
      team: [
        { name: 'João Conceição', role: 'Administrador de sistemas', engagement: 'in-house', fte: 1, levels: { 'dhis2.ubuntu-linux': 3, 'dhis2.postgresql': 2, 'commcare.deploys': 1 } },
        { name: 'Inês Trovoada', role: 'DevOps', engagement: 'contractor', fte: 0.5, levels: { 'dhis2.tomcat': 2, 'commcare.provisioning-ansible': 2 } },
      ],
    },
    ZSkillsCatalogue.parse(catalogueJson),
  );
  const footprints = [...(commcare ? [commcare.footprint] : []), ...(dhis2 ? dhis2.footprints : [])];
  const budget = calculateBudget({ footprints, personnel: { fteNeeded: skills.fte.needed, trainingPeople: 4 }, users: 6_000 }, ZRateCard.parse(rateCardJson));

  let i = 0;
  const checkpoints: TDocCheckpoint[] = templates.flatMap((t) =>
    t.phases.flatMap((p) =>
      p.sections.flatMap((s) =>
        s.checkpoints.map((c) => {
          const status = STATUSES[i++ % STATUSES.length];
          const reviewed = status === 'approved' || status === 'changes_requested';
          return { checkpointId: c.id, label: c.label, phaseId: p.id, phaseTitle: `${t.key === 'commcare' ? 'CommCare' : 'DHIS2'} ${p.number}. ${p.title}`, status, notApplicable: s.optional, ...(reviewed ? { reviewerName: 'Adérito Ceita', reviewedAt: '2027-02-15T10:00:00.000Z' } : {}) };
        }),
      ),
    ),
  );

  return {
    assessment: { id: '00000000-0000-4000-8000-000000000001', name: 'Transição 2027', country: 'São Tomé e Príncipe', organizationName: SAMPLE_CLIENT },
    platforms,
    details: {
      clientName: SAMPLE_CLIENT,
      saasDescription: 'The Ministry runs CommCare on Dimagi’s CommCare Cloud (www.commcarehq.org) and DHIS2 on a provider-hosted server since 2019.',
      hostingQuotes: 3,
      periodOfPerformance: '6 months',
      submissionEmail: 'aquisicoes@ms.gov.st',
      submissionDeadline: '2027-04-30',
      contacts: [
        { name: 'Adérito Ceita', role: 'Director de Informação Sanitária', email: 'aderito.ceita@ms.gov.st', phone: '+239 222 0000' },
        { name: 'María José Núñez', role: 'Consultora', email: 'mj.nunez@example.org', phone: '' },
      ],
    },
    answers,
    templates,
    checkpoints,
    sizing: { ...(commcare ? { commcare } : {}), ...(dhis2 ? { dhis2 } : {}) },
    skills,
    budget,
    generatedAt: '2027-03-12T09:30:00.000Z',
  };
}
