import type { TFootprint } from './footprint';
import type { TCited, TSource } from './dhis2-citations';
import type { TDhis2Tier } from './dhis2-sizing-constants';
import type { TBackupSizing, TFileStore, TSoftware, TUpgrades } from './dhis2-operations';
import type { TPostgresSetting } from './dhis2-postgres-settings';
import type { TReason } from './reason';

/** What DHIS2 sizing answers (lib/domain/dhis2-sizing.ts computes it): per system, its parts, floors, environments and operations, each figure cited. */

export type TComponent = TCited & {
  id: 'proxy' | 'core' | 'postgres' | 'postgres-replica' | 'redis' | 'monitoring';
  /** The component's name, in words where shown. */
  component: TReason;
  machines: number;
  cores: number;
  ramGb: number;
  diskGb: number;
  /** `shared-host`: in a container on the single machine of a boombox setup. */
  placement: 'own-machine' | 'shared-host';
  reason: TReason;
};
export type TDiskYear = TCited & { year: number; transactionalGb: number; databaseGb: number; postgresDiskGb: number; reason: TReason };
export type TDhis2Environment = TCited & { kind: 'production' | 'staging' | 'training'; label: TReason; uptimeFraction: number; vms: number; cores: number; ramGb: number; diskGb: number; reason: TReason };
export type TFloor = { ramGb: number; cores: number; storageGb: number };
export type TDhis2SystemSizing = {
  name: string;
  kind: 'aggregate' | 'tracker';
  /** `defaulted`: the inputs not given, each with the default used. */
  inputs: { users: number; concurrentUsers: number; dataValuesPerYear: number; trackedEntities: number; eventsPerYear: number; defaulted: TReason[] };
  /** DHIS2's specification the system falls in (by our bands), and its floors; `label` is the reference data's name of it. */
  tier: TCited & { tier: TDhis2Tier['tier']; label: string; instance: TFloor; database: TFloor; databaseSource: TSource; why: TReason };
  isolation: TCited & { level: 'boombox' | 'separate'; recommendation: TReason; reason: TReason };
  clustered: TCited & {
    isClustered: boolean;
    coreNodes: number;
    hasRedis: boolean;
    hasReadReplica: boolean;
    /** DHIS2 calls horizontally scaled (clustered) DHIS2 experimental. */
    isExperimental: boolean;
    parts: (TCited & { part: TReason; reason: TReason })[];
    reason: TReason;
  };
  readReplicas: TCited & { count: number; max: number; reason: TReason };
  memorySplit: TCited & { placement: 'shared-host' | 'separate'; hostRamGb: number | null; postgresGb: number; tomcatGb: number; postgresShare: number; reason: TReason };
  components: TComponent[];
  /** -Xmx of each Tomcat, in GB. */
  javaHeapGb: number;
  javaHeap: TCited & { xmxGb: number; javaOpts: string; reason: TReason };
  postgresRam: TCited & { gb: number; reason: TReason };
  postgresSettings: TPostgresSetting[];
  /** The settings as a postgresql.conf snippet. */
  postgresConf: string;
  fileStore: TFileStore;
  /** Database size at the end of years 1..N (GB), analytics included. */
  databaseGbPerYear: number[];
  /** Year 0 (now) to N: the database and the PostgreSQL disk it needs. */
  disk: TDiskYear[];
  environments: TDhis2Environment[];
  backupStorageGb: number;
  backup: TBackupSizing;
  software: TSoftware;
  upgrades: TUpgrades;
  footprint: TFootprint;
};
/**
 * Every explanation is a reason (a message key of sizingReasons.json and its figures), put into words
 * where it is read; texts of the reference data (assumptions, the tier's label, software versions)
 * are in English here and put into the reader's language by localizeDhis2Sizing (lib/content/localize-dhis2-sizing.ts).
 */
export type TDhis2SizingResult = { systems: TDhis2SystemSizing[]; footprints: TFootprint[]; assumptionReasons: TReason[] };
