import type { TLocale } from '../locale';
import type { TRfpDetailField } from './rfp-detail-fields';

/**
 * The documents' own fixed words (cover, running header and footer, contents, draft marks, the
 * RFP model's table headers and notes) in each document language. The long fixed text (Appendix
 * 1's sections, instructions to bidders) is content: content/rfp/i18n.
 */
export type TDocText = {
  draft: string;
  draftBanner: (missing: number) => string;
  generated: (date: string) => string;
  page: string;
  of: string;
  contents: string;
  stillToComplete: string;
  preparedFor: (client: string, assessment: string) => string;
  theClient: string;
  cover: { client: string; country: string; platforms: string; assessment: string; submissionDeadline: string; generated: string };
  toBeCompletedClient: string;
  yes: string;
  no: string;
  scopeColumns: { no: string; activity: string; msp: string };
  scopeNotes: string;
  scopeCaption: (platform: string) => string;
  componentsCaption: (platform: string) => string;
  annexWord: string;
  componentColumns: { name: string; description: string; software: string };
  contactColumns: [string, string, string, string];
  annexCostNote: string;
  noCheckpoints: string;
  checkpointSources: string;
  commcareSizingNotRun: string;
  dhis2SizingNotRun: string;
  budgetNotComputed: string;
  skillsNotAssessed: string;
  missingCommcareSizing: string;
  missingDhis2Sizing: string;
  missingBudget: string;
  missingSkills: string;
  /** The RFP details' names, as the document prints a blank one ("[to be completed: …]") and lists it as missing. */
  fields: Record<TRfpDetailField, string>;
  /** The report's own headings and words. */
  report: {
    title: string; summary: string; organisation: string; checkpointsApproved: string; approvedValue: (approved: string, applicable: string, percent: string) => string;
    phasesComplete: string; phasesValue: (done: string, total: string) => string; progress: string; checkpointStatus: string; sizing: string; skillsGap: string; budget: string; openItems: string;
    runSizing: (platform: string) => string; sizingNotRun: (platform: string) => string; missingSkills: string; missingBudget: string;
  };
};

export const DOC_TEXT: Record<TLocale, TDocText> = {
  en: {
    draft: 'DRAFT',
    draftBanner: (n) => `DRAFT — ${n} item(s) still to complete before this document is final`,
    generated: (d) => `Generated ${d}`,
    page: 'Page',
    of: 'of',
    contents: 'Contents',
    stillToComplete: 'Still to complete',
    preparedFor: (c, a) => `Prepared for ${c} from the hosting readiness assessment “${a}”`,
    theClient: 'the client',
    cover: { client: 'Client', country: 'Country', platforms: 'Platforms', assessment: 'Assessment', submissionDeadline: 'Submission deadline', generated: 'Generated' },
    toBeCompletedClient: '[to be completed: Client name]',
    yes: 'Yes',
    no: 'No',
    scopeColumns: { no: 'No', activity: 'Activity', msp: 'MSP' },
    scopeNotes: 'Scope Notes',
    scopeCaption: (p) => `${p}: MSP roles and responsibilities`,
    componentsCaption: (p) => `${p}: components of the hosting environment`,
    annexWord: 'Annex',
    componentColumns: { name: 'Name', description: 'Description', software: 'Software' },
    contactColumns: ['Name', 'Title', 'Email', 'Phone Number'],
    annexCostNote: 'Annex C gives the indicative cost of each hosting option computed in the assessment.',
    noCheckpoints: 'No checkpoints recorded yet.',
    checkpointSources: 'Sources of the checkpoints:',
    commcareSizingNotRun: 'The CommCare sizing has not been run yet.',
    dhis2SizingNotRun: 'The DHIS2 sizing has not been run yet.',
    budgetNotComputed: 'The budget has not been computed yet.',
    skillsNotAssessed: 'The skills gap has not been assessed yet.',
    missingCommcareSizing: 'Run the CommCare sizing (Annex B and the scale estimates use it)',
    missingDhis2Sizing: 'Run the DHIS2 sizing (Annex B and the scale estimates use it)',
    missingBudget: 'Compute the budget per hosting option (Annex C)',
    missingSkills: 'Record the team and run the skills gap (Annex D)',
    fields: { clientName: 'Client name', saasDescription: 'Description of the current (SaaS) environment', hostingQuotes: 'Number of hosting provider quotes (N)', periodOfPerformance: 'Period of performance', submissionEmail: 'Submission e-mail address', submissionDeadline: 'Submission deadline', contacts: 'Points of contact', projectSummary: 'Project summary (replaces the template text)', scopeNotes: 'Scope of work notes' },
    report: { title: 'Hosting Readiness Assessment Report', summary: 'Summary', organisation: 'Organisation', checkpointsApproved: 'Checkpoints approved', approvedValue: (a, n, p) => `${a} of ${n} applicable (${p})`, phasesComplete: 'Phases complete', phasesValue: (d, t) => `${d} of ${t}`, progress: 'Progress per Phase', checkpointStatus: 'Checkpoint Status', sizing: 'Sizing', skillsGap: 'Skills Gap', budget: 'Budget per Hosting Option', openItems: 'Open Items', runSizing: (p) => `Run the ${p} sizing`, sizingNotRun: (p) => `The ${p} sizing has not been run yet.`, missingSkills: 'Record the team and run the skills gap', missingBudget: 'Compute the budget per hosting option' },
  },
  fr: {
    draft: 'PROJET',
    draftBanner: (n) => `PROJET — ${n} élément(s) à compléter avant que ce document soit définitif`,
    generated: (d) => `Généré le ${d}`,
    page: 'Page',
    of: 'sur',
    contents: 'Table des matières',
    stillToComplete: 'Reste à compléter',
    preparedFor: (c, a) => `Préparé pour ${c} à partir de l’évaluation de préparation à l’hébergement « ${a} »`,
    theClient: 'le client',
    cover: { client: 'Client', country: 'Pays', platforms: 'Plateformes', assessment: 'Évaluation', submissionDeadline: 'Date limite de soumission', generated: 'Généré le' },
    toBeCompletedClient: '[à compléter : nom du client]',
    yes: 'Oui',
    no: 'Non',
    scopeColumns: { no: 'N°', activity: 'Activité', msp: 'Prestataire' },
    scopeNotes: 'Notes sur le périmètre',
    scopeCaption: (p) => `${p} : rôles et responsabilités du prestataire`,
    componentsCaption: (p) => `${p} : composants de l’environnement d’hébergement`,
    annexWord: 'Annexe',
    componentColumns: { name: 'Nom', description: 'Description', software: 'Logiciel' },
    contactColumns: ['Nom', 'Fonction', 'Adresse e-mail', 'Téléphone'],
    annexCostNote: 'L’annexe C donne le coût indicatif de chaque option d’hébergement calculé dans l’évaluation.',
    noCheckpoints: 'Aucun point de contrôle enregistré pour l’instant.',
    checkpointSources: 'Sources des points de contrôle :',
    commcareSizingNotRun: 'Le dimensionnement CommCare n’a pas encore été calculé.',
    dhis2SizingNotRun: 'Le dimensionnement DHIS2 n’a pas encore été calculé.',
    budgetNotComputed: 'Le budget n’a pas encore été calculé.',
    skillsNotAssessed: 'L’écart de compétences n’a pas encore été évalué.',
    missingCommcareSizing: 'Calculez le dimensionnement CommCare (l’annexe B et les estimations d’échelle l’utilisent)',
    missingDhis2Sizing: 'Calculez le dimensionnement DHIS2 (l’annexe B et les estimations d’échelle l’utilisent)',
    missingBudget: 'Calculez le budget par option d’hébergement (annexe C)',
    missingSkills: 'Enregistrez l’équipe et calculez l’écart de compétences (annexe D)',
    fields: { clientName: 'Nom du client', saasDescription: 'Description de l’environnement actuel (SaaS)', hostingQuotes: 'Nombre de devis d’hébergeurs (N)', periodOfPerformance: 'Période d’exécution', submissionEmail: 'Adresse e-mail de soumission', submissionDeadline: 'Date limite de soumission', contacts: 'Personnes de contact', projectSummary: 'Résumé du projet (remplace le texte du modèle)', scopeNotes: 'Notes sur le périmètre des travaux' },
    report: { title: 'Rapport d’évaluation de la préparation à l’hébergement', summary: 'Synthèse', organisation: 'Organisation', checkpointsApproved: 'Points de contrôle approuvés', approvedValue: (a, n, p) => `${a} sur ${n} applicables (${p})`, phasesComplete: 'Phases terminées', phasesValue: (d, t) => `${d} sur ${t}`, progress: 'Avancement par phase', checkpointStatus: 'État des points de contrôle', sizing: 'Dimensionnement', skillsGap: 'Écart de compétences', budget: 'Budget par option d’hébergement', openItems: 'Points en suspens', runSizing: (p) => `Calculez le dimensionnement ${p}`, sizingNotRun: (p) => `Le dimensionnement ${p} n’a pas encore été calculé.`, missingSkills: 'Enregistrez l’équipe et calculez l’écart de compétences', missingBudget: 'Calculez le budget par option d’hébergement' },
  },
  pt: {
    draft: 'RASCUNHO',
    draftBanner: (n) => `RASCUNHO — ${n} elemento(s) por completar antes de este documento ser final`,
    generated: (d) => `Gerado em ${d}`,
    page: 'Página',
    of: 'de',
    contents: 'Índice',
    stillToComplete: 'Por completar',
    preparedFor: (c, a) => `Preparado para ${c} a partir da avaliação de preparação para o alojamento “${a}”`,
    theClient: 'o cliente',
    cover: { client: 'Cliente', country: 'País', platforms: 'Plataformas', assessment: 'Avaliação', submissionDeadline: 'Prazo de submissão', generated: 'Gerado em' },
    toBeCompletedClient: '[a completar: nome do cliente]',
    yes: 'Sim',
    no: 'Não',
    scopeColumns: { no: 'N.º', activity: 'Atividade', msp: 'Prestador' },
    scopeNotes: 'Notas sobre o âmbito',
    scopeCaption: (p) => `${p}: funções e responsabilidades do prestador`,
    componentsCaption: (p) => `${p}: componentes do ambiente de alojamento`,
    annexWord: 'Anexo',
    componentColumns: { name: 'Nome', description: 'Descrição', software: 'Software' },
    contactColumns: ['Nome', 'Cargo', 'E-mail', 'Telefone'],
    annexCostNote: 'O anexo C indica o custo indicativo de cada opção de alojamento calculado na avaliação.',
    noCheckpoints: 'Ainda não há pontos de controlo registados.',
    checkpointSources: 'Fontes dos pontos de controlo:',
    commcareSizingNotRun: 'O dimensionamento do CommCare ainda não foi calculado.',
    dhis2SizingNotRun: 'O dimensionamento do DHIS2 ainda não foi calculado.',
    budgetNotComputed: 'O orçamento ainda não foi calculado.',
    skillsNotAssessed: 'A lacuna de competências ainda não foi avaliada.',
    missingCommcareSizing: 'Calcule o dimensionamento do CommCare (o anexo B e as estimativas de escala usam-no)',
    missingDhis2Sizing: 'Calcule o dimensionamento do DHIS2 (o anexo B e as estimativas de escala usam-no)',
    missingBudget: 'Calcule o orçamento por opção de alojamento (anexo C)',
    missingSkills: 'Registe a equipa e calcule a lacuna de competências (anexo D)',
    fields: { clientName: 'Nome do cliente', saasDescription: 'Descrição do ambiente atual (SaaS)', hostingQuotes: 'Número de propostas de fornecedores de alojamento (N)', periodOfPerformance: 'Período de execução', submissionEmail: 'Endereço de e-mail para submissão', submissionDeadline: 'Prazo de submissão', contacts: 'Pontos de contacto', projectSummary: 'Resumo do projeto (substitui o texto do modelo)', scopeNotes: 'Notas sobre o âmbito dos trabalhos' },
    report: { title: 'Relatório de avaliação da preparação para o alojamento', summary: 'Síntese', organisation: 'Organização', checkpointsApproved: 'Pontos de controlo aprovados', approvedValue: (a, n, p) => `${a} de ${n} aplicáveis (${p})`, phasesComplete: 'Fases concluídas', phasesValue: (d, t) => `${d} de ${t}`, progress: 'Progresso por fase', checkpointStatus: 'Estado dos pontos de controlo', sizing: 'Dimensionamento', skillsGap: 'Lacuna de competências', budget: 'Orçamento por opção de alojamento', openItems: 'Pontos pendentes', runSizing: (p) => `Calcule o dimensionamento do ${p}`, sizingNotRun: (p) => `O dimensionamento do ${p} ainda não foi calculado.`, missingSkills: 'Registe a equipa e calcule a lacuna de competências', missingBudget: 'Calcule o orçamento por opção de alojamento' },
  },
};
