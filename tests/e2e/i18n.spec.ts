import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import englishSkeleton from '../../content/rfp/skeleton.json';
import frSkeleton from '../../content/rfp/i18n/skeleton.fr.json';
import ptSkeleton from '../../content/rfp/i18n/skeleton.pt.json';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../lib/demo-accounts';
import { demoAssessmentId } from './db-fingerprint';
import { docxParts, pdfPages } from '../fixtures/document-text';

/**
 * The journey in French and in Portuguese, by people of the demo ministry invited for the test
 * (the demo accounts stay in English for the other specs): each picks the language in the header
 * (saved on them), signs in on the translated sign-in page, answers and is told off in their
 * language, submits a checkpoint, reads the budget in FCFA with their number format, and issues
 * an RFP in their language whose PDF and DOCX carry translated headings and a translated date.
 */
const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
const SPACE = '[\\s\\u00a0\\u202f]';

const JOURNEYS = [
  {
    locale: 'fr',
    language: 'Français',
    t: {
      assessments: 'Évaluations', changeLanguage: 'Changer de langue', signOut: 'Se déconnecter', signInTitle: 'Connexion', email: 'Adresse e-mail', password: 'Mot de passe', signIn: 'Se connecter',
      enterEmail: 'Saisissez votre mot de passe.', newAssessment: 'Nouvelle évaluation', linkScheme: 'Saisissez un lien complet commençant par https:// ou http://.', saved: 'Enregistré',
      submit: 'Soumettre pour revue', submitted: 'Soumis pour revue', costPerYear: 'Coût par an', documentLanguage: 'Langue du document', issue: 'Publier l’appel d’offres', issued: /^Version \d+ publiée\.$/,
      issuedTable: 'Versions publiées', skillsMatrix: 'Matrice des compétences', dhis2Sizing: 'Dimensionnement DHIS2', account: 'Votre compte', phase1: /^Phase 1 :/, month: /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/, generated: 'Généré le',
      budgetRule: '12 mois × ', sizingAssumption: 'budgétez-les ensemble', fteReason: /personnes? à temps plein (nécessaires?|disponibles?)/, plan: 'Plan d’amélioration : que faire ensuite',
      skillName: 'Sauvegardes et tests de restauration', serviceRule: 'quelle que soit la charge', rateCardNote: 'Chiffres INDICATIFS', reportTitle: 'Rapport d’évaluation de la préparation à l’hébergement', sizingSource: 'au quart de la production',
    },
    headings: frSkeleton as Record<string, string>,
  },
  {
    locale: 'pt',
    language: 'Português',
    t: {
      assessments: 'Avaliações', changeLanguage: 'Mudar de idioma', signOut: 'Terminar sessão', signInTitle: 'Iniciar sessão', email: 'E-mail', password: 'Palavra-passe', signIn: 'Iniciar sessão',
      enterEmail: 'Introduza a sua palavra-passe.', newAssessment: 'Nova avaliação', linkScheme: 'Introduza uma ligação completa que comece por https:// ou http://.', saved: 'Guardado',
      submit: 'Submeter para revisão', submitted: 'Submetido para revisão', costPerYear: 'Custo por ano', documentLanguage: 'Idioma do documento', issue: 'Emitir o caderno de encargos', issued: /^Versão \d+ emitida\.$/,
      issuedTable: 'Versões emitidas', skillsMatrix: 'Matriz de competências', dhis2Sizing: 'Dimensionamento DHIS2', account: 'A sua conta', phase1: /^Fase 1:/, month: /\d{1,2} de (janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) de \d{4}/, generated: 'Gerado em',
      budgetRule: '12 meses × ', sizingAssumption: 'orçamente-os em conjunto', fteReason: /pessoas? a tempo inteiro (necessárias?|disponíve(l|is))/, plan: 'Plano de melhoria: o que fazer a seguir',
      skillName: 'Cópias de segurança e testes de restauro', serviceRule: 'independentemente da carga', rateCardNote: 'Valores INDICATIVOS', reportTitle: 'Relatório de avaliação da preparação para o alojamento', sizingSource: 'a um quarto da produção',
    },
    headings: ptSkeleton as Record<string, string>,
  },
] as const;

type TJourney = (typeof JOURNEYS)[number];

/** The demo admin invites a new member; the person creates their account from the link (in English: nothing chosen yet). */
async function newMember(browser: Browser, role: 'Planner' | 'Consultant', name: string): Promise<{ page: Page; email: string; password: string }> {
  const adminPage = await (await browser.newContext()).newPage();
  await adminPage.goto('/sign-in');
  await adminPage.getByLabel('Email').fill(admin.email);
  await adminPage.getByLabel('Password').fill(DEMO_PASSWORD);
  await adminPage.getByRole('button', { name: 'Sign in' }).click();
  await adminPage.getByRole('link', { name: 'Members' }).click();
  const email = `${role.toLowerCase()}.${Date.now()}@i18n.example`;
  const form = adminPage.getByRole('form', { name: 'Invite a member' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(form.getByRole('status')).toContainText(`Invitation ready for ${email}`);
  const link = await form.getByLabel('Invitation link').inputValue();
  await adminPage.context().close();

  const page = await (await browser.newContext()).newPage();
  const password = 'a passphrase of their own';
  await page.goto(link);
  const create = page.getByRole('form', { name: 'Create your account and accept' });
  await create.getByLabel('Your name').fill(name);
  await create.getByLabel('Choose a password').fill(password);
  await create.getByLabel('Type it again').fill(password);
  await create.getByRole('button', { name: 'Create my account and accept' }).click();
  await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
  return { page, email, password };
}

/** Picks the language in the header: saved on the person, so the next sign-in is in it too. */
async function chooseLanguage(page: Page, j: TJourney) {
  await page.getByTestId('language-select').first().selectOption({ label: j.language });
  await page.getByRole('button', { name: /^Change language$|^Changer de langue$|^Mudar de idioma$/ }).first().click();
  await expect(page.getByRole('heading', { name: j.t.assessments, level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', j.locale);
}

const NAMESPACES = fs.readdirSync(path.join(process.cwd(), 'content/messages/en')).map((f) => f.replace(/\.json$/, ''));

/** No message key leaks onto a page (next-intl shows "namespace.key" for a missing message). */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(new RegExp(`\\b(${NAMESPACES.join('|')})\\.[a-z][A-Za-z_.]+\\b`));
}

async function answerQuestion(question: Locator, saved: string) {
  const inputs = question.locator('input:not([type=radio]):not([type=checkbox]), textarea');
  if (await question.getByRole('radio').count()) await question.getByRole('radio').first().check();
  else if (await question.getByRole('checkbox').count()) await question.getByRole('checkbox').first().check();
  else if ((await question.locator('table').count()) > 0) {
    await question.getByRole('button').last().click();
    const cells = question.locator('tbody tr').first().locator('input, select');
    for (let i = 0; i < (await cells.count()); i++) {
      const cell = cells.nth(i);
      if ((await cell.evaluate((el) => el.tagName)) === 'SELECT') await cell.selectOption({ index: 1 });
      else {
        const type = await cell.getAttribute('type');
        await cell.fill(type === 'number' ? '10' : type === 'date' ? '2027-01-01' : type === 'url' ? 'https://example.org/x' : 'Serveur national');
      }
    }
  } else
    for (let i = 0; i < (await inputs.count()); i++) {
      const type = await inputs.nth(i).getAttribute('type');
      await inputs.nth(i).fill(type === 'number' ? '2500' : type === 'url' ? 'https://example.org/plan' : type === 'date' ? '2027-01-01' : type === 'email' ? 'awa@example.org' : 'Centre de données national');
    }
  await expect(question.locator('[data-save-status]')).toHaveText(saved);
}

for (const j of JOURNEYS) {
  test(`the journey in ${j.language}: sign-in, an answer, a validation message, a checkpoint, the budget in FCFA and the RFP in ${j.language}`, async ({ browser }) => {
    test.setTimeout(480_000);
    const planner = await newMember(browser, 'Planner', j.locale === 'fr' ? 'Awa Koné' : 'Nádia Machava');
    await chooseLanguage(planner.page, j);

    // Signed out, the sign-in page stays in the chosen language; its validation too.
    const page = planner.page;
    await page.getByRole('button', { name: j.t.signOut }).click();
    await expect(page.getByRole('heading', { name: j.t.signInTitle, level: 2 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', j.locale);
    await page.getByRole('button', { name: j.t.signIn }).click();
    await expect(page.getByText(j.t.enterEmail)).toBeVisible();
    await expectNoRawKeys(page);
    await page.getByLabel(j.t.email).fill(planner.email);
    await page.getByLabel(j.t.password).fill(planner.password);
    await page.getByRole('button', { name: j.t.signIn }).click();
    await expect(page.getByRole('heading', { name: j.t.assessments, level: 1 })).toBeVisible();

    // A new assessment; phase 1 in the language; a bad link is refused in the language, then answered.
    await page.getByRole('link', { name: j.t.newAssessment }).click();
    const name = `i18n ${j.locale} ${Date.now()}`;
    await page.getByLabel(/^Name$|^Nom$|^Nome$/).fill(name);
    await page.getByLabel(/^Country$|^Pays$|^País$/).fill(j.locale === 'fr' ? 'Côte d’Ivoire' : 'Moçambique');
    await page.getByRole('button', { name: /Create assessment|Créer l’évaluation|Criar a avaliação/ }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: j.t.plan, level: 3 }).first()).toBeVisible();
    await page.getByRole('link', { name: j.t.phase1 }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: j.t.phase1 })).toBeVisible();
    await expectNoRawKeys(page);
    const diagram = page.locator('[data-question-id="commcare.p1.s1-1.architecture-diagram"]');
    await diagram.locator('input').fill('pas un lien');
    await expect(diagram.locator('[data-save-status]')).toHaveText(j.t.linkScheme);
    for (const id of ['commcare.p1.s1-1.architecture-diagram', 'commcare.p1.s1-1.environments', 'commcare.p1.s1-1.integrations']) {
      await answerQuestion(page.locator(`[data-question-id="${id}"]`), j.t.saved);
    }
    const checkpoint = page.locator('[data-checkpoint-id="commcare.p1.s1-1.cp-architecture"]');
    await checkpoint.getByRole('button', { name: j.t.submit }).click();
    await expect(checkpoint.getByTestId('checkpoint-status')).toHaveText(j.t.submitted);

    // The demo assessment's budget, in FCFA with the language's grouping.
    const demo = await demoAssessmentId();
    await page.goto(`/assessments/${demo}/budget`);
    await expect(page.getByRole('heading', { name: j.t.costPerYear })).toBeVisible();
    await expect(page.getByRole('table').first()).toContainText(new RegExp(`\\d{1,3}(${SPACE}\\d{3})+${SPACE}FCFA`));
    await expect(page.getByRole('table').first()).not.toContainText('XOF');
    // The calculators' reasons are in the language too (a rule of the lines, the FTE of the skills gap).
    await expect(page.locator('main')).toContainText(j.t.budgetRule);
    await expect(page.locator('main')).not.toContainText('12 months × ');
    // The rate card's note is content in the language.
    await expect(page.locator('main')).toContainText(j.t.rateCardNote);
    await expectNoRawKeys(page);

    // The other outputs and the account page, in the language.
    await page.goto(`/assessments/${demo}/skills`);
    await expect(page.getByRole('heading', { name: j.t.skillsMatrix, level: 2 })).toBeVisible();
    await expect(page.locator('main')).toContainText(j.t.fteReason);
    await expect(page.locator('main')).not.toContainText(/full-time (people|person)/); // the engine's English
    // The catalogue's skill names too.
    await expect(page.locator('main')).toContainText(j.t.skillName);
    await expect(page.locator('main')).not.toContainText('Backups and restore testing');
    await expectNoRawKeys(page);
    await page.goto(`/assessments/${demo}/sizing`);
    await expect(page.getByRole('heading', { name: j.t.dhis2Sizing, level: 2 })).toBeVisible();
    // The sizing engines' assumptions are in the language too.
    await expect(page.locator('main')).toContainText(j.t.sizingAssumption);
    await expect(page.locator('main')).not.toContainText('budget them together');
    // And each CommCare service's rule.
    await expect(page.locator('main')).toContainText(j.t.serviceRule);
    await expect(page.locator('main')).not.toContainText('regardless of load');
    // DHIS2's components, rules, environments and the reference data's assumptions too (the demo has an aggregate system and a tracker).
    await expect(page.locator('main')).not.toContainText(/concurrent users|read replica|Same size as the primary|on demand|one user in ten|Staging \/ test/);
    // And the sources of the calculator's defaults (content/sizing/commcare.json).
    await expect(page.locator('main')).toContainText(j.t.sizingSource);
    await expect(page.locator('main')).not.toContainText('a quarter of production');
    await expectNoRawKeys(page);
    // The report's preview: the document's own words and the outputs in the language.
    await page.goto(`/assessments/${demo}/report`);
    const preview = page.getByTestId('doc-preview');
    await expect(preview.getByRole('heading', { level: 2 })).toHaveText(j.t.reportTitle);
    await expect(preview).toContainText(j.t.rateCardNote);
    await expect(preview).toContainText(j.t.skillName);
    await expect(preview).not.toContainText('Contents');
    await expectNoRawKeys(page);
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: j.t.account, level: 1 })).toBeVisible();
    await expectNoRawKeys(page);

    // A consultant issues the RFP of the demo assessment in the language.
    const consultant = await newMember(browser, 'Consultant', j.locale === 'fr' ? 'Koffi Yao' : 'Hélder Tembe');
    await chooseLanguage(consultant.page, j);
    const c = consultant.page;
    await c.goto(`/assessments/${demo}/rfp`);
    await c.getByLabel(j.t.documentLanguage).selectOption({ label: j.language });
    await c.getByRole('button', { name: j.t.issue }).click();
    await expect(c.getByText(j.t.issued)).toBeVisible({ timeout: 180_000 }); // renders and stores both files
    const version = /\d+/.exec((await c.getByText(j.t.issued).textContent()) ?? '')![0];
    await expect(c.getByRole('table', { name: j.t.issuedTable })).toContainText(j.language);
    await expectNoRawKeys(c);

    const files = `/api/v1/assessments/${demo}/rfp/v${version}`;
    const pdf = (await pdfPages(await (await c.request.get(`${files}.pdf`)).body())).join('\n');
    const docx = docxParts(await (await c.request.get(`${files}.docx`)).body()).text;
    for (const [what, text] of [['PDF', pdf], ['DOCX', docx]] as const) {
      for (const key of ['headings.projectSummary', 'headings.proposedWork', 'headings.submissionInstructions', 'headings.pointsOfContact']) {
        expect(text, `${what}: ${key}`).toContain(j.headings[key]);
      }
      expect(text, `${what}: a date in the language`).toMatch(j.t.month);
    }
    expect(pdf).toContain(j.t.generated);
    // No heading of Appendix 1 is left in English: no line of the PDF is an English heading (numbered or not).
    const lines = pdf.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    const english = Object.values(englishSkeleton.headings);
    const left = lines.filter((l) => english.some((h) => l === h || new RegExp(`^(\\d+(\\.\\d+)*|Annex [A-Z](\\.\\d+)?) ${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(l)));
    expect(left).toEqual([]);
  });
}

/**
 * The public calculator in French (no account: the browser's language), CommCare: the rules of the
 * services, the sources of the defaults and their citations, a pasted configuration's own figures
 * and title, and a pasted configuration's refusal are all French; no English sentence is left.
 * The configuration's own comments are the user's words and stay as written.
 */
test('the public calculator in French: CommCare’s reasons, a pasted configuration’s figures and its refusals', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  await page.goto('/sizing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const form = page.getByRole('form', { name: 'Données de dimensionnement' });
  await form.getByLabel('Utilisateurs mobiles').fill('2500');
  await form.getByRole('button', { name: 'Calculer' }).click();
  const services = page.getByRole('table', { name: 'Dimensionnement par service' });
  await expect(services).toContainText('quelle que soit la charge');
  const main = page.locator('main');
  // The defaults' sources and the citation of every service (content/sizing/i18n/commcare.fr.json).
  await expect(main).toContainText('les 300 formulaires par utilisateur et par mois de la configuration d’exemple');
  await expect(services).toContainText('Modèle de ressources CommCare de Dimagi, configuration d’exemple d’un petit déploiement — Service « ');
  const ENGLISH = ['regardless of load', 'per VM', 'Service “', 'example configuration', '(default —', 'Compute:', 'Storage:', 'small-deployment example', "Dimagi's CommCare resource model", 'configuration you pasted', 'this assessment'];
  const englishLeft = async () => {
    const text = await main.innerText();
    return ENGLISH.filter((e) => text.includes(e));
  };
  expect(await englishLeft()).toEqual([]);
  await expectNoRawKeys(page);

  // A pasted configuration (five case updates per form): its figures and its title are French, its comments as written.
  const more = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/assessment-config/more-services.yml'), 'utf8');
  await form.getByLabel('Votre propre configuration (facultatif, YAML)').fill(more);
  await form.getByRole('button', { name: 'Calculer' }).click();
  await expect(main).toContainText('configuration que vous avez collée : 5 mises à jour de cas par mois (5 cases per form)');
  await expect(services).toContainText('La configuration que vous avez collée — Service « ');
  expect(await englishLeft()).toEqual([]);

  // Its refusal: the YAML path and line stay, the sentence is French.
  await form.getByLabel('Votre propre configuration (facultatif, YAML)').fill(more.replace(/\n {2}riakcs:[\s\S]*?\n\n/, '\n'));
  await form.getByRole('button', { name: 'Calculer' }).click();
  await expect(form.getByRole('alert')).toHaveText('Vérifiez les champs signalés.');
  const refusal = form.locator('#f-resourceModelConfig-error');
  await expect(refusal).toContainText(/^services \(ligne \d+\) : doit contenir le service « riakcs » \(Stockage de fichiers \(RiakCS\)\) avec un modèle de données sur « forms_total »/);
  await expect(refusal).not.toContainText('needs');
  await expectNoRawKeys(page);
});
