/** The README reference and docs/kpi-guide.md are generated from the catalogs and kept current by the build. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderFunctionReference } from '../../../src/core/docs/functionReference';
import { renderKpiGuide } from '../../../src/core/docs/kpiGuide';
import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';
import { KPI_KEYS } from '../../../src/core/report/kpiCatalog';
import { KPI_GUIDE_TEXTS } from '../../../src/core/report/kpiGuideTexts';

const root = path.resolve(__dirname, '../../..');

describe('renderFunctionReference', () => {
  it('documents every catalog function with its signature and example', () => {
    const reference = renderFunctionReference();
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(reference).toContain(`### ${spec.name}`);
      expect(reference).toContain(spec.example.call);
      for (const parameter of spec.parameters) expect(reference).toContain(`\`${parameter.name}\``);
    }
  });

  it('is what README.md shows', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(renderFunctionReference());
  });
});

describe('renderKpiGuide', () => {
  it('has every KPI in both languages', () => {
    const guide = renderKpiGuide();
    for (const key of KPI_KEYS) {
      expect(guide).toContain(KPI_GUIDE_TEXTS[key].pitfall.ja);
      expect(guide).toContain(KPI_GUIDE_TEXTS[key].pitfall.en);
    }
  });

  it('is what docs/kpi-guide.md holds', () => {
    expect(readFileSync(path.join(root, 'docs/kpi-guide.md'), 'utf8')).toBe(renderKpiGuide());
  });
});
