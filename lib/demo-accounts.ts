import type { TRole } from '@/lib/auth/permissions';

export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_ORGANIZATION = 'Ministère de la Santé Publique (démo)';
export const DEMO_CONSULTANCY = 'Demo Hosting Consultancy';
export const DEMO_ACCOUNTS: { email: string; name: string; role: TRole }[] = [
  { email: 'planner@demo.example', name: 'Aïcha Diallo', role: 'planner' },
  { email: 'reviewer@demo.example', name: 'João Conceição', role: 'reviewer' },
  { email: 'consultant@demo.example', name: 'María Fernández', role: 'consultant' },
  { email: 'admin@demo.example', name: 'Émile Ngoma', role: 'admin' },
];
