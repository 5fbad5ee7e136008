import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZTemplate, type TTemplate } from '@/lib/content/template-schema';
import { problemText, templateProblems } from '@/lib/domain/template-problems';
import { answersKept, diffTemplates, isEmptyDiff } from '@/lib/domain/template-diff';
import type { TLocale } from '@/lib/domain/locale';
import { reasonSayer } from '@/lib/i18n/reason-text';

const OPENMRS = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/openmrs-template.json'), 'utf8'));
type TRaw = typeof OPENMRS;
/** The problems as reasons (what the engine gives), and in the words of one language. */
const reasonsOf = (raw: unknown) => {
  const parsed = ZTemplate.safeParse(raw);
  return parsed.success ? [] : templateProblems(raw, parsed.error.issues);
};
const problems = (raw: unknown, locale: TLocale = 'en') => {
  const say = reasonSayer(locale, 'templates');
  return reasonsOf(raw).map((p) => problemText(p, say));
};
const edit = (change: (t: TRaw) => void) => {
  const t = structuredClone(OPENMRS);
  change(t);
  return t;
};

describe('template problems in plain words, by place', () => {
  it('accepts the OpenMRS fixture', () => expect(problems(OPENMRS)).toEqual([]));

  it.each([
    ['a missing label', (t: TRaw) => delete t.phases[1].sections[0].questions[0].label, ['Phase 2, section 2.1, question 1: the label is missing']],
    ['an empty phase title', (t: TRaw) => (t.phases[0].title = ''), ['Phase 1: the title is empty']],
    ['an unknown kind', (t: TRaw) => (t.phases[0].sections[0].questions[1].kind = 'slider'), [expect.stringMatching(/^Phase 1, section 1\.1, question 2: the kind of question must be one of “text”, “longtext”/)]],
    ['one option', (t: TRaw) => t.phases[0].sections[0].questions[1].options.splice(1), ['Phase 1, section 1.1, question 2: the options need at least 2 options']],
    ['a number as text', (t: TRaw) => (t.version = 'two'), ['The template: the version number must be a number']],
    ['no phases', (t: TRaw) => (t.phases = []), ['The template: the phases need at least 1 phase']],
    ['a duplicate id', (t: TRaw) => (t.phases[1].sections[0].questions[1].id = 'openmrs.p2.s1.sync'), ['Phase 2, section 2.1, question 2: the id “openmrs.p2.s1.sync” is used more than once', 'Phase 2, section 2.1, checkpoint 1: the evidence cites a question that does not exist: “openmrs.p2.s1.law”']],
    ['unknown evidence', (t: TRaw) => t.phases[1].sections[0].checkpoints[0].evidence.push('openmrs.p9.gone'), ['Phase 2, section 2.1, checkpoint 1: the evidence cites a question that does not exist: “openmrs.p9.gone”']],
    ['an id of another key', (t: TRaw) => (t.phases[0].sections[0].questions[0].id = 'commcare.p1.s1.x'), ['Phase 1, section 1.1, question 1: the id “commcare.p1.s1.x” must start with “openmrs.”', expect.stringContaining('does not exist')]],
    ['a platform other than the key', (t: TRaw) => (t.platform = 'odk'), ['The template: the platform must be the same as the key (“openmrs”)']],
  ])('%s', (_name, change, expected) => {
    expect(problems(edit(change))).toEqual(expected);
  });

  it('lists every problem, not only the first', () => {
    const t = edit((x) => {
      delete x.phases[0].sections[0].questions[0].label;
      x.phases[1].title = '';
      delete x.title;
    });
    expect(problems(t)).toEqual(['The template: the title is missing', 'Phase 1, section 1.1, question 1: the label is missing', 'Phase 2: the title is empty']);
  });

  it('words something that is not a template at all', () => {
    expect(problems([1, 2])).toEqual(['The template: this entry must be an object']);
  });

  it('gives each problem as a place and a reason, message keys with their figures', () => {
    expect(reasonsOf(edit((t: TRaw) => t.phases[0].sections[0].questions[1].options.splice(1)))).toEqual([
      {
        where: {
          key: 'problems.within',
          params: {
            outer: { key: 'problems.within', params: { outer: { key: 'problems.place', params: { place: 'phases', name: 'phases', n: '1', isFirst: 'yes' } }, inner: { key: 'problems.place', params: { place: 'sections', name: 'sections', n: '1.1', isFirst: 'no' } } } },
            inner: { key: 'problems.place', params: { place: 'questions', name: 'questions', n: '2', isFirst: 'no' } },
          },
        },
        problem: { key: 'problems.atLeastItems', params: { name: { key: 'problems.field', params: { field: 'options', name: 'options' } }, items: 'options', min: 2 } },
      },
    ]);
  });

  it('puts the problems into French and Portuguese words', () => {
    const t = edit((x) => {
      delete x.phases[0].sections[0].questions[0].label;
      x.phases[1].title = '';
      x.phases[0].sections[0].questions[1].options.splice(1);
      x.version = 'two';
    });
    expect(problems(t, 'fr')).toEqual([
      'Le questionnaire : le numéro de version doit être un nombre',
      'Phase 1, section 1.1, question 1 : il manque le libellé',
      'Phase 1, section 1.1, question 2 : les options : il en faut au moins 2 options',
      'Phase 2 : le titre est vide',
    ]);
    expect(problems(t, 'pt')).toEqual([
      'O questionário: o número de versão: deve ser um número',
      'Fase 1, secção 1.1, pergunta 1: falta o rótulo',
      'Fase 1, secção 1.1, pergunta 2: as opções: são precisas pelo menos 2 opções',
      'Fase 2: o título: está vazio',
    ]);
  });
});

const base: TTemplate = ZTemplate.parse(OPENMRS);
const next = (change: (t: TTemplate) => void) => {
  const t = structuredClone(base);
  change(t);
  return ZTemplate.parse({ ...t, version: t.version + 1 });
};
const none = { questionsAdded: [], questionsRemoved: [], questionsReworded: [], checkpointsAdded: [], checkpointsRemoved: [], checkpointsMoved: [] };

describe('the diff between two template versions', () => {
  it.each([
    ['nothing changed', (_t: TTemplate) => {}, none],
    ['a question added', (t: TTemplate) => t.phases[0]!.sections[0]!.questions.push({ ...t.phases[0]!.sections[0]!.questions[0]!, id: 'openmrs.p1.s1.sites', label: 'How many sites?' }),
      { ...none, questionsAdded: [{ id: 'openmrs.p1.s1.sites', label: 'How many sites?', where: 'Phase 1, section 1.1' }] }],
    ['a question removed', (t: TTemplate) => t.phases[1]!.sections[0]!.questions.splice(0, 1),
      { ...none, questionsRemoved: [{ id: 'openmrs.p2.s1.sync', label: 'Do facility servers synchronise with a national concentrator?', where: 'Phase 2, section 2.1' }] }],
    ['a question reworded', (t: TTemplate) => (t.phases[0]!.sections[0]!.questions[0]!.label = 'How many facilities?'),
      { ...none, questionsReworded: [{ id: 'openmrs.p1.s1.facilities', from: 'How many health facilities run OpenMRS today?', to: 'How many facilities?', where: 'Phase 1, section 1.1' }] }],
    ['a checkpoint moved to phase 1', (t: TTemplate) => t.phases[0]!.sections[0]!.checkpoints.push(t.phases[1]!.sections[0]!.checkpoints.pop()!),
      { ...none, checkpointsMoved: [{ id: 'openmrs.p2.s1.cp-law', label: 'Patient data is hosted as the data-protection law requires', from: 'Phase 2, section 2.1', to: 'Phase 1, section 1.1' }] }],
    ['a checkpoint removed and one added', (t: TTemplate) => { t.phases[0]!.sections[0]!.checkpoints[0]!.id = 'openmrs.p1.s1.cp-scope-2'; },
      { ...none, checkpointsAdded: [{ id: 'openmrs.p1.s1.cp-scope-2', label: 'Facilities and distribution are documented', where: 'Phase 1, section 1.1' }], checkpointsRemoved: [{ id: 'openmrs.p1.s1.cp-scope', label: 'Facilities and distribution are documented', where: 'Phase 1, section 1.1' }] }],
  ])('%s', (_name, change, expected) => {
    const diff = diffTemplates(base, next(change));
    expect(diff).toEqual(expected);
    expect(isEmptyDiff(diff)).toBe(_name === 'nothing changed');
  });

  it('keeps the answers whose question still exists', () => {
    const to = next((t) => t.phases[1]!.sections[0]!.questions.splice(0, 1));
    expect(answersKept(['openmrs.p1.s1.facilities', 'openmrs.p2.s1.sync'], to)).toEqual({ kept: ['openmrs.p1.s1.facilities'], dropped: ['openmrs.p2.s1.sync'] });
  });
});
