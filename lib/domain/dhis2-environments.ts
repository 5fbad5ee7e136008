import { cite, type TSource } from './dhis2-citations';
import type { TDhis2SizingConstants } from './dhis2-sizing-constants';
import type { TDhis2Environment } from './dhis2-sizing';
import type { TDhis2SizingParsed } from '@/lib/schemas/sizing-dhis2';
import { reason } from './reason';

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
  const onDemand = reason('dhis2.environments.onDemand', { uptime: input.onDemandUptime });
  const staging: TDhis2Environment =
    input.stagingSize === 'production'
      ? {
          kind: 'staging',
          label: reason('dhis2.environments.stagingProduction'),
          uptimeFraction: input.onDemandUptime,
          vms: prod.vms,
          cores: prod.cores,
          ramGb: prod.ramGb,
          diskGb: prod.diskGb,
          reason: reason('dhis2.environments.stagingProductionReason', { onDemand }),
          source: cite(c, env.stagingSource),
          assumption: env.uptimeAssumption,
        }
      : (() => {
          const smallest = c.tiers[0].database;
          const st = c.core[Math.min(1, c.core.length - 1)];
          const stPgRam = Math.max(smallest.ramGb, pgRamGb / 2);
          return {
            kind: 'staging' as const,
            label: reason('dhis2.environments.stagingSmaller'),
            uptimeFraction: input.onDemandUptime,
            vms: isBoombox ? 1 : 2,
            cores: st.cores + Math.max(smallest.cores, Math.ceil(pgCores / 2)),
            ramGb: st.ramGb + stPgRam,
            diskGb: Math.max(smallest.storageGb, Math.ceil(x.finalDatabaseGb * env.smallerStagingDataFraction.value * (1 + c.diskBuffer.value))) + 2 * os + x.fileStoreGb,
            reason: reason('dhis2.environments.stagingSmallerReason', { cores: st.cores, ram: st.ramGb, databaseRam: smallest.ramGb, databaseCores: smallest.cores, onDemand }),
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
            label: reason('dhis2.environments.training'),
            uptimeFraction: input.onDemandUptime,
            vms: 1,
            cores: Math.max(smallest.instance.cores, trainingTomcat.cores + 2),
            ramGb: trainingTomcat.ramGb + smallest.database.ramGb,
            diskGb: Math.max(smallest.instance.storageGb, Math.ceil(env.trainingDataGb.value * (1 + c.diskBuffer.value))) + os,
            reason: reason('dhis2.environments.trainingReason', { cores: trainingTomcat.cores, ram: trainingTomcat.ramGb, databaseRam: smallest.database.ramGb, data: env.trainingDataGb.value, onDemand }),
            source: instanceSource,
            assumption: `${trainingTomcat.assumption}; ${env.trainingDataGb.assumption}`,
          },
        ]
      : []),
  ];
}
