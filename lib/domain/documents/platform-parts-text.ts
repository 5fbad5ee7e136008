import type { TLocale } from '../locale';

/**
 * The words of the RFP's platform parts built from the answers and the sizing (the scale estimates
 * of "Local Environment Design", the current and proposed environment facts) in each document
 * language. The bold labels of the scale estimates are the guide's Appendix 1 wording.
 */
export type TPlatformPartsText = {
  toBeCompleted: (what: string) => string;
  notAnswered: string;
  sizingDefault: (value: string) => string;
  mobileUsers: string;
  mobileUsersMissing: string;
  today: (users: string) => string;
  atPeak: (users: string, months: string) => string;
  formsPerDay: string;
  formsNotAnswered: string;
  formsPerDayValue: (perDay: string, rate: string, days: string) => string;
  formsPerUserMonth: string;
  formsSoFar: (n: string) => string;
  formsAfter: (n: string, months: string) => string;
  caseData: string;
  newCases: string;
  caseUpdates: string;
  caseDataValue: (cases: string, updates: string) => string;
  casesAfter: (cases: string, updates: string, months: string) => string;
  largeFactors: string;
  attachmentsValue: (rate: string) => string;
  kbPerForm: string;
  attachmentsAfter: (gb: string, months: string) => string;
  months: (n: string) => string;
  configurationFromSizing: string;
  productionAfter: (months: string) => string;
  productionValue: (vms: string, cores: string, ram: string, storage: string) => string;
  productionDiskValue: (vms: string, cores: string, ram: string, disk: string) => string;
  backupStorage: string;
  columns: { system: string; kind: string; users: string; concurrent: string; dataValuesYear: string; trackedEntities: string; eventsYear: string; isolation: string; coreServers: string; production: string; application: string; releasedVersion: string; mobileUsers: string; dataFlow: string; notes: string };
  scaleCaption: string;
  sizingCaption: string;
  systemsCaption: string;
  isolation: { boombox: string; separate: string };
  systemsMissing: string;
  fromAssessment: string;
  appsCaption: string;
  integrationsCaption: string;
  flows: { inbound: string; outbound: string; both: string };
  checkpointDocuments: (list: string, count: number) => string;
  fteEstimate: (needed: string, available: string) => string;
  stillContainsMarker: (label: string) => string;
};

export const PLATFORM_PARTS_TEXT: Record<TLocale, TPlatformPartsText> = {
  en: {
    toBeCompleted: (w) => `[to be completed: ${w}]`,
    notAnswered: 'not answered',
    sizingDefault: (v) => `${v} (not answered: the sizing's documented default)`,
    mobileUsers: 'Number of Mobile Users',
    mobileUsersMissing: 'number of CommCare mobile users',
    today: (u) => `${u} today`,
    atPeak: (u, m) => `; ${u} at the peak of the ${m}-month sizing horizon (growth plan)`,
    formsPerDay: 'Expected volume of Form Submissions per user per Day',
    formsNotAnswered: 'not answered (forms per user per month)',
    formsPerDayValue: (p, r, d) => `${p} (${r}, ÷ ${d} days)`,
    formsPerUserMonth: 'forms per user per month',
    formsSoFar: (n) => `; ${n} forms submitted so far`,
    formsAfter: (n, m) => `; ${n} forms in total after ${m}`,
    caseData: 'Expected volume of Case Data per User',
    newCases: 'new cases',
    caseUpdates: 'case updates',
    caseDataValue: (c, u) => `${c} and ${u} per user per month`,
    casesAfter: (c, u, m) => `; ${c} cases and ${u} case updates in total after ${m}`,
    largeFactors: 'Other large / unique factors like Large Images to be submitted regularly',
    attachmentsValue: (r) => `attachments (images, audio) of ${r}`,
    kbPerForm: 'KB per form',
    attachmentsAfter: (g, m) => `; ${g} of attachments after ${m}`,
    months: (n) => `${n} months`,
    configurationFromSizing: 'Configuration from the sizing',
    productionAfter: (m) => `Production after ${m}`,
    productionValue: (v, c, r, s) => `${v} VMs, ${c} cores, ${r} RAM, ${s} data storage`,
    productionDiskValue: (v, c, r, d) => `${v} VMs, ${c} cores, ${r} RAM, ${d} disk`,
    backupStorage: 'Backup storage',
    columns: { system: 'System', kind: 'Kind', users: 'Users', concurrent: 'Concurrent', dataValuesYear: 'Data values / year', trackedEntities: 'Tracked entities', eventsYear: 'Events / year', isolation: 'Isolation', coreServers: 'Core servers', production: 'Production', application: 'Application', releasedVersion: 'Current released version', mobileUsers: 'Mobile users', dataFlow: 'Data flow', notes: 'Notes' },
    scaleCaption: 'Scale estimates per DHIS2 system (figures not answered are the sizing’s documented defaults)',
    sizingCaption: 'Sizing per DHIS2 system',
    systemsCaption: 'DHIS2 systems in scope (from the assessment)',
    isolation: { boombox: 'Single machine', separate: 'Separate' },
    systemsMissing: 'the DHIS2 systems in scope, with their users and data volumes',
    fromAssessment: 'From the readiness assessment:',
    appsCaption: 'Mobile applications to be hosted',
    integrationsCaption: 'Integrated systems',
    flows: { inbound: 'Into CommCare', outbound: 'Out of CommCare', both: 'Both ways' },
    checkpointDocuments: (l, n) => `${l} ${n > 1 ? 'documents' : 'document'}`,
    fteEstimate: (n, a) => `The skills-gap analysis of the assessment estimates ${n} FTE needed against ${a} FTE available today (Annex D).`,
    stillContainsMarker: (l) => `${l} (still contains a template marker)`,
  },
  fr: {
    toBeCompleted: (w) => `[à compléter : ${w}]`,
    notAnswered: 'sans réponse',
    sizingDefault: (v) => `${v} (sans réponse : la valeur par défaut documentée du dimensionnement)`,
    mobileUsers: 'Nombre d’utilisateurs mobiles',
    mobileUsersMissing: 'nombre d’utilisateurs mobiles de CommCare',
    today: (u) => `${u} aujourd’hui`,
    atPeak: (u, m) => ` ; ${u} au pic de l’horizon de dimensionnement de ${m} mois (plan de croissance)`,
    formsPerDay: 'Volume attendu de soumissions de formulaires par utilisateur et par jour',
    formsNotAnswered: 'sans réponse (formulaires par utilisateur et par mois)',
    formsPerDayValue: (p, r, d) => `${p} (${r}, ÷ ${d} jours)`,
    formsPerUserMonth: 'formulaires par utilisateur et par mois',
    formsSoFar: (n) => ` ; ${n} formulaires soumis à ce jour`,
    formsAfter: (n, m) => ` ; ${n} formulaires au total après ${m}`,
    caseData: 'Volume attendu de données de cas par utilisateur',
    newCases: 'nouveaux cas',
    caseUpdates: 'mises à jour de cas',
    caseDataValue: (c, u) => `${c} et ${u} par utilisateur et par mois`,
    casesAfter: (c, u, m) => ` ; ${c} cas et ${u} mises à jour de cas au total après ${m}`,
    largeFactors: 'Autres facteurs importants ou particuliers, comme des images volumineuses soumises régulièrement',
    attachmentsValue: (r) => `pièces jointes (images, audio) de ${r}`,
    kbPerForm: 'Ko par formulaire',
    attachmentsAfter: (g, m) => ` ; ${g} de pièces jointes après ${m}`,
    months: (n) => `${n} mois`,
    configurationFromSizing: 'Configuration issue du dimensionnement',
    productionAfter: (m) => `Production après ${m}`,
    productionValue: (v, c, r, s) => `${v} VM, ${c} cœurs, ${r} de mémoire vive, ${s} de stockage des données`,
    productionDiskValue: (v, c, r, d) => `${v} VM, ${c} cœurs, ${r} de mémoire vive, ${d} de disque`,
    backupStorage: 'Stockage des sauvegardes',
    columns: { system: 'Système', kind: 'Type', users: 'Utilisateurs', concurrent: 'Simultanés', dataValuesYear: 'Valeurs de données / an', trackedEntities: 'Entités suivies', eventsYear: 'Événements / an', isolation: 'Isolement', coreServers: 'Serveurs principaux', production: 'Production', application: 'Application', releasedVersion: 'Version publiée actuelle', mobileUsers: 'Utilisateurs mobiles', dataFlow: 'Flux de données', notes: 'Remarques' },
    scaleCaption: 'Estimations d’échelle par système DHIS2 (les chiffres sans réponse sont les valeurs par défaut documentées du dimensionnement)',
    sizingCaption: 'Dimensionnement par système DHIS2',
    systemsCaption: 'Systèmes DHIS2 concernés (d’après l’évaluation)',
    isolation: { boombox: 'Machine unique', separate: 'Séparé' },
    systemsMissing: 'les systèmes DHIS2 concernés, avec leurs utilisateurs et leurs volumes de données',
    fromAssessment: 'D’après l’évaluation de préparation :',
    appsCaption: 'Applications mobiles à héberger',
    integrationsCaption: 'Systèmes intégrés',
    flows: { inbound: 'Vers CommCare', outbound: 'Depuis CommCare', both: 'Dans les deux sens' },
    checkpointDocuments: (l, n) => (n > 1 ? `documents ${l}` : `document ${l}`),
    fteEstimate: (n, a) => `L’analyse de l’écart de compétences de l’évaluation estime les besoins à ${n} ETP pour ${a} ETP disponibles aujourd’hui (annexe D).`,
    stillContainsMarker: (l) => `${l} (contient encore une marque du modèle)`,
  },
  pt: {
    toBeCompleted: (w) => `[a completar: ${w}]`,
    notAnswered: 'sem resposta',
    sizingDefault: (v) => `${v} (sem resposta: o valor predefinido documentado do dimensionamento)`,
    mobileUsers: 'Número de utilizadores móveis',
    mobileUsersMissing: 'número de utilizadores móveis do CommCare',
    today: (u) => `${u} hoje`,
    atPeak: (u, m) => `; ${u} no pico do horizonte de dimensionamento de ${m} meses (plano de crescimento)`,
    formsPerDay: 'Volume previsto de submissões de formulários por utilizador por dia',
    formsNotAnswered: 'sem resposta (formulários por utilizador por mês)',
    formsPerDayValue: (p, r, d) => `${p} (${r}, ÷ ${d} dias)`,
    formsPerUserMonth: 'formulários por utilizador por mês',
    formsSoFar: (n) => `; ${n} formulários submetidos até agora`,
    formsAfter: (n, m) => `; ${n} formulários no total após ${m}`,
    caseData: 'Volume previsto de dados de casos por utilizador',
    newCases: 'casos novos',
    caseUpdates: 'atualizações de casos',
    caseDataValue: (c, u) => `${c} e ${u} por utilizador por mês`,
    casesAfter: (c, u, m) => `; ${c} casos e ${u} atualizações de casos no total após ${m}`,
    largeFactors: 'Outros fatores grandes ou particulares, como imagens volumosas submetidas regularmente',
    attachmentsValue: (r) => `anexos (imagens, áudio) de ${r}`,
    kbPerForm: 'KB por formulário',
    attachmentsAfter: (g, m) => `; ${g} de anexos após ${m}`,
    months: (n) => `${n} meses`,
    configurationFromSizing: 'Configuração resultante do dimensionamento',
    productionAfter: (m) => `Produção após ${m}`,
    productionValue: (v, c, r, s) => `${v} VM, ${c} núcleos, ${r} de memória RAM, ${s} de armazenamento de dados`,
    productionDiskValue: (v, c, r, d) => `${v} VM, ${c} núcleos, ${r} de memória RAM, ${d} de disco`,
    backupStorage: 'Armazenamento de cópias de segurança',
    columns: { system: 'Sistema', kind: 'Tipo', users: 'Utilizadores', concurrent: 'Em simultâneo', dataValuesYear: 'Valores de dados / ano', trackedEntities: 'Entidades acompanhadas', eventsYear: 'Eventos / ano', isolation: 'Isolamento', coreServers: 'Servidores principais', production: 'Produção', application: 'Aplicação', releasedVersion: 'Versão publicada atual', mobileUsers: 'Utilizadores móveis', dataFlow: 'Fluxo de dados', notes: 'Notas' },
    scaleCaption: 'Estimativas de escala por sistema DHIS2 (os valores sem resposta são os predefinidos documentados do dimensionamento)',
    sizingCaption: 'Dimensionamento por sistema DHIS2',
    systemsCaption: 'Sistemas DHIS2 abrangidos (segundo a avaliação)',
    isolation: { boombox: 'Máquina única', separate: 'Separado' },
    systemsMissing: 'os sistemas DHIS2 abrangidos, com os seus utilizadores e volumes de dados',
    fromAssessment: 'Segundo a avaliação de preparação:',
    appsCaption: 'Aplicações móveis a alojar',
    integrationsCaption: 'Sistemas integrados',
    flows: { inbound: 'Para o CommCare', outbound: 'A partir do CommCare', both: 'Nos dois sentidos' },
    checkpointDocuments: (l, n) => (n > 1 ? `documentos ${l}` : `documento ${l}`),
    fteEstimate: (n, a) => `A análise da lacuna de competências da avaliação estima ${n} ETI necessários face a ${a} ETI disponíveis hoje (anexo D).`,
    stillContainsMarker: (l) => `${l} (ainda contém uma marca do modelo)`,
  },
};
