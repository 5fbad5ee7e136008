import { describe, expect, it } from 'vitest';
import { findInternalReferences } from '@/tests/fixtures/internal-references';

describe('the internal-reference finder used on documents', () => {
  it.each([
    ['see 000_68c3422d3cfa0fe9.txt for more', 'seed file name'],
    ['the transcribed configs/bka-test.yml@59d31816', 'configuration path'],
    ['core/summarize.py get_summary_data', 'file name'],
    ['checked at dhis2/dhis2-docs @ 06b3727', 'commit hash'],
    ['as the notes say (001/002)', 'seed reference'],
    ['answer to dhis2.p3.s3-1.encryption-method', 'question or checkpoint id'],
    ['forms_total start_with', 'internal key'],
    ['existingForms sets the start', 'internal key'],
  ])('finds %j (%s)', (text, kind) => {
    expect(findInternalReferences(text).map((r) => r.kind)).toContain(kind);
  });

  it.each([
    'Peak mobile users 6,000; 22,804,000 forms in total after 60 months; USD 94,000.00',
    'Source: DHIS2 System Administration guide — Backups (https://github.com/dhis2/dhis2-docs/blob/master/src/sysadmin/reference/postgresql.md).',
    'A decade of data: 2031-12-31, version 2.42, Ubuntu 22.04 LTS, facade and accede are words',
    'Submit by 15 January 2027 to the Ministère de la Santé — São Tomé e Príncipe',
  ])('reads past plain text, figures, words and addresses: %j', (text) => {
    expect(findInternalReferences(text)).toEqual([]);
  });

  it('lets through the snake_case words a reader needs, and only those', () => {
    expect(findInternalReferences('set shared_buffers and work_mem', new Set(['shared_buffers', 'work_mem']))).toEqual([]);
    expect(findInternalReferences('checkpoint_completion_target0.8 fixed', new Set(['checkpoint_completion_target']))).toEqual([]);
    expect(findInternalReferences('set shared_buffers and forms_total', new Set(['shared_buffers'])).map((r) => r.match)).toEqual(['forms_total']);
  });
});
