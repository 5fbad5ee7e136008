/**
 * The infrastructure a sizing produces, in the shape the budget consumes. Sizing engines
 * (CommCare, DHIS2) each return one of these alongside their detailed tables, so the budget never
 * needs to know which platform it is costing.
 */
export type TEnvironmentKind = 'production' | 'staging' | 'test' | 'training';

export type TEnvironmentFootprint = {
  kind: TEnvironmentKind;
  label: string;
  /** Fraction of the time the environment runs: 1 for production, less for on-demand instances. */
  uptimeFraction: number;
  vms: number;
  cores: number;
  ramGb: number;
  /** Primary storage at the end of the sizing horizon, buffered. */
  storageGb: number;
};

export type TFootprint = {
  platform: 'commcare' | 'dhis2';
  /** Human label, e.g. "CommCare HQ" or "DHIS2 — HMIS (aggregate)". */
  label: string;
  environments: TEnvironmentFootprint[];
  /** Backup storage implied by the retention policy (GB), kept off the primary disks. */
  backupStorageGb: number;
  /**
   * The temporary server an OS upgrade needs (a new server is built and the system migrated to
   * it), running beside production for `months` at each OS/database upgrade. Absent when the
   * platform's sizing does not name one.
   */
  osUpgradeServer?: { cores: number; ramGb: number; storageGb: number; months: number };
};

/** Every number a user sees carries where it came from. */
export type TReason = { rule: string; source?: string };
