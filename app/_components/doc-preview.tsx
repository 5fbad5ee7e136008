import type { TDocBlock, TDocModel, TRun } from '@/lib/domain/documents/doc-model';
import { DOC_TEXT } from '@/lib/domain/documents/doc-text';

/** The document model drawn as HTML: the same text as the PDF and the DOCX, and their fixed words in the document's language. */
export function DocPreview({ model }: { model: TDocModel }) {
  const T = DOC_TEXT[model.locale ?? 'en'];
  return (
    <article className="card doc-preview" aria-label={model.title} lang={model.locale ?? 'en'} data-testid="doc-preview">
      {model.isDraft && <p className="badge bad">{T.draft}</p>}
      <h2 style={{ marginTop: 0 }}>{model.title}</h2>
      <p>
        <strong>{model.clientName}</strong> — {model.subtitle}
      </p>
      <dl className="muted">
        {model.coverLines.map((l) => (
          <div key={l.key}>
            <dt style={{ display: 'inline', fontWeight: 600 }}>{l.key}: </dt>
            <dd style={{ display: 'inline', margin: 0 }}>{l.value}</dd>
          </div>
        ))}
      </dl>
      <nav aria-label={T.contents}>
        <h3>{T.contents}</h3>
        <ol style={{ listStyle: 'none', paddingLeft: 0 }}>
          {model.sections
            .filter((s) => s.level < 3)
            .map((s) => (
              <li key={s.id} style={{ paddingLeft: `${(s.level - 1) * 1.25}rem` }}>
                <a href={`#doc-${s.id}`}>
                  {s.number} {s.title}
                </a>
              </li>
            ))}
        </ol>
      </nav>
      {model.sections.map((s) => {
        const Heading = s.level === 1 ? 'h3' : s.level === 2 ? 'h4' : 'h5';
        return (
          <section key={s.id} id={`doc-${s.id}`}>
            <Heading>
              {s.number} {s.title}
            </Heading>
            {s.blocks.map((b, i) => (
              <Block key={i} block={b} />
            ))}
          </section>
        );
      })}
    </article>
  );
}

function Runs({ runs }: { runs: TRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const text = r.bold ? <strong>{r.text}</strong> : r.text;
        return <span key={i}>{r.italic ? <em>{text}</em> : text}</span>;
      })}
    </>
  );
}

function Block({ block }: { block: TDocBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={block.tone === 'missing' ? 'field-error' : block.tone === 'note' ? 'muted' : undefined}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </ul>
      );
    case 'keyValue':
      return (
        <dl>
          {block.items.map((item) => (
            <div key={item.key}>
              <dt style={{ display: 'inline', fontWeight: 600 }}>{item.key}: </dt>
              <dd style={{ display: 'inline', margin: 0 }}>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <div className="table-wrap">
          <table>
            {block.caption && <caption style={{ textAlign: 'left' }}>{block.caption}</caption>}
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={i} scope="col" style={{ textAlign: c.align ?? 'left' }}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, ri) => (
                <tr key={ri} style={block.hasTotalRow && ri === block.rows.length - 1 ? { fontWeight: 700 } : undefined}>
                  {row.map((cell, ci) => (
                    <td key={ci} style={{ textAlign: block.columns[ci]?.align ?? 'left' }}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}
