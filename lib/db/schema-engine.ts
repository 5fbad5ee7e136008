import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Prisma's own schema engine, compiled to WASM (@prisma/schema-engine-wasm), driven through the
 * pg driver adapter. The CLI would download a native binary; this needs nothing from the network.
 * The package imports its .wasm as an ES module, which Node 20 only allows behind a flag, so we
 * instantiate the module ourselves and hand its exports to the generated bindings.
 */

const require = createRequire(path.join(process.cwd(), 'package.json'));

type Bindings = typeof import('@prisma/schema-engine-wasm');
export type SchemaEngine = Awaited<ReturnType<Bindings['SchemaEngine']['new']>>;

let bindingsPromise: Promise<Bindings> | undefined;

async function loadBindings(): Promise<Bindings> {
  const entry = require.resolve('@prisma/schema-engine-wasm');
  const dir = path.dirname(entry);
  const bg = (await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href)) as Bindings & {
    __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
  };
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export const SCHEMA_FILTERS = { externalTables: [], externalEnums: [] };

export async function openSchemaEngine(options: {
  connectionString: string;
  schemaPath: string;
}): Promise<SchemaEngine> {
  bindingsPromise ??= loadBindings();
  const { SchemaEngine } = await bindingsPromise;
  const schemaText = fs.readFileSync(options.schemaPath, 'utf8');
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString: options.connectionString }),
  );
  return SchemaEngine.new(
    { datamodels: [[path.basename(options.schemaPath), schemaText]] },
    () => {},
    adapter,
  );
}
