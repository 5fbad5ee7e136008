/**
 * Label of each RFP detail field (lib/schemas/rfp.ts), for the form and for the list of missing
 * items; `required` fields must be filled before the RFP loses its DRAFT mark (the narrative
 * overrides are optional).
 */
export const RFP_DETAIL_FIELDS = {
  clientName: { label: 'Client name', required: true },
  saasDescription: { label: 'Description of the current (SaaS) environment', required: true },
  hostingQuotes: { label: 'Number of hosting provider quotes (N)', required: true },
  periodOfPerformance: { label: 'Period of performance', required: true },
  submissionEmail: { label: 'Submission e-mail address', required: true },
  submissionDeadline: { label: 'Submission deadline', required: true },
  contacts: { label: 'Points of contact', required: true },
  projectSummary: { label: 'Project summary (replaces the template text)', required: false },
  scopeNotes: { label: 'Scope of work notes', required: false },
} as const;
export type TRfpDetailField = keyof typeof RFP_DETAIL_FIELDS;
