import { can, type TAction, type TRole } from '@/lib/auth/permissions';

/** The header's links, each shown only to roles allowed to use it (`key`: its text in the common messages' nav). */
const NAV: { href: string; key: 'assessments' | 'portfolio' | 'review' | 'members' | 'templates' | 'sizing' | 'glossary' | 'account'; label: string; action: TAction | null }[] = [
  { href: '/', key: 'assessments', label: 'Assessments', action: 'assessment.read' },
  { href: '/portfolio', key: 'portfolio', label: 'Portfolio', action: 'portfolio.read' },
  { href: '/review', key: 'review', label: 'Review queue', action: 'review.queue' },
  { href: '/members', key: 'members', label: 'Members', action: 'member.list' },
  { href: '/templates', key: 'templates', label: 'Questionnaires', action: 'template.manage' },
  { href: '/sizing', key: 'sizing', label: 'Sizing calculator', action: null },
  { href: '/glossary', key: 'glossary', label: 'Glossary', action: null },
  { href: '/account', key: 'account', label: 'Your account', action: 'account.manage' },
];

export function navigationFor(role: TRole) {
  return NAV.filter((item) => item.action === null || can(role, item.action));
}
