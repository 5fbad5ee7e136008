import type { TLocale } from '../locale';

/**
 * The fixed words of the blocks shared by the RFP annexes and the report (sizing, checkpoints,
 * budget, skills): table headers, captions, key labels and the names of the engines' ids (tiers,
 * environments, hosting options, budget categories, statuses) in each document language. The
 * engines' own explanations stay as they compute them; everything the blocks add is here.
 */
type TCommCareTierKey = 'single-server' | 'micro-cluster' | 'small-cluster' | 'large-cluster';

export type TAnnexText = {
  columns: {
    environment: string; uptime: string; vms: string; cores: string; ram: string; storage: string;
    period: string; ends: string; users: string; formsTotal: string; casesTotal: string; caseUpdatesTotal: string; attachments: string;
    dataStorage: string; osStorage: string; service: string; coresPerVm: string; ramPerVm: string;
    component: string; machines: string; disk: string; clusterPart: string; why: string;
    setting: string; value: string; scalesAs: string; source: string; software: string; version: string;
    task: string; howOften: string; year: string; database: string; postgresDisk: string; fileStore: string; backups: string;
    no: string; phase: string; checkpoint: string; status: string; reviewer: string; date: string; evidenceFiles: string;
    approved: string; applicable: string; submitted: string; changesRequested: string; open: string; notApplicable: string; progress: string;
    hostingOption: string; category: string;
    skill: string; required: string; bestInTeam: string; holders: string; risk: string; recommendation: string;
  };
  total: string;
  environmentsCaption: (label: string, backup: string) => string;
  environmentKinds: Record<'production' | 'staging' | 'test' | 'training', string>;
  commcareTiers: Record<TCommCareTierKey, { label: string; servers: string }>;
  dhis2Tiers: Record<'small' | 'medium' | 'large', string>;
  dhis2Kinds: Record<'aggregate' | 'tracker', string>;
  commcare: {
    configuration: string; why: string; usersAtStart: string; peakUsers: string; horizon: string;
    horizonValue: (months: string, from: string) => string;
    productionAtEnd: string;
    productionValue: (vms: string, cores: string, ram: string, data: string) => string;
    usageCaption: string; resourcesCaption: string; servicesCaption: (period: string) => string;
    periodLabel: (month: string, ends: string) => string;
  };
  dhis2: {
    system: string; users: string; usersValue: (users: string, concurrent: string) => string;
    dataValuesPerYear: string; trackedEntities: string; eventsPerYear: string; specification: string; isolation: string;
    memory: string; clustering: string; readReplicas: string; fileStore: string; javaHeap: string; defaultsUsed: string;
    componentsCaption: (system: string) => string; clusterCaption: (system: string) => string;
    postgresCaption: (system: string, ram: string) => string; softwareCaption: (system: string) => string;
    upgradesCaption: (system: string) => string; diskCaption: (system: string) => string;
    otherPage: string; osUpgradeServer: string; eachOsUpgrade: string;
  };
  assumptions: string; ourAssumption: string; backupsLabel: string; sources: string;
  statuses: Record<'open' | 'submitted' | 'approved' | 'changes_requested' | 'notApplicable', string>;
  checkpointMatrixCaption: string;
  /** "CommCare — phase 2: Infrastructure", as the checkpoint tables name a phase. */
  phaseTitle: (template: string, number: string, title: string) => string;
  progressCaption: string;
  categories: Record<string, string>;
  hostingOptions: Record<string, string>;
  yearN: (n: string) => string;
  totalYears: (years: string) => string;
  costCaption: (currency: string) => string;
  categoryCaption: (years: string) => string;
  notCosted: string;
  skills: {
    commcareScale: string; dhis2Scale: string; fteNeeded: string; fteAvailable: string;
    fteAvailableValue: (available: string, inHouse: string, contracted: string) => string;
    fteShortfall: string; skillsLabel: string; fteUnit: string;
    scaleValue: (scale: string, reason: string) => string;
    skillsValue: (gaps: string, single: string, ok: string) => string;
    tableCaption: string; assumedForLack: string;
    scales: Record<'single-machine' | 'separate' | 'clustered' | TCommCareTierKey, string>;
    risks: Record<'gap' | 'single-person' | 'ok', string>;
    recommendations: Record<'train' | 'hire' | 'outsource' | 'none', string>;
    levels: [string, string, string, string];
  };
};

export const ANNEX_TEXT: Record<TLocale, TAnnexText> = {
  en: {
    columns: {
      environment: 'Environment', uptime: 'Uptime', vms: 'VMs', cores: 'Cores', ram: 'RAM', storage: 'Storage',
      period: 'Period', ends: 'Ends', users: 'Users', formsTotal: 'Forms (total)', casesTotal: 'Cases (total)', caseUpdatesTotal: 'Case updates (total)', attachments: 'Attachments',
      dataStorage: 'Data storage', osStorage: 'OS storage', service: 'Service', coresPerVm: 'Cores/VM', ramPerVm: 'RAM/VM',
      component: 'Component', machines: 'Machines', disk: 'Disk', clusterPart: 'Part of the cluster', why: 'Why',
      setting: 'Setting', value: 'Value', scalesAs: 'Scales as', source: 'Source', software: 'Software', version: 'Version',
      task: 'Task', howOften: 'How often', year: 'Year', database: 'Database', postgresDisk: 'PostgreSQL disk', fileStore: 'File store', backups: 'Backups',
      no: 'No', phase: 'Phase', checkpoint: 'Checkpoint', status: 'Status', reviewer: 'Reviewer', date: 'Date', evidenceFiles: 'Evidence files',
      approved: 'Approved', applicable: 'Applicable', submitted: 'Submitted', changesRequested: 'Changes requested', open: 'Open', notApplicable: 'Not applicable', progress: 'Progress',
      hostingOption: 'Hosting option', category: 'Category',
      skill: 'Skill', required: 'Required', bestInTeam: 'Best in team', holders: 'Holders', risk: 'Risk', recommendation: 'Recommendation',
    },
    total: 'Total',
    environmentsCaption: (l, b) => `Environments — ${l} (backup storage ${b})`,
    environmentKinds: { production: 'Production', staging: 'Staging / test', test: 'Test', training: 'Training' },
    commcareTiers: {
      'single-server': { label: 'Single Server', servers: '1 server' },
      'micro-cluster': { label: 'Micro Cluster', servers: '2 servers' },
      'small-cluster': { label: 'Small Cluster', servers: '5 servers' },
      'large-cluster': { label: 'Large Cluster', servers: 'more than 5 servers' },
    },
    dhis2Tiers: { small: 'Small', medium: 'Medium', large: 'Large' },
    dhis2Kinds: { aggregate: 'aggregate', tracker: 'tracker' },
    commcare: {
      configuration: 'Configuration', why: 'Why', usersAtStart: 'Mobile users at the start', peakUsers: 'Peak mobile users', horizon: 'Horizon',
      horizonValue: (m, f) => `${m} months from ${f}`,
      productionAtEnd: 'Production at the end of the horizon',
      productionValue: (v, c, r, d) => `${v} VMs, ${c} cores, ${r} RAM, ${d} data storage`,
      usageCaption: 'CommCare usage projection', resourcesCaption: 'CommCare production resources per period',
      servicesCaption: (p) => `CommCare services at the end of the horizon (${p})`,
      periodLabel: (m, e) => `Month ${m} (${e})`,
    },
    dhis2: {
      system: 'System', users: 'Users', usersValue: (u, c) => `${u} (${c} concurrent)`,
      dataValuesPerYear: 'Data values per year', trackedEntities: 'Tracked entities', eventsPerYear: 'Events per year', specification: 'DHIS2 specification', isolation: 'Isolation',
      memory: 'Memory', clustering: 'Clustering', readReplicas: 'Read replicas', fileStore: 'File store', javaHeap: 'Java heap', defaultsUsed: 'Defaults used',
      componentsCaption: (s) => `DHIS2 components — ${s}`, clusterCaption: (s) => `Cluster — ${s} (DHIS2 calls clustering experimental)`,
      postgresCaption: (s, r) => `PostgreSQL settings — ${s} (database server with ${r} RAM)`, softwareCaption: (s) => `Software — ${s}`,
      upgradesCaption: (s) => `Upgrades — ${s}`, diskCaption: (s) => `Database, file store and backups — ${s}`,
      otherPage: 'Other DHIS2 page:', osUpgradeServer: 'Temporary server for an OS upgrade', eachOsUpgrade: 'each OS upgrade',
    },
    assumptions: 'Assumptions: ', ourAssumption: 'Our assumption:', backupsLabel: 'Backups: ', sources: 'Sources: ',
    statuses: { open: 'Open', submitted: 'Submitted', approved: 'Approved', changes_requested: 'Changes requested', notApplicable: 'Not applicable' },
    checkpointMatrixCaption: 'Checkpoint matrix',
    phaseTitle: (t, n, x) => `${t} — phase ${n}: ${x}`,
    progressCaption: 'Progress per phase (approved checkpoints out of the applicable ones)',
    categories: {
      compute: 'Compute', storage: 'Storage', backups: 'Backups and archiving', environments: 'Staging, test and training', upgrades: 'Upgrades', patching: 'Patching',
      monitoring: 'Monitoring', 'hardware-refresh': 'Hardware refresh', 'power-network': 'Power and network', personnel: 'Personnel', training: 'Training', subscription: 'SaaS subscription',
    },
    hostingOptions: {
      'on-premise': 'On-premise (ministry server room)', 'national-data-centre': 'National government data centre', 'co-location': 'In-country co-location',
      'commercial-cloud': 'Commercial cloud (IaaS)', saas: 'Specialised SaaS provider',
    },
    yearN: (n) => `Year ${n}`,
    totalYears: (y) => `Total (${y} years)`,
    costCaption: (c) => `Cost of ownership per hosting option, ${c}`,
    categoryCaption: (y) => `Totals per category over ${y} years`,
    notCosted: 'Not costed for lack of input: ',
    skills: {
      commcareScale: 'CommCare scale', dhis2Scale: 'DHIS2 scale', fteNeeded: 'FTE needed', fteAvailable: 'FTE available',
      fteAvailableValue: (a, i, c) => `${a} (${i} in-house, ${c} contracted)`,
      fteShortfall: 'FTE shortfall', skillsLabel: 'Skills', fteUnit: 'FTE', scaleValue: (s, r) => `${s}: ${r}`,
      skillsValue: (g, s, o) => `${g} gap(s), ${s} held by a single person, ${o} covered`,
      tableCaption: 'Skills required against the team', assumedForLack: 'Assumed for lack of input: ',
      scales: {
        'single-machine': 'DHIS2 on a single machine', separate: 'DHIS2 on separate servers', clustered: 'DHIS2 clustered',
        'single-server': 'CommCare on a single server', 'micro-cluster': 'CommCare micro cluster', 'small-cluster': 'CommCare small cluster', 'large-cluster': 'CommCare large cluster',
      },
      risks: { gap: 'Gap', 'single-person': 'Single person', ok: 'OK' },
      recommendations: { train: 'Train', hire: 'Hire', outsource: 'Outsource', none: '—' },
      levels: ['0 none', '1 basic', '2 working', '3 expert'],
    },
  },
  fr: {
    columns: {
      environment: 'Environnement', uptime: 'Disponibilité', vms: 'VM', cores: 'Cœurs', ram: 'Mémoire vive', storage: 'Stockage',
      period: 'Période', ends: 'Fin', users: 'Utilisateurs', formsTotal: 'Formulaires (cumul)', casesTotal: 'Cas (cumul)', caseUpdatesTotal: 'Mises à jour de cas (cumul)', attachments: 'Pièces jointes',
      dataStorage: 'Stockage des données', osStorage: 'Stockage du système', service: 'Service', coresPerVm: 'Cœurs/VM', ramPerVm: 'Mémoire/VM',
      component: 'Composant', machines: 'Machines', disk: 'Disque', clusterPart: 'Élément de la grappe', why: 'Pourquoi',
      setting: 'Paramètre', value: 'Valeur', scalesAs: 'Évolue selon', source: 'Source', software: 'Logiciel', version: 'Version',
      task: 'Tâche', howOften: 'Fréquence', year: 'Année', database: 'Base de données', postgresDisk: 'Disque PostgreSQL', fileStore: 'Stockage de fichiers', backups: 'Sauvegardes',
      no: 'N°', phase: 'Phase', checkpoint: 'Point de contrôle', status: 'Statut', reviewer: 'Valideur', date: 'Date', evidenceFiles: 'Pièces justificatives',
      approved: 'Approuvés', applicable: 'Applicables', submitted: 'Soumis', changesRequested: 'Modifications demandées', open: 'Ouverts', notApplicable: 'Sans objet', progress: 'Avancement',
      hostingOption: 'Option d’hébergement', category: 'Catégorie',
      skill: 'Compétence', required: 'Requis', bestInTeam: 'Meilleur niveau de l’équipe', holders: 'Détenteurs', risk: 'Risque', recommendation: 'Recommandation',
    },
    total: 'Total',
    environmentsCaption: (l, b) => `Environnements — ${l} (stockage des sauvegardes ${b})`,
    environmentKinds: { production: 'Production', staging: 'Préproduction / test', test: 'Test', training: 'Formation' },
    commcareTiers: {
      'single-server': { label: 'Serveur unique', servers: '1 serveur' },
      'micro-cluster': { label: 'Micro-grappe', servers: '2 serveurs' },
      'small-cluster': { label: 'Petite grappe', servers: '5 serveurs' },
      'large-cluster': { label: 'Grande grappe', servers: 'plus de 5 serveurs' },
    },
    dhis2Tiers: { small: 'Petit', medium: 'Moyen', large: 'Grand' },
    dhis2Kinds: { aggregate: 'agrégé', tracker: 'tracker' },
    commcare: {
      configuration: 'Configuration', why: 'Pourquoi', usersAtStart: 'Utilisateurs mobiles au départ', peakUsers: 'Pic d’utilisateurs mobiles', horizon: 'Horizon',
      horizonValue: (m, f) => `${m} mois à partir de ${f}`,
      productionAtEnd: 'Production à la fin de l’horizon',
      productionValue: (v, c, r, d) => `${v} VM, ${c} cœurs, ${r} de mémoire vive, ${d} de stockage des données`,
      usageCaption: 'Projection de l’utilisation de CommCare', resourcesCaption: 'Ressources de production CommCare par période',
      servicesCaption: (p) => `Services CommCare à la fin de l’horizon (${p})`,
      periodLabel: (m, e) => `Mois ${m} (${e})`,
    },
    dhis2: {
      system: 'Système', users: 'Utilisateurs', usersValue: (u, c) => `${u} (${c} simultanés)`,
      dataValuesPerYear: 'Valeurs de données par an', trackedEntities: 'Entités suivies', eventsPerYear: 'Événements par an', specification: 'Spécification DHIS2', isolation: 'Isolement',
      memory: 'Mémoire', clustering: 'Grappe', readReplicas: 'Répliques en lecture', fileStore: 'Stockage de fichiers', javaHeap: 'Tas Java', defaultsUsed: 'Valeurs par défaut utilisées',
      componentsCaption: (s) => `Composants DHIS2 — ${s}`, clusterCaption: (s) => `Grappe — ${s} (DHIS2 qualifie la mise en grappe d’expérimentale)`,
      postgresCaption: (s, r) => `Paramètres PostgreSQL — ${s} (serveur de base de données avec ${r} de mémoire vive)`, softwareCaption: (s) => `Logiciels — ${s}`,
      upgradesCaption: (s) => `Mises à niveau — ${s}`, diskCaption: (s) => `Base de données, stockage de fichiers et sauvegardes — ${s}`,
      otherPage: 'Autre page DHIS2 :', osUpgradeServer: 'Serveur temporaire pour une mise à niveau du système', eachOsUpgrade: 'à chaque mise à niveau du système',
    },
    assumptions: 'Hypothèses : ', ourAssumption: 'Notre hypothèse :', backupsLabel: 'Sauvegardes : ', sources: 'Sources : ',
    statuses: { open: 'Ouvert', submitted: 'Soumis', approved: 'Approuvé', changes_requested: 'Modifications demandées', notApplicable: 'Sans objet' },
    checkpointMatrixCaption: 'Matrice des points de contrôle',
    phaseTitle: (t, n, x) => `${t} — phase ${n} : ${x}`,
    progressCaption: 'Avancement par phase (points de contrôle approuvés sur les points applicables)',
    categories: {
      compute: 'Calcul', storage: 'Stockage', backups: 'Sauvegardes et archivage', environments: 'Préproduction, test et formation', upgrades: 'Mises à niveau', patching: 'Correctifs',
      monitoring: 'Supervision', 'hardware-refresh': 'Renouvellement du matériel', 'power-network': 'Énergie et réseau', personnel: 'Personnel', training: 'Formation', subscription: 'Abonnement SaaS',
    },
    hostingOptions: {
      'on-premise': 'Sur site (salle des serveurs du ministère)', 'national-data-centre': 'Centre de données national de l’État', 'co-location': 'Colocation dans le pays',
      'commercial-cloud': 'Nuage commercial (IaaS)', saas: 'Fournisseur SaaS spécialisé',
    },
    yearN: (n) => `Année ${n}`,
    totalYears: (y) => `Total (${y} ans)`,
    costCaption: (c) => `Coût total de possession par option d’hébergement, ${c}`,
    categoryCaption: (y) => `Totaux par catégorie sur ${y} ans`,
    notCosted: 'Non chiffré faute de données : ',
    skills: {
      commcareScale: 'Échelle CommCare', dhis2Scale: 'Échelle DHIS2', fteNeeded: 'ETP nécessaires', fteAvailable: 'ETP disponibles',
      fteAvailableValue: (a, i, c) => `${a} (${i} en interne, ${c} sous contrat)`,
      fteShortfall: 'ETP manquants', skillsLabel: 'Compétences', fteUnit: 'ETP', scaleValue: (s, r) => `${s} : ${r}`,
      skillsValue: (g, s, o) => `${g} lacune(s), ${s} détenue(s) par une seule personne, ${o} couverte(s)`,
      tableCaption: 'Compétences requises face à l’équipe', assumedForLack: 'Supposé faute de données : ',
      scales: {
        'single-machine': 'DHIS2 sur une seule machine', separate: 'DHIS2 sur des serveurs séparés', clustered: 'DHIS2 en grappe',
        'single-server': 'CommCare sur un serveur unique', 'micro-cluster': 'CommCare en micro-grappe', 'small-cluster': 'CommCare en petite grappe', 'large-cluster': 'CommCare en grande grappe',
      },
      risks: { gap: 'Lacune', 'single-person': 'Une seule personne', ok: 'Couvert' },
      recommendations: { train: 'Former', hire: 'Recruter', outsource: 'Externaliser', none: '—' },
      levels: ['0 aucun', '1 notions', '2 opérationnel', '3 expert'],
    },
  },
  pt: {
    columns: {
      environment: 'Ambiente', uptime: 'Disponibilidade', vms: 'VM', cores: 'Núcleos', ram: 'Memória RAM', storage: 'Armazenamento',
      period: 'Período', ends: 'Fim', users: 'Utilizadores', formsTotal: 'Formulários (acumulado)', casesTotal: 'Casos (acumulado)', caseUpdatesTotal: 'Atualizações de casos (acumulado)', attachments: 'Anexos',
      dataStorage: 'Armazenamento de dados', osStorage: 'Armazenamento do sistema', service: 'Serviço', coresPerVm: 'Núcleos/VM', ramPerVm: 'Memória/VM',
      component: 'Componente', machines: 'Máquinas', disk: 'Disco', clusterPart: 'Parte do cluster', why: 'Porquê',
      setting: 'Parâmetro', value: 'Valor', scalesAs: 'Varia com', source: 'Fonte', software: 'Software', version: 'Versão',
      task: 'Tarefa', howOften: 'Frequência', year: 'Ano', database: 'Base de dados', postgresDisk: 'Disco do PostgreSQL', fileStore: 'Armazenamento de ficheiros', backups: 'Cópias de segurança',
      no: 'N.º', phase: 'Fase', checkpoint: 'Ponto de controlo', status: 'Estado', reviewer: 'Revisor', date: 'Data', evidenceFiles: 'Ficheiros comprovativos',
      approved: 'Aprovados', applicable: 'Aplicáveis', submitted: 'Submetidos', changesRequested: 'Alterações pedidas', open: 'Abertos', notApplicable: 'Não aplicável', progress: 'Progresso',
      hostingOption: 'Opção de alojamento', category: 'Categoria',
      skill: 'Competência', required: 'Exigido', bestInTeam: 'Melhor nível da equipa', holders: 'Detentores', risk: 'Risco', recommendation: 'Recomendação',
    },
    total: 'Total',
    environmentsCaption: (l, b) => `Ambientes — ${l} (armazenamento de cópias de segurança ${b})`,
    environmentKinds: { production: 'Produção', staging: 'Pré-produção / testes', test: 'Testes', training: 'Formação' },
    commcareTiers: {
      'single-server': { label: 'Servidor único', servers: '1 servidor' },
      'micro-cluster': { label: 'Microcluster', servers: '2 servidores' },
      'small-cluster': { label: 'Cluster pequeno', servers: '5 servidores' },
      'large-cluster': { label: 'Cluster grande', servers: 'mais de 5 servidores' },
    },
    dhis2Tiers: { small: 'Pequeno', medium: 'Médio', large: 'Grande' },
    dhis2Kinds: { aggregate: 'agregado', tracker: 'tracker' },
    commcare: {
      configuration: 'Configuração', why: 'Porquê', usersAtStart: 'Utilizadores móveis no início', peakUsers: 'Pico de utilizadores móveis', horizon: 'Horizonte',
      horizonValue: (m, f) => `${m} meses a partir de ${f}`,
      productionAtEnd: 'Produção no fim do horizonte',
      productionValue: (v, c, r, d) => `${v} VM, ${c} núcleos, ${r} de memória RAM, ${d} de armazenamento de dados`,
      usageCaption: 'Projeção da utilização do CommCare', resourcesCaption: 'Recursos de produção do CommCare por período',
      servicesCaption: (p) => `Serviços do CommCare no fim do horizonte (${p})`,
      periodLabel: (m, e) => `Mês ${m} (${e})`,
    },
    dhis2: {
      system: 'Sistema', users: 'Utilizadores', usersValue: (u, c) => `${u} (${c} em simultâneo)`,
      dataValuesPerYear: 'Valores de dados por ano', trackedEntities: 'Entidades acompanhadas', eventsPerYear: 'Eventos por ano', specification: 'Especificação DHIS2', isolation: 'Isolamento',
      memory: 'Memória', clustering: 'Cluster', readReplicas: 'Réplicas de leitura', fileStore: 'Armazenamento de ficheiros', javaHeap: 'Heap Java', defaultsUsed: 'Valores predefinidos usados',
      componentsCaption: (s) => `Componentes DHIS2 — ${s}`, clusterCaption: (s) => `Cluster — ${s} (o DHIS2 considera o cluster experimental)`,
      postgresCaption: (s, r) => `Parâmetros do PostgreSQL — ${s} (servidor de base de dados com ${r} de memória RAM)`, softwareCaption: (s) => `Software — ${s}`,
      upgradesCaption: (s) => `Atualizações — ${s}`, diskCaption: (s) => `Base de dados, armazenamento de ficheiros e cópias de segurança — ${s}`,
      otherPage: 'Outra página do DHIS2:', osUpgradeServer: 'Servidor temporário para uma atualização do sistema operativo', eachOsUpgrade: 'em cada atualização do sistema operativo',
    },
    assumptions: 'Pressupostos: ', ourAssumption: 'O nosso pressuposto:', backupsLabel: 'Cópias de segurança: ', sources: 'Fontes: ',
    statuses: { open: 'Aberto', submitted: 'Submetido', approved: 'Aprovado', changes_requested: 'Alterações pedidas', notApplicable: 'Não aplicável' },
    checkpointMatrixCaption: 'Matriz dos pontos de controlo',
    phaseTitle: (t, n, x) => `${t} — fase ${n}: ${x}`,
    progressCaption: 'Progresso por fase (pontos de controlo aprovados sobre os aplicáveis)',
    categories: {
      compute: 'Computação', storage: 'Armazenamento', backups: 'Cópias de segurança e arquivo', environments: 'Pré-produção, testes e formação', upgrades: 'Atualizações', patching: 'Correções',
      monitoring: 'Monitorização', 'hardware-refresh': 'Renovação do equipamento', 'power-network': 'Energia e rede', personnel: 'Pessoal', training: 'Formação', subscription: 'Subscrição SaaS',
    },
    hostingOptions: {
      'on-premise': 'Nas instalações (sala de servidores do ministério)', 'national-data-centre': 'Centro de dados nacional do Estado', 'co-location': 'Colocation no país',
      'commercial-cloud': 'Nuvem comercial (IaaS)', saas: 'Fornecedor SaaS especializado',
    },
    yearN: (n) => `Ano ${n}`,
    totalYears: (y) => `Total (${y} anos)`,
    costCaption: (c) => `Custo total de propriedade por opção de alojamento, ${c}`,
    categoryCaption: (y) => `Totais por categoria em ${y} anos`,
    notCosted: 'Não orçamentado por falta de dados: ',
    skills: {
      commcareScale: 'Escala do CommCare', dhis2Scale: 'Escala do DHIS2', fteNeeded: 'ETI necessários', fteAvailable: 'ETI disponíveis',
      fteAvailableValue: (a, i, c) => `${a} (${i} internos, ${c} contratados)`,
      fteShortfall: 'ETI em falta', skillsLabel: 'Competências', fteUnit: 'ETI', scaleValue: (s, r) => `${s}: ${r}`,
      skillsValue: (g, s, o) => `${g} lacuna(s), ${s} detida(s) por uma só pessoa, ${o} coberta(s)`,
      tableCaption: 'Competências exigidas face à equipa', assumedForLack: 'Pressuposto por falta de dados: ',
      scales: {
        'single-machine': 'DHIS2 numa só máquina', separate: 'DHIS2 em servidores separados', clustered: 'DHIS2 em cluster',
        'single-server': 'CommCare num servidor único', 'micro-cluster': 'CommCare em microcluster', 'small-cluster': 'CommCare em cluster pequeno', 'large-cluster': 'CommCare em cluster grande',
      },
      risks: { gap: 'Lacuna', 'single-person': 'Uma só pessoa', ok: 'Coberto' },
      recommendations: { train: 'Formar', hire: 'Recrutar', outsource: 'Externalizar', none: '—' },
      levels: ['0 nenhum', '1 básico', '2 operacional', '3 especialista'],
    },
  },
};
