import { openApiDocument } from '@/lib/api/openapi';

export const metadata = { title: 'API reference' };

type TSchema = { type?: string | string[]; properties?: Record<string, TSchema>; required?: string[]; items?: TSchema; enum?: unknown[]; description?: string; oneOf?: TSchema[]; anyOf?: TSchema[]; $ref?: string; format?: string };
type TOperation = { summary?: string; description?: string; parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: TSchema }[]; requestBody?: { content: Record<string, { schema?: TSchema; example?: unknown }> }; responses?: Record<string, { description?: string }> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function typeOf(schema: TSchema | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return schema.$ref.split('/').pop() ?? 'object';
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.oneOf || schema.anyOf) return (schema.oneOf ?? schema.anyOf)!.map(typeOf).join(' or ');
  if (schema.type === 'array') return `list of ${typeOf(schema.items)}`;
  return [schema.type ?? 'object'].flat().join(' or ') + (schema.format ? ` (${schema.format})` : '');
}

/** The fields of a request body, one level deep, with their types. */
function Fields({ schema }: { schema: TSchema }) {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    return (
      <>
        {variants.map((v, i) => (
          <div key={i}>
            <p className="muted">{i === 0 ? 'Either:' : 'Or:'}</p>
            <Fields schema={v} />
          </div>
        ))}
      </>
    );
  }
  if (!schema.properties) return <p>{typeOf(schema)}</p>;
  return (
    <ul>
      {Object.entries(schema.properties).map(([name, field]) => (
        <li key={name}>
          <code>{name}</code> — {typeOf(field)}
          {schema.required?.includes(name) ? ', required' : ''}
          {field.description ? `. ${field.description}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A readable reference drawn from the OpenAPI document itself (no script, so it works under the CSP). */
export default function ApiDocsPage() {
  const doc = openApiDocument() as unknown as { info: { title: string; description?: string }; paths: Record<string, Record<string, TOperation>> };
  return (
    <main id="main" style={{ maxWidth: '60rem', margin: '2rem auto', padding: '0 1rem' }}>
      <h1>{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p>
        The same description as OpenAPI 3.1, for tools: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
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
                  <h3 style={{ fontSize: '1rem' }}>Parameters</h3>
                  <ul>
                    {op.parameters.map((p) => (
                      <li key={p.name}>
                        <code>{p.name}</code> (in the {p.in}) — {typeOf(p.schema)}
                        {p.description ? `. ${p.description}` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {body?.schema && (
                <>
                  <h3 style={{ fontSize: '1rem' }}>Body (JSON)</h3>
                  <Fields schema={body.schema} />
                  {body.example !== undefined && <pre>{JSON.stringify(body.example, null, 2)}</pre>}
                </>
              )}
              <h3 style={{ fontSize: '1rem' }}>Answers</h3>
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
