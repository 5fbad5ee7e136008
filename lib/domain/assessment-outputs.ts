import { z } from 'zod';
import { reason, type TReason } from './reason';
import { ZCommCareSizingInput, type TCommCareSizingInput } from '@/lib/schemas/sizing-commcare';
import { ZDhis2SizingInput, type TDhis2SizingInput } from '@/lib/schemas/sizing-dhis2';
import type { TTeam } from '@/lib/schemas/skills';
import { calculateBudget, type TBudgetResult, type TCurrency } from './budget';
import { calculateCommCareSizing, type TCommCareSizingResult } from './commcare-sizing';
import type { TCommCareSizingConstants } from './commcare-sizing-constants';
import { calculateDhis2Sizing, type TDhis2SizingResult } from './dhis2-sizing';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import type { TFootprint } from './footprint';
import { HOSTING_OPTIONS, type THostingOption, type TRateCard, type TRateOverrides } from './rate-card';
import { answerNumber, answerRows } from './documents/answers';
import { calculateSkillsGap, type TSkillsCatalogue, type TSkillsGapResult } from './skills-gap';

/**
 * An assessment's outputs from its answers: the sizing of each platform, the skills gap of the
 * recorded team against that sizing, and the budget of every hosting option from both. Pure: the
 * caller loads the answers, team, settings and reference data. An answer the engines need but
 * that is not given is listed in `missing` with what was done instead (a documented default, or
 * no output at all); nothing is guessed silently.
 */

export type TPlatform = 'commcare' | 'dhis2';

/** The questions the engines read, by platform. */
export const OUTPUT_QUESTIONS = {
  commcare: {
    users: 'commcare.p1.s1-2.mobile-users',
    growth: 'commcare.p1.s1-2.user-growth',
    existingForms: 'commcare.p1.s1-2.existing-forms',
    formsPerUserPerMonth: 'commcare.p1.s1-2.forms-per-user-month',
    casesPerUserPerMonth: 'commcare.p1.s1-2.cases-per-user-month',
    caseUpdatesPerUserPerMonth: 'commcare.p1.s1-2.case-updates-per-user-month',
    attachmentKbPerForm: 'commcare.p1.s1-2.attachment-kb-per-form',
    hostingOption: 'commcare.p2.s2-2.hosting-option',
    devopsEngineers: 'commcare.p2.s2-3.devops-engineers',
  },
  dhis2: {
    systems: 'dhis2.p1.s1-1.systems',
    hostingOption: 'dhis2.p2.s2-1.hosting-option',
  },
} as const;

export type TMissingAnswer = {
  platform: TPlatform;
  questionId: string;
  /** What the outputs did without it (English, for the API and the logs). */
  effect: string;
  /** The same, as a reason people read in their language. */
  why: TReason;
  /** True when an output could not be produced at all without it. */
  isBlocking: boolean;
};

export type TBudgetSettings = { years: number; currency: TCurrency };
export const DEFAULT_BUDGET_SETTINGS: TBudgetSettings = { years: 5, currency: { code: 'USD', exchangeRate: 1, minorDigits: 2 } };

export type TOutputsInput = {
  platforms: TPlatform[];
  answers: Record<string, unknown>;
  team: TTeam;
  settings: TBudgetSettings;
  overrides: TRateOverrides;
};

export type TOutputsReference = {
  commcare: TCommCareSizingConstants;
  dhis2: TDhis2SizingConstants;
  catalogue: TSkillsCatalogue;
  rateCard: TRateCard;
};

export type TAssessmentOutputs = {
  platforms: TPlatform[];
  sizing: { commcare?: TCommCareSizingResult; dhis2?: TDhis2SizingResult };
  /** The engine inputs read from the answers, as sent to the engines. */
  sizingInputs: { commcare?: TCommCareSizingInput; dhis2?: TDhis2SizingInput };
  skills: TSkillsGapResult;
  budget?: TBudgetResult;
  /** Budget context: how many people are trained, how many users a subscription counts. */
  budgetInputs: { fteNeeded: number; trainingPeople: number; users?: number; reasons: TReason[] };
  chosenHostingOption: Partial<Record<TPlatform, THostingOption>>;
  plannedDevopsEngineers?: number;
  missing: TMissingAnswer[];
};

/** A count the engines can use: a finite number, not negative. */
function readNumber(answers: Record<string, unknown>, id: string): number | undefined {
  const n = answerNumber(answers, id);
  return n !== undefined && n >= 0 ? n : undefined;
}

function readHostingOption(answers: Record<string, unknown>, id: string): THostingOption | undefined {
  const parsed = z.enum(HOSTING_OPTIONS).safeParse(answers[id]);
  return parsed.success ? parsed.data : undefined;
}

const DEFAULT_EFFECT = 'not answered: the documented default of the sizing is used (see its inputs and assumptions)';

function commcareInput(answers: Record<string, unknown>, years: number, missing: TMissingAnswer[]): TCommCareSizingInput | undefined {
  const q = OUTPUT_QUESTIONS.commcare;
  const users = readNumber(answers, q.users);
  if (users === undefined || users < 1) {
    missing.push({ platform: 'commcare', questionId: q.users, effect: 'no CommCare sizing, skills tier or budget can be computed without the number of mobile users', why: reason('missingInput.commcareUsers'), isBlocking: true });
    return undefined;
  }
  const growth = answerRows(answers, q.growth)
    .map((row) => ({ date: row.date, users: row.users }))
    .filter((row): row is { date: string; users: number } => typeof row.date === 'string' && typeof row.users === 'number' && row.users >= 1)
    .map((row) => ({ date: row.date, users: Math.round(row.users) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const optional = {
    existingForms: q.existingForms,
    formsPerUserPerMonth: q.formsPerUserPerMonth,
    casesPerUserPerMonth: q.casesPerUserPerMonth,
    caseUpdatesPerUserPerMonth: q.caseUpdatesPerUserPerMonth,
    attachmentKbPerForm: q.attachmentKbPerForm,
  } as const;
  const input: TCommCareSizingInput = { users: Math.round(users), growth, horizonMonths: Math.max(12, years * 12) };
  for (const [field, questionId] of Object.entries(optional) as [keyof typeof optional, string][]) {
    const value = readNumber(answers, questionId);
    if (value === undefined) missing.push({ platform: 'commcare', questionId, effect: DEFAULT_EFFECT, why: reason('missingInput.defaulted'), isBlocking: false });
    else input[field] = value;
  }
  return input;
}

const DHIS2_ROW_FIELDS = ['concurrentUsers', 'dataValuesPerYear', 'trackedEntities', 'eventsPerYear'] as const;

function dhis2Input(answers: Record<string, unknown>, years: number, missing: TMissingAnswer[]): TDhis2SizingInput | undefined {
  const questionId = OUTPUT_QUESTIONS.dhis2.systems;
  const rows = answerRows(answers, questionId);
  const systems: TDhis2SizingInput['systems'] = [];
  rows.forEach((row, i) => {
    const name = typeof row.name === 'string' ? row.name.trim() : '';
    const kind = row.kind === 'aggregate' || row.kind === 'tracker' ? row.kind : undefined;
    const users = typeof row.users === 'number' && row.users >= 1 ? Math.round(row.users) : undefined;
    if (!name || !kind || users === undefined) {
      const lacks = (['name', 'kind', 'users'] as const).filter((field) => (field === 'name' ? !name : field === 'kind' ? !kind : users === undefined));
      missing.push({ platform: 'dhis2', questionId, effect: `row ${i + 1} is left out of the sizing: it has no ${new Intl.ListFormat('en').format(lacks.map((field) => (field === 'users' ? 'number of users' : field)))}`, why: reason('missingInput.dhis2Row', { row: i + 1, lacking: lacks.map((field) => reason(`missingInput.field.${field}`)) }), isBlocking: false });
      return;
    }
    const system: TDhis2SizingInput['systems'][number] = { name, kind, users };
    for (const field of DHIS2_ROW_FIELDS) {
      const value = row[field];
      if (typeof value === 'number' && value >= 0) system[field] = field === 'concurrentUsers' ? Math.min(Math.round(value), users) : Math.round(value);
    }
    systems.push(system);
  });
  if (systems.length === 0) {
    missing.push({ platform: 'dhis2', questionId, effect: 'no DHIS2 sizing can be computed without at least one system with its name, kind and users', why: reason('missingInput.dhis2NoSystem'), isBlocking: true });
    return undefined;
  }
  return { systems: systems.slice(0, 20), years: Math.min(10, Math.max(1, years)) };
}

export function calculateAssessmentOutputs(input: TOutputsInput, ref: TOutputsReference): TAssessmentOutputs {
  const missing: TMissingAnswer[] = [];
  const has = (p: TPlatform) => input.platforms.includes(p);
  const { years } = input.settings;

  const sizingInputs: TAssessmentOutputs['sizingInputs'] = {};
  const sizing: TAssessmentOutputs['sizing'] = {};
  if (has('commcare')) {
    const raw = commcareInput(input.answers, years, missing);
    const parsed = raw && ZCommCareSizingInput.safeParse(raw);
    if (parsed?.success) {
      sizingInputs.commcare = raw;
      sizing.commcare = calculateCommCareSizing(parsed.data, ref.commcare);
    }
  }
  if (has('dhis2')) {
    const raw = dhis2Input(input.answers, years, missing);
    const parsed = raw && ZDhis2SizingInput.safeParse(raw);
    if (parsed?.success) {
      sizingInputs.dhis2 = raw;
      sizing.dhis2 = calculateDhis2Sizing(parsed.data, ref.dhis2);
    }
  }

  const dhis2Systems = sizing.dhis2?.systems ?? [];
  const skills = calculateSkillsGap(
    {
      platforms: input.platforms,
      scale: {
        ...(sizing.commcare ? { commcareTier: sizing.commcare.tier.tier } : {}),
        ...(dhis2Systems.length
          ? {
              dhis2Systems: dhis2Systems.length,
              dhis2Clustered: dhis2Systems.some((s) => s.clustered.isClustered),
              dhis2Isolation: dhis2Systems.every((s) => s.isolation.level === 'boombox') ? ('boombox' as const) : ('separate' as const),
            }
          : {}),
      },
      team: input.team,
    },
    ref.catalogue,
  );

  const footprints: TFootprint[] = [...(sizing.commcare ? [sizing.commcare.footprint] : []), ...(sizing.dhis2?.footprints ?? [])];
  const inHouse = input.team.filter((m) => m.engagement === 'in-house').length;
  const trainingPeople = Math.max(inHouse, Math.ceil(skills.fte.needed));
  const commcareUsers = sizing.commcare ? Math.max(...sizing.commcare.periods.map((p) => p.users)) : 0;
  const dhis2Users = dhis2Systems.reduce((t, s) => t + s.inputs.users, 0);
  const users = commcareUsers + dhis2Users || undefined;
  const budgetInputs = {
    fteNeeded: skills.fte.needed,
    trainingPeople,
    users,
    reasons: [
      reason('budgetInputs.personnel', { needed: skills.fte.needed, reason: skills.fte.reason }),
      reason('budgetInputs.training', { people: trainingPeople, inHouse, rounded: Math.ceil(skills.fte.needed) }),
      ...(users ? [commcareUsers && dhis2Users ? reason('budgetInputs.usersBoth', { commcare: commcareUsers, dhis2: dhis2Users }) : commcareUsers ? reason('budgetInputs.usersCommcare', { commcare: commcareUsers }) : reason('budgetInputs.usersDhis2', { dhis2: dhis2Users })] : []),
    ],
  };
  const budget = footprints.length
    ? calculateBudget({ years, currency: input.settings.currency, footprints, personnel: { fteNeeded: budgetInputs.fteNeeded, trainingPeople }, users }, ref.rateCard, input.overrides)
    : undefined;

  const chosenHostingOption: TAssessmentOutputs['chosenHostingOption'] = {};
  if (has('commcare')) {
    const option = readHostingOption(input.answers, OUTPUT_QUESTIONS.commcare.hostingOption);
    if (option) chosenHostingOption.commcare = option;
  }
  if (has('dhis2')) {
    const option = readHostingOption(input.answers, OUTPUT_QUESTIONS.dhis2.hostingOption);
    if (option) chosenHostingOption.dhis2 = option;
  }
  const devops = has('commcare') ? readNumber(input.answers, OUTPUT_QUESTIONS.commcare.devopsEngineers) : undefined;

  return {
    platforms: input.platforms,
    sizing,
    sizingInputs,
    skills,
    budget,
    budgetInputs,
    chosenHostingOption,
    ...(devops !== undefined ? { plannedDevopsEngineers: devops } : {}),
    missing,
  };
}
