import type { TBudgetLineId } from './budget';
import type { TLocale } from './locale';

/**
 * The words of the CSV and XLSX exports (sheet names, column headers, the rows' fixed words) in
 * each language; the names of tiers, environments, hosting options, categories, risks and
 * recommendations are the documents' (lib/domain/documents/annex-text.ts).
 */
export type TExportText = {
  sheets: { sizing: string; skills: string; budget: string };
  sizing: { platform: string; systemOrTier: string; period: string; serviceOrComponent: string; vms: string; cores: string; ramGb: string; storageGb: string; osDiskGb: string; ruleAndSource: string };
  sizingRows: { total: string; environment: string; backups: string; backupStorage: string; fromRetention: string; production: string; osUpgrade: string; uptime: (percent: string) => string; why: string; source: string; ourAssumption: string };
  skills: { skill: string; platforms: string; required: string; bestAvailable: string; holders: string; risk: string; recommendation: string; reason: string; fteRow: string };
  budget: { hostingOption: string; line: string; category: string; oftenOverlooked: string; year: (n: number, currency: string) => string; total: (currency: string) => string; rule: string; yes: string; no: string };
  budgetLines: Record<TBudgetLineId, string>;
};

export const EXPORT_TEXT: Record<TLocale, TExportText> = {
  en: {
    sheets: { sizing: 'Sizing', skills: 'Skills gap', budget: 'Budget' },
    sizing: { platform: 'Platform', systemOrTier: 'System or tier', period: 'Period', serviceOrComponent: 'Service or component', vms: 'VMs', cores: 'Cores', ramGb: 'RAM (GB)', storageGb: 'Storage (GB)', osDiskGb: 'OS disk (GB)', ruleAndSource: 'Rule and source' },
    sizingRows: { total: 'Total', environment: 'environment', backups: 'backups', backupStorage: 'Backup storage', fromRetention: 'from the retention policy', production: 'production', osUpgrade: 'OS upgrade', uptime: (p) => `${p} uptime`, why: 'Why:', source: 'Source:', ourAssumption: 'Our assumption:' },
    skills: { skill: 'Skill', platforms: 'Platforms', required: 'Required level', bestAvailable: 'Best available level', holders: 'People holding it', risk: 'Risk', recommendation: 'Recommendation', reason: 'Reason', fteRow: 'FTE needed vs available' },
    budget: { hostingOption: 'Hosting option', line: 'Line', category: 'Category', oftenOverlooked: 'Often overlooked', year: (n, c) => `Year ${n} (${c})`, total: (c) => `Total (${c})`, rule: 'Rule', yes: 'yes', no: 'no' },
    budgetLines: {
      'compute.production': 'Production compute (servers or VMs)', 'storage.production': 'Production storage', 'environments.non-production': 'Staging, test and training instances',
      'backups.storage': 'Backups and archiving: backup storage', 'backups.offsite': 'Backups and archiving: off-site copy', 'upgrades.annual-major': 'Annual major upgrade (labour)',
      'upgrades.os-db': 'Major OS/database server upgrade, every 2-3 years (labour)', patching: 'Patching every 4-6 weeks (labour)', monitoring: 'Monitoring and alerting',
      'hardware.refresh': 'Hardware refresh', 'power-network.power-ups': 'Power, UPS and cooling', 'power-network.network': 'Network connectivity',
      personnel: 'Personnel (FTE from the skills gap)', training: 'Training', subscription: 'SaaS subscription',
    },
  },
  fr: {
    sheets: { sizing: 'Dimensionnement', skills: 'Écart de compétences', budget: 'Budget' },
    sizing: { platform: 'Plateforme', systemOrTier: 'Système ou configuration', period: 'Période', serviceOrComponent: 'Service ou composant', vms: 'VM', cores: 'Cœurs', ramGb: 'Mémoire vive (GB)', storageGb: 'Stockage (GB)', osDiskGb: 'Disque système (GB)', ruleAndSource: 'Règle et source' },
    sizingRows: { total: 'Total', environment: 'environnement', backups: 'sauvegardes', backupStorage: 'Stockage des sauvegardes', fromRetention: 'selon la politique de conservation', production: 'production', osUpgrade: 'mise à niveau du système', uptime: (p) => `disponibilité ${p}`, why: 'Pourquoi :', source: 'Source :', ourAssumption: 'Notre hypothèse :' },
    skills: { skill: 'Compétence', platforms: 'Plateformes', required: 'Niveau requis', bestAvailable: 'Meilleur niveau disponible', holders: 'Personnes qui la détiennent', risk: 'Risque', recommendation: 'Recommandation', reason: 'Motif', fteRow: 'ETP nécessaires et disponibles' },
    budget: { hostingOption: 'Option d’hébergement', line: 'Ligne', category: 'Catégorie', oftenOverlooked: 'Souvent oubliée', year: (n, c) => `Année ${n} (${c})`, total: (c) => `Total (${c})`, rule: 'Règle', yes: 'oui', no: 'non' },
    budgetLines: {
      'compute.production': 'Calcul de production (serveurs ou VM)', 'storage.production': 'Stockage de production', 'environments.non-production': 'Instances de préproduction, de test et de formation',
      'backups.storage': 'Sauvegardes et archivage : stockage des sauvegardes', 'backups.offsite': 'Sauvegardes et archivage : copie hors site', 'upgrades.annual-major': 'Mise à niveau majeure annuelle (main-d’œuvre)',
      'upgrades.os-db': 'Mise à niveau majeure du système et du serveur de base de données, tous les 2 à 3 ans (main-d’œuvre)', patching: 'Correctifs toutes les 4 à 6 semaines (main-d’œuvre)', monitoring: 'Supervision et alertes',
      'hardware.refresh': 'Renouvellement du matériel', 'power-network.power-ups': 'Énergie, onduleurs et climatisation', 'power-network.network': 'Connectivité réseau',
      personnel: 'Personnel (ETP issus de l’écart de compétences)', training: 'Formation', subscription: 'Abonnement SaaS',
    },
  },
  pt: {
    sheets: { sizing: 'Dimensionamento', skills: 'Lacuna de competências', budget: 'Orçamento' },
    sizing: { platform: 'Plataforma', systemOrTier: 'Sistema ou configuração', period: 'Período', serviceOrComponent: 'Serviço ou componente', vms: 'VM', cores: 'Núcleos', ramGb: 'Memória RAM (GB)', storageGb: 'Armazenamento (GB)', osDiskGb: 'Disco do sistema (GB)', ruleAndSource: 'Regra e fonte' },
    sizingRows: { total: 'Total', environment: 'ambiente', backups: 'cópias de segurança', backupStorage: 'Armazenamento de cópias de segurança', fromRetention: 'segundo a política de retenção', production: 'produção', osUpgrade: 'atualização do sistema operativo', uptime: (p) => `disponibilidade de ${p}`, why: 'Porquê:', source: 'Fonte:', ourAssumption: 'O nosso pressuposto:' },
    skills: { skill: 'Competência', platforms: 'Plataformas', required: 'Nível exigido', bestAvailable: 'Melhor nível disponível', holders: 'Pessoas que a detêm', risk: 'Risco', recommendation: 'Recomendação', reason: 'Motivo', fteRow: 'ETI necessários e disponíveis' },
    budget: { hostingOption: 'Opção de alojamento', line: 'Linha', category: 'Categoria', oftenOverlooked: 'Muitas vezes esquecida', year: (n, c) => `Ano ${n} (${c})`, total: (c) => `Total (${c})`, rule: 'Regra', yes: 'sim', no: 'não' },
    budgetLines: {
      'compute.production': 'Computação de produção (servidores ou VM)', 'storage.production': 'Armazenamento de produção', 'environments.non-production': 'Instâncias de pré-produção, testes e formação',
      'backups.storage': 'Cópias de segurança e arquivo: armazenamento das cópias', 'backups.offsite': 'Cópias de segurança e arquivo: cópia externa', 'upgrades.annual-major': 'Atualização principal anual (mão de obra)',
      'upgrades.os-db': 'Atualização principal do sistema operativo e do servidor de base de dados, a cada 2-3 anos (mão de obra)', patching: 'Correções a cada 4-6 semanas (mão de obra)', monitoring: 'Monitorização e alertas',
      'hardware.refresh': 'Renovação do equipamento', 'power-network.power-ups': 'Energia, UPS e refrigeração', 'power-network.network': 'Conectividade de rede',
      personnel: 'Pessoal (ETI da lacuna de competências)', training: 'Formação', subscription: 'Subscrição SaaS',
    },
  },
};
