import { can, type TAction, type TRole } from '@/lib/auth/permissions';

/** The header's links, each shown only to roles allowed to use it. */
const NAV: { href: string; label: string; action: TAction | null }[] = [
  { href: '/', label: 'Assessments', action: 'assessment.read' },
  { href: '/review', label: 'Review queue', action: 'review.queue' },
  { href: '/members', label: 'Members', action: 'member.list' },
  { href: '/templates', label: 'Questionnaires', action: 'template.manage' },
  { href: '/sizing', label: 'Sizing calculator', action: null },
  { href: '/glossary', label: 'Glossary', action: null },
  { href: '/account', label: 'Your account', action: 'account.manage' },
];

export function navigationFor(role: TRole) {
  return NAV.filter((item) => item.action === null || can(role, item.action));
}
