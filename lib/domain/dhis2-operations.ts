import { cite, type TCited } from './dhis2-citations';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';

/**
 * What running a DHIS2 system takes besides its servers: the file store, backups of the database
 * and the file store, the software versions for the chosen DHIS2 version, and the upgrade cadence
 * with the temporary server an OS upgrade needs. Pure functions of the sizing's figures.
 */

const fmt = (n: number) => n.toLocaleString('en');
const round1 = (n: number) => Math.round(n * 10) / 10;

export type TFileStore = TCited & {
  /** Where the files live: the Tomcat's disk, or storage every Tomcat of a cluster shares. */
  kind: 'local-disk' | 'shared';
  label: string;
  /** Size at the end of years 0..N (GB), with the disk headroom. */
  gbPerYear: number[];
  gb: number;
  reason: string;
};

/** The DHIS2 files folder (apps, uploads): a base plus what users upload each year. */
export function fileStoreSizing(users: number, years: number, isClustered: boolean, c: TDhis2SizingConstants): TFileStore {
  const f = c.fileStore;
  const perYearGb = (users * f.mbPerUserPerYear.value) / 1000;
  const gbPerYear = Array.from({ length: years + 1 }, (_, y) => Math.ceil((f.baseGb.value + perYearGb * y) * (1 + c.diskBuffer.value)));
  const gb = gbPerYear[years];
  return {
    kind: isClustered ? 'shared' : 'local-disk',
    label: isClustered ? 'Shared file store: S3-compatible object storage or a network drive' : 'File store on the Tomcat server’s disk',
    gbPerYear,
    gb,
    reason: `${f.baseGb.value} GB of apps and metadata files + ${fmt(users)} users × ${f.mbPerUserPerYear.value} MB a year of uploads, over ${years} years, + ${Math.round(c.diskBuffer.value * 100)}% headroom = ${fmt(gb)} GB.${isClustered ? ' In a cluster every DHIS2 server must use the same files folder, through S3-compatible object storage or a shared network drive.' : ''}`,
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
  reason: string;
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
    reason:
      `Database: ${copies} copies (${retention.dailyDays} daily + ${retention.weeklyWeeks} weekly + ${retention.monthlyMonths} monthly${isDefaultRetention ? ', dhis2-server-tools’ defaults' : ', your retention policy'}) × a ${fmt(dumpGb)} GB compressed dump without the analytics tables = ${fmt(last.databaseGb)} GB. ` +
      `File store: a deduplicated copy (${r.filesSource.section}) of ${fmt(fileStoreGbPerYear[fileStoreGbPerYear.length - 1])} GB plus ${r.filesMonthsOfChanges.value} months of uploads = ${fmt(last.fileStoreGb)} GB. ` +
      'Kept off the database disk, with an off-site copy; backup storage can use slower, cheaper disks.',
    source: cite(c, isDefaultRetention ? r.source : c.backupSource),
    assumption: `${c.backupCompression.assumption}; ${r.filesMonthsOfChanges.assumption}${isDefaultRetention ? '' : '; the retention is the one you chose'}`,
  };
}

export type TSoftware = TCited & {
  dhis2Version: string;
  items: { component: string; version: string }[];
  reason: string;
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
      { component: 'Redis', version: isClustered ? s.redis : `${s.redis}, only for a cluster (not needed here)` },
    ],
    reason: `The versions DHIS2 recommends for DHIS2 ${v.dhis2}. Only the ${c.upgrades.supportedMajors} latest DHIS2 releases get patches.`,
    source: cite(c, s.source),
  };
}

export type TUpgradeServer = TCited & { cores: number; ramGb: number; storageGb: number; months: number; reason: string };
export type TUpgrades = {
  items: (TCited & { task: string; cadence: string; reason: string })[];
  osUpgradeServer: TUpgradeServer;
};

/** The upgrade cadence and the temporary server an OS upgrade needs (build a new server and migrate). */
export function upgradePlan(server: { cores: number; ramGb: number; storageGb: number; what: string }, c: TDhis2SizingConstants): TUpgrades {
  const u = c.upgrades;
  const patch = cite(c, u.patchSource);
  return {
    items: [
      { task: 'Patch releases', cadence: `every ${u.patchWeeks} weeks`, reason: 'Minor upgrades with fixes; rehearse each on staging first.', source: patch },
      { task: 'Major DHIS2 upgrade', cadence: 'every year', reason: `Only the ${u.supportedMajors} latest DHIS2 releases are supported, so skipping a year leaves the system unsupported within about two.`, source: cite(c, u.lifecycleSource) },
      { task: 'Operating system and PostgreSQL upgrade', cadence: `every ${u.osDbEveryYears} years`, reason: 'Ubuntu LTS has five years of support and PostgreSQL keeps five major versions; build a new server with the new OS and migrate DHIS2 rather than upgrading in place.', source: patch },
    ],
    osUpgradeServer: {
      cores: server.cores,
      ramGb: server.ramGb,
      storageGb: server.storageGb,
      months: u.osUpgradeMonths.value,
      reason: `An OS upgrade builds a new server and migrates DHIS2 to it, so for about ${u.osUpgradeMonths.value} month(s) a second ${server.what} (${server.cores} cores, ${server.ramGb} GB RAM, ${fmt(server.storageGb)} GB) runs beside production.`,
      source: cite(c, u.osUpgradeSource),
      assumption: u.osUpgradeMonths.assumption,
    },
  };
}

