import type { TDocBlock, TDocModel, TRun } from '@/lib/domain/documents/doc-model';

/**
 * The document model as one printable HTML page, for the "Chromium prints HTML to PDF" side of the
 * RFP benchmark: the same text, sections, tables and page breaks as lib/documents/render-pdf.tsx,
 * with print CSS close to its styles (DejaVu Sans, A4, 9.5 pt body). Pure.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const runs = (list: TRun[]) =>
  list
    .map((r) => {
      let t = esc(r.text);
      if (r.bold) t = `<strong>${t}</strong>`;
      if (r.italic) t = `<em>${t}</em>`;
      return t;
    })
    .join('');

function block(b: TDocBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p class="${b.tone ?? 'normal'}">${runs(b.runs)}</p>`;
    case 'bullets':
      return `<ul>${b.items.map((i) => `<li>${runs(i)}</li>`).join('')}</ul>`;
    case 'keyValue':
      return `<dl>${b.items.map((i) => `<dt>${esc(i.key)}</dt><dd>${esc(i.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      const total = b.columns.reduce((s, c) => s + (c.width ?? 1), 0);
      const head = b.columns.map((c) => `<th style="width:${(((c.width ?? 1) / total) * 100).toFixed(1)}%;text-align:${c.align ?? 'left'}">${esc(c.label)}</th>`).join('');
      const body = b.rows
        .map((r, i) => `<tr${b.hasTotalRow && i === b.rows.length - 1 ? ' class="total"' : ''}>${r.map((cell, j) => `<td style="text-align:${b.columns[j]?.align ?? 'left'}">${esc(cell)}</td>`).join('')}</tr>`)
        .join('');
      return `${b.caption ? `<p class="caption">${esc(b.caption)}</p>` : ''}<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

const CSS = `
@page { size: A4; margin: 56pt 50pt; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; color: #1f2328; margin: 0; }
.cover { page-break-after: always; padding-top: 120pt; }
.cover h1 { font-size: 24pt; color: #0b5cad; line-height: 1.25; margin: 0 0 16pt; }
.cover .subtitle { font-size: 13pt; color: #57606a; margin-bottom: 40pt; }
.cover .line { display: flex; margin-bottom: 6pt; font-size: 11pt; } .cover .line span:first-child { width: 140pt; color: #57606a; } .cover .line span:last-child { font-weight: bold; }
.draft { margin-top: 30pt; padding: 10pt; border: 2pt solid #c62828; color: #c62828; font-weight: bold; text-align: center; }
.toc { page-break-after: always; } .toc h2 { font-size: 16pt; color: #0b5cad; } .toc ol { list-style: none; padding: 0; } .toc li { margin-bottom: 4pt; }
h2.l1 { font-size: 15pt; color: #0b5cad; margin: 14pt 0 8pt; } h3.l2 { font-size: 12pt; color: #0b5cad; margin: 10pt 0 6pt; } h4.l3 { font-size: 10.5pt; margin: 8pt 0 4pt; }
section.break { page-break-before: always; }
p { margin: 0 0 6pt; } p.note { font-size: 8.5pt; color: #57606a; } p.missing { color: #b35900; } p.caption { font-size: 8.5pt; font-weight: bold; color: #57606a; margin: 4pt 0 3pt; }
ul { margin: 0 0 6pt; padding-left: 20pt; } li { margin-bottom: 3pt; }
dl { display: grid; grid-template-columns: 34% 66%; margin: 0 0 6pt; } dt { color: #57606a; padding-right: 8pt; } dd { margin: 0 0 3pt; }
table { width: 100%; border-collapse: collapse; font-size: 8pt; line-height: 1.25; margin-bottom: 10pt; }
th, td { border: 0.5pt solid #d0d7de; padding: 2.5pt 3.5pt; vertical-align: top; } th { background: #eef2f6; } tr.total td { font-weight: bold; }
tr { break-inside: avoid; }
`;

export function rfpModelToHtml(model: TDocModel): string {
  const cover = `<div class="cover"><h1>${esc(model.title)}</h1><p class="subtitle">${esc(model.clientName)} — ${esc(model.subtitle)}</p>${model.coverLines
    .map((l) => `<div class="line"><span>${esc(l.key)}</span><span>${esc(l.value)}</span></div>`)
    .join('')}${model.isDraft ? '<div class="draft">DRAFT — not for issue</div>' : ''}</div>`;
  const toc = `<nav class="toc"><h2>Contents</h2><ol>${model.sections
    .filter((s) => s.level < 3)
    .map((s) => `<li style="padding-left:${(s.level - 1) * 14}pt"><a href="#s-${esc(s.id)}">${esc(s.number)} ${esc(s.title)}</a></li>`)
    .join('')}</ol></nav>`;
  const sections = model.sections
    .map((s) => {
      const tag = s.level === 1 ? 'h2' : s.level === 2 ? 'h3' : 'h4';
      return `<section id="s-${esc(s.id)}"${s.pageBreakBefore ? ' class="break"' : ''}><${tag} class="l${s.level}">${esc(s.number)} ${esc(s.title)}</${tag}>${s.blocks.map(block).join('')}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(model.title)}</title><style>${CSS}</style></head><body>${cover}${toc}${sections}</body></html>`;
}
