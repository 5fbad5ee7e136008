import { getTranslations } from 'next-intl/server';
import { openApiDocument } from '@/lib/api/openapi';

export async function generateMetadata() {
  return { title: (await getTranslations('apiDocs'))('title') };
}

type TSchema = { type?: string | string[]; properties?: Record<string, TSchema>; required?: string[]; items?: TSchema; enum?: unknown[]; description?: string; oneOf?: TSchema[]; anyOf?: TSchema[]; $ref?: string; format?: string };
type TOperation = { summary?: string; description?: string; parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: TSchema }[]; requestBody?: { content: Record<string, { schema?: TSchema; example?: unknown }> }; responses?: Record<string, { description?: string }> };
type T = Awaited<ReturnType<typeof getTranslations<'apiDocs'>>>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;

/** A schema's type in words of the page's language; the schemas' own names and values stay as the API spells them. */
function typeOf(schema: TSchema | undefined, t: T): string {
  if (!schema) return t('any');
  if (schema.$ref) return schema.$ref.split('/').pop() ?? t('types.object');
  if (schema.enum) return t('oneOf', { values: schema.enum.map((v) => JSON.stringify(v)).join(', ') });
  if (schema.oneOf || schema.anyOf) return (schema.oneOf ?? schema.anyOf)!.map((s) => typeOf(s, t)).reduce((first, second) => t('either2', { first, second }));
  if (schema.type === 'array') return t('listOf', { type: typeOf(schema.items, t) });
  const type = [schema.type ?? 'object'].flat().map((x) => ((TYPES as readonly string[]).includes(x) ? t(`types.${x as (typeof TYPES)[number]}`) : x)).reduce((first, second) => t('either2', { first, second }));
  return schema.format ? t('formatted', { type, format: schema.format }) : type;
}

/** The fields of a request body, one level deep, with their types. */
function Fields({ schema, t }: { schema: TSchema; t: T }) {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    return (
      <>
        {variants.map((v, i) => (
          <div key={i}>
            <p className="muted">{i === 0 ? t('either') : t('or')}</p>
            <Fields schema={v} t={t} />
          </div>
        ))}
      </>
    );
  }
  if (!schema.properties) return <p>{typeOf(schema, t)}</p>;
  return (
    <ul>
      {Object.entries(schema.properties).map(([name, field]) => (
        <li key={name}>
          <code>{name}</code> — {typeOf(field, t)}
          {schema.required?.includes(name) ? t('required') : ''}
          {field.description ? `. ${field.description}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A readable reference drawn from the OpenAPI document itself (no script, so it works under the CSP). */
export default async function ApiDocsPage() {
  const t = await getTranslations('apiDocs');
  const doc = openApiDocument() as unknown as { info: { title: string; description?: string }; paths: Record<string, Record<string, TOperation>> };
  return (
    <main id="main" style={{ maxWidth: '60rem', margin: '2rem auto', padding: '0 1rem', overflowWrap: 'anywhere' }}>
      <h1>{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p>{t.rich('openApi', { link: (c) => <a href="/api/v1/openapi.json">{c}</a> })}</p>
      <p className="muted">{t('descriptionNote')}</p>
      {Object.entries(doc.paths).map(([path, item]) =>
        METHODS.filter((m) => item[m]).map((method) => {
          const op = item[method]!;
          const body = op.requestBody?.content['application/json'];
          return (
            <section key={`${method} ${path}`} className="card" aria-labelledby={`${method}-${path}`}>
              <h2 id={`${method}-${path}`} style={{ marginTop: 0, fontSize: '1.1rem' }}>
                <code>
                  {method.toUpperCase()} {path}
                </code>
              </h2>
              <p>{op.summary}</p>
              {op.description && <p className="muted">{op.description}</p>}
              {!!op.parameters?.length && (
                <>
                  <h3 style={{ fontSize: '1rem' }}>{t('parameters')}</h3>
                  <ul>
                    {op.parameters.map((p) => (
                      <li key={p.name}>
                        <code>{p.name}</code> {t('parameterIn', { place: p.in })} — {typeOf(p.schema, t)}
                        {p.description ? `. ${p.description}` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {body?.schema && (
                <>
                  <h3 style={{ fontSize: '1rem' }}>{t('body')}</h3>
                  <Fields schema={body.schema} t={t} />
                  {body.example !== undefined && <pre style={{ overflowX: 'auto', maxWidth: '100%' }}>{JSON.stringify(body.example, null, 2)}</pre>}
                </>
              )}
              <h3 style={{ fontSize: '1rem' }}>{t('answers')}</h3>
              <ul>
                {Object.entries(op.responses ?? {}).map(([status, r]) => (
                  <li key={status}>
                    <strong>{status}</strong> {r.description}
                  </li>
                ))}
              </ul>
            </section>
          );
        }),
      )}
    </main>
  );
}
