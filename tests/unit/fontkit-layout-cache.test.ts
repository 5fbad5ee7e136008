import { describe, expect, it } from 'vitest';
import { reasonSayer } from '@/lib/i18n/reason-text';
import { buildRfpModel } from '@/lib/domain/documents/build-rfp-model';
import { fontLayoutCache } from '@/lib/documents/fontkit-layout-cache';
import { renderPdf } from '@/lib/documents/render-pdf';
import { RFP_CONTENT } from '@/lib/documents/rfp-content';
import { sampleRfpInput } from '@/lib/documents/sample-rfp-input';
import { comparablePdf } from '../fixtures/document-text';

describe('the cache of shaped text runs', () => {
  it('draws the same bytes as shaping every run, and serves repeated runs from the cache', async () => {
    const model = buildRfpModel(sampleRfpInput(['commcare', 'dhis2']), RFP_CONTENT, 'en', reasonSayer('en'));
    fontLayoutCache.enabled = false;
    const shapedEachTime = await renderPdf(model);
    fontLayoutCache.enabled = true;
    const first = await renderPdf(model);
    const hitsBefore = fontLayoutCache.hits;
    const again = await renderPdf(model);
    // The second render of the same document shapes nothing again.
    expect(fontLayoutCache.hits).toBeGreaterThan(hitsBefore + 1000);
    expect(comparablePdf(first)).toBe(comparablePdf(shapedEachTime));
    expect(comparablePdf(again)).toBe(comparablePdf(shapedEachTime));
  }, 120_000);
});
