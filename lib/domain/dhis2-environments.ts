import { cite, type TSource } from './dhis2-citations';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import type { TDhis2Environment } from './dhis2-sizing';
import type { TDhis2SizingParsed } from '@/lib/schemas/sizing-dhis2';

const pct = (f: number) => `${Math.round(f * 100)}%`;

/**
 * The environments beside production: staging (production's specification by default, as DHIS2's
 * upgrade guide advises; smaller only by the user's explicit choice) and training, both on demand.
 */
export function testEnvironments(
  prod: TDhis2Environment,
  x: { input: TDhis2SizingParsed; c: TDhis2SizingConstants; isBoombox: boolean; pgRamGb: number; pgCores: number; finalDatabaseGb: number; os: number; fileStoreGb: number; instanceSource: TSource },
): TDhis2Environment[] {
  const { input, c, isBoombox, pgRamGb, pgCores, os, instanceSource } = x;
  const env = c.environments;
  const onDemand = `Runs ${pct(input.onDemandUptime)} of the time (on demand): the uptime is the cost lever, since test servers need not be on permanently.`;
  const staging: TDhis2Environment =
    input.stagingSize === 'production'
      ? {
          kind: 'staging',
          label: 'Staging / test (production’s specification)',
          uptimeFraction: input.onDemandUptime,
          vms: prod.vms,
          cores: prod.cores,
          ramGb: prod.ramGb,
          diskGb: prod.diskGb,
          reason: `The same specification as production, loaded with a restore of the production database, to rehearse patches and the annual upgrade on real volumes. ${onDemand}`,
          source: cite(c, env.stagingSource),
          assumption: 'the uptime fraction is your input',
        }
      : (() => {
          const smallest = c.tiers[0].database;
          const st = c.core[Math.min(1, c.core.length - 1)];
          const stPgRam = Math.max(smallest.ramGb, pgRamGb / 2);
          return {
            kind: 'staging' as const,
            label: 'Staging / test (smaller, your choice)',
            uptimeFraction: input.onDemandUptime,
            vms: isBoombox ? 1 : 2,
            cores: st.cores + Math.max(smallest.cores, Math.ceil(pgCores / 2)),
            ramGb: st.ramGb + stPgRam,
            diskGb: Math.max(smallest.storageGb, Math.ceil(x.finalDatabaseGb * env.smallerStagingDataFraction.value * (1 + c.diskBuffer.value))) + 2 * os + x.fileStoreGb,
            reason: `Smaller than production by your choice (DHIS2 advises production’s specification, so rehearsals may not show production’s performance): Tomcat ${st.cores} cores / ${st.ramGb} GB, PostgreSQL half the production RAM and at least DHIS2's small database server (${smallest.ramGb} GB, ${smallest.cores} cores); a full copy of the data. ${onDemand}`,
            source: cite(c, env.stagingSource),
            assumption: `${st.assumption}; ${env.smallerStagingDataFraction.assumption}`,
          };
        })();
  const smallest = c.tiers[0];
  const trainingTomcat = c.core[0];
  return [
    ...(input.staging ? [staging] : []),
    ...(input.training
      ? [
          {
            kind: 'training' as const,
            label: 'Training',
            uptimeFraction: input.onDemandUptime,
            vms: 1,
            cores: Math.max(smallest.instance.cores, trainingTomcat.cores + 2),
            ramGb: trainingTomcat.ramGb + smallest.database.ramGb,
            diskGb: Math.max(smallest.instance.storageGb, Math.ceil(env.trainingDataGb.value * (1 + c.diskBuffer.value))) + os,
            reason: `For training users without touching production: the smallest Tomcat (${trainingTomcat.cores} cores / ${trainingTomcat.ramGb} GB) and DHIS2's small database server (${smallest.database.ramGb} GB) on one machine, at least DHIS2's small instance; ${env.trainingDataGb.value} GB of data. ${onDemand}`,
            source: instanceSource,
            assumption: `${trainingTomcat.assumption}; ${env.trainingDataGb.assumption}`,
          },
        ]
      : []),
  ];
}
