/** The README reference and docs/kpi-guide.md are generated from the catalogs and kept current by the build. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderFunctionReference } from '../../../src/core/docs/functionReference';
import { renderKpiGuide } from '../../../src/core/docs/kpiGuide';
import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';
import { runCustomFunction, type KpiResult } from '../../../src/core/functions/evaluate';
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

  it('states the shape each table function really returns (FUNNEL three columns; FUNNEL_PLAN one, two with a CPL)', () => {
    const reference = renderFunctionReference();
    const resultLine = (name: string): string => {
      const section = reference.slice(reference.indexOf(`### ${name}\n`));
      return /^- 結果 \/ Result: (.*)$/m.exec(section)?.[1] ?? '';
    };
    const columns = (result: KpiResult): number => (Array.isArray(result) ? (result[0]?.length ?? 0) : 1);
    const rows = (result: KpiResult): number => (Array.isArray(result) ? result.length : 1);
    const example = (name: string) => CUSTOM_FUNCTIONS.find((spec) => spec.name === name)!.example;

    const funnel = runCustomFunction('FUNNEL', example('FUNNEL').args, 'en');
    expect(columns(funnel)).toBe(3);
    expect(rows(runCustomFunction('FUNNEL', [[[1000, 200, 50]]], 'en'))).toBe(3);
    expect(resultLine('FUNNEL')).toMatch(/^3列の表.*横1行で渡すと3行 \/ a three-column table .*three rows for a one-row input$/);

    const planArgs = example('FUNNEL_PLAN').args;
    const plan = runCustomFunction('FUNNEL_PLAN', planArgs, 'en');
    const withCpl = runCustomFunction('FUNNEL_PLAN', [...planArgs, 10_000], 'en');
    const onItsSide = runCustomFunction('FUNNEL_PLAN', [4_000_000, 400_000, [[0.5, 0.8, 0.5]], 10_000], 'en');
    expect([columns(plan), columns(withCpl), rows(withCpl), rows(onItsSide), columns(onItsSide)]).toEqual([1, 2, 4, 2, 4]);
    expect(resultLine('FUNNEL_PLAN')).toMatch(/^1列の表.*CPL を渡すと2列.*横1行で渡すと行と列が入れ替わる \/ a one-column table .*with cpl, two columns.*on its side for a one-row input$/);
    expect(resultLine('FUNNEL_PLAN')).not.toMatch(/3列|three/);
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
