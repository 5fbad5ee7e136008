import { describe, expect, it } from 'vitest';
import glossaryJson from '@/content/glossary/en.json';
import { GLOSSARY } from '@/lib/content/glossary';
import { markFirstUses, termAnchor, ZGlossary } from '@/lib/domain/glossary';

const linked = (text: string, seen = new Set<string>()) => markFirstUses(text, GLOSSARY, seen).filter((s) => s.term).map((s) => s.text);

describe('the glossary', () => {
  it('explains the jargon the pages use', () => {
    const terms = GLOSSARY.terms.map((t) => t.term);
    for (const t of ['MSP', 'FTE', 'RiakCS', 'Pillowtop', 'UCR', 'Formplayer', 'boombox', '-Xmx', 'shared_buffers', 'CouchDB', 'Celery', 'nginx', 'pgbouncer', 'RFP', 'SLA', 'VM', 'vCPU', 'RAID']) expect(terms).toContain(t);
  });

  it('refuses a term listed twice and a definition too short to explain anything', () => {
    expect(ZGlossary.safeParse({ terms: [...glossaryJson.terms, { term: 'MSP', definition: 'Managed Service Provider again, listed twice.' }] }).success).toBe(false);
    expect(ZGlossary.safeParse({ terms: [{ term: 'X', definition: 'short' }] }).success).toBe(false);
  });

  it.each([
    ['-Xmx', 'xmx'],
    ['shared_buffers', 'shared-buffers'],
    ['vCPU', 'vcpu'],
  ])('anchors %s at #%s', (term, anchor) => expect(termAnchor(term)).toBe(anchor));

  it.each([
    ['The MSP runs the VMs; the MSP also patches them.', ['MSP', 'VMs']],
    ['Java heap -Xmx6g on Tomcat', ['-Xmx', 'Tomcat']],
    ['set shared_buffers, not shared_buffers_x', ['shared_buffers']],
    ['vms, msp and Xmx are not the terms (case and word matter); VMware neither', []],
    ['One FTE, 0.5 FTEs', ['FTE']],
  ])('links the first use of each term in %j', (text, expected) => expect(linked(text)).toEqual(expected));

  it('links a term once per page, across the texts of that page', () => {
    const seen = new Set<string>();
    expect(linked('The MSP hosts it.', seen)).toEqual(['MSP']);
    expect(linked('Ask the MSP for an SLA.', seen)).toEqual(['SLA']);
  });

  it('keeps the text whole', () => {
    const text = 'A boombox: nginx, Tomcat and PostgreSQL on one VM.';
    expect(markFirstUses(text, GLOSSARY, new Set()).map((s) => s.text).join('')).toBe(text);
  });
});
