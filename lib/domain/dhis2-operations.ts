import { cite, type TCited, type TSource } from './dhis2-citations';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import { reason, type TReason } from './reason';

/**
 * What running a DHIS2 system takes besides its servers: the file store, backups of the database
 * and the file store, the software versions for the chosen DHIS2 version, and the upgrade cadence
 * with the temporary server an OS upgrade needs. Pure functions of the sizing's figures.
 */

const round1 = (n: number) => Math.round(n * 10) / 10;

export type TFileStore = TCited & {
  /** Where the files live: the Tomcat's disk, or storage every Tomcat of a cluster shares. */
  kind: 'local-disk' | 'shared';
  label: TReason;
  /** Size at the end of years 0..N (GB), with the disk headroom. */
  gbPerYear: number[];
  gb: number;
  reason: TReason;
};

/** The DHIS2 files folder (apps, uploads): a base plus what users upload each year. */
export function fileStoreSizing(users: number, years: number, isClustered: boolean, c: TDhis2SizingConstants): TFileStore {
  const f = c.fileStore;
  const perYearGb = (users * f.mbPerUserPerYear.value) / 1000;
  const gbPerYear = Array.from({ length: years + 1 }, (_, y) => Math.ceil((f.baseGb.value + perYearGb * y) * (1 + c.diskBuffer.value)));
  const gb = gbPerYear[years];
  return {
    kind: isClustered ? 'shared' : 'local-disk',
    label: reason(isClustered ? 'dhis2.fileStore.shared' : 'dhis2.fileStore.localDisk'),
    gbPerYear,
    gb,
    reason: reason('dhis2.fileStore.reason', { base: f.baseGb.value, users, mb: f.mbPerUserPerYear.value, years, buffer: c.diskBuffer.value, gb, cluster: isClustered ? reason('dhis2.fileStore.cluster') : '' }),
    source: cite(c, f.source),
    assumption: `${f.baseGb.assumption}; ${f.mbPerUserPerYear.assumption}`,
  };
}

export type TBackupYear = { year: number; databaseGb: number; fileStoreGb: number; totalGb: number };
export type TBackupSizing = TCited & {
  gb: number;
  copies: number;
  dumpGb: number;
  retention: { dailyDays: number; weeklyWeeks: number; monthlyMonths: number };
  isDefaultRetention: boolean;
  fileStoreGb: number;
  perYear: TBackupYear[];
  reason: TReason;
  /** Where the file store's copy (restic snapshots) comes from. */
  filesSource: TSource;
};

/** Database dumps kept by the retention policy plus a deduplicated copy of the file store, per year. */
export function backupSizing(
  transactionalGbPerYear: number[],
  fileStoreGbPerYear: number[],
  filesUploadGbPerYear: number,
  retention: { dailyDays: number; weeklyWeeks: number; monthlyMonths: number },
  c: TDhis2SizingConstants,
): TBackupSizing {
  const r = c.backupRetention;
  const copies = retention.dailyDays + retention.weeklyWeeks + retention.monthlyMonths;
  const isDefaultRetention = retention.dailyDays === r.dailyDays && retention.weeklyWeeks === r.weeklyWeeks && retention.monthlyMonths === r.monthlyMonths;
  const dump = (tx: number) => round1((tx + c.bytes.baselineGb.value) * c.backupCompression.value);
  const changesGb = (filesUploadGbPerYear * r.filesMonthsOfChanges.value) / 12;
  const perYear = transactionalGbPerYear.map((tx, year) => {
    const databaseGb = Math.ceil(dump(tx) * copies);
    const fileStoreGb = copies === 0 ? 0 : Math.ceil(fileStoreGbPerYear[year] + changesGb);
    return { year, databaseGb, fileStoreGb, totalGb: databaseGb + fileStoreGb };
  });
  const last = perYear[perYear.length - 1];
  const dumpGb = dump(transactionalGbPerYear[transactionalGbPerYear.length - 1]);
  return {
    gb: last.totalGb,
    copies,
    dumpGb,
    retention,
    isDefaultRetention,
    fileStoreGb: last.fileStoreGb,
    perYear,
    reason: reason('dhis2.backup.reason', {
      copies,
      daily: retention.dailyDays,
      weekly: retention.weeklyWeeks,
      monthly: retention.monthlyMonths,
      whose: reason(isDefaultRetention ? 'dhis2.backup.defaultRetention' : 'dhis2.backup.yourRetention'),
      dump: dumpGb,
      database: last.databaseGb,
      files: fileStoreGbPerYear[fileStoreGbPerYear.length - 1],
      months: r.filesMonthsOfChanges.value,
      filesBackup: last.fileStoreGb,
    }),
    source: cite(c, isDefaultRetention ? r.source : c.backupSource),
    filesSource: cite(c, r.filesSource),
    assumption: [c.backupCompression.assumption, r.filesMonthsOfChanges.assumption, ...(isDefaultRetention ? [] : [r.chosenRetentionAssumption])].join('; '),
  };
}

export type TSoftware = TCited & {
  dhis2Version: string;
  /** `note`: when the component is not needed, why. */
  items: { component: string; version: string; note?: TReason }[];
  reason: TReason;
};

export function softwareVersions(dhis2Version: string, isClustered: boolean, c: TDhis2SizingConstants): TSoftware {
  const s = c.software;
  const v = s.versions.find((x) => x.dhis2 === dhis2Version) ?? s.versions[0];
  return {
    dhis2Version: v.dhis2,
    items: [
      { component: 'DHIS2', version: v.dhis2 },
      { component: 'Ubuntu Server', version: v.ubuntu },
      { component: 'PostgreSQL', version: s.postgresql },
      { component: 'PostGIS', version: s.postgis },
      { component: 'Java (OpenJDK JRE)', version: v.java },
      { component: 'Apache Tomcat', version: v.tomcat },
      { component: 'Redis', version: s.redis, ...(isClustered ? {} : { note: reason('dhis2.software.redisNotNeeded') }) },
    ],
    reason: reason('dhis2.software.reason', { version: v.dhis2, majors: c.upgrades.supportedMajors }),
    source: cite(c, s.source),
  };
}

export type TUpgradeServer = TCited & { cores: number; ramGb: number; storageGb: number; months: number; reason: TReason };
export type TUpgrades = {
  items: (TCited & { task: TReason; cadence: TReason; reason: TReason })[];
  osUpgradeServer: TUpgradeServer;
};

/** The upgrade cadence and the temporary server an OS upgrade needs (build a new server and migrate). */
export function upgradePlan(server: { cores: number; ramGb: number; storageGb: number; what: TReason }, c: TDhis2SizingConstants): TUpgrades {
  const u = c.upgrades;
  const patch = cite(c, u.patchSource);
  return {
    items: [
      { task: reason('dhis2.upgrades.patch'), cadence: reason('dhis2.upgrades.everyWeeks', { weeks: u.patchWeeks }), reason: reason('dhis2.upgrades.patchReason'), source: patch },
      { task: reason('dhis2.upgrades.major'), cadence: reason('dhis2.upgrades.everyYear'), reason: reason('dhis2.upgrades.majorReason', { majors: u.supportedMajors }), source: cite(c, u.lifecycleSource) },
      { task: reason('dhis2.upgrades.osDb'), cadence: reason('dhis2.upgrades.everyYears', { years: u.osDbEveryYears }), reason: reason('dhis2.upgrades.osDbReason'), source: patch },
    ],
    osUpgradeServer: {
      cores: server.cores,
      ramGb: server.ramGb,
      storageGb: server.storageGb,
      months: u.osUpgradeMonths.value,
      reason: reason('dhis2.upgrades.osServer', { months: u.osUpgradeMonths.value, what: server.what, cores: server.cores, ram: server.ramGb, storage: server.storageGb }),
      source: cite(c, u.osUpgradeSource),
      assumption: u.osUpgradeMonths.assumption,
    },
  };
}

