/**
 * The README's function reference, rendered from the catalog so the two can never disagree.
 */
import { CUSTOM_FUNCTIONS } from '../functions/catalog';
import type { CustomFunctionSpec } from '../functions/catalogTypes';

const RESULT_FORMAT: Record<CustomFunctionSpec['result'], string> = {
  rate: '比率（% 表示にしてください） / a fraction — format the cell as %',
  money: '金額 / an amount of money',
  ratio: '倍率 / a ratio (x times)',
  periods: '期間数（月次の入力なら月数） / periods (months when inputs are monthly)',
  money_per_day: '1日あたりの金額 / money per day',
  funnel_table:
    '3列の表（件数、前の段階からの転換率、最初の段階からの転換率）。横1行で渡すと3行 / a three-column table (count, conversion from the previous stage, conversion from the first stage); three rows for a one-row input',
  plan_table:
    '1列の表（段階ごとの必要数、最上段から受注まで）。CPL を渡すと2列で、予算は最上段の隣。横1行で渡すと行と列が入れ替わる / a one-column table (the required count of each stage, top stage to won); with cpl, two columns, the budget beside the top stage; turned on its side for a one-row input',
};

function signature(spec: CustomFunctionSpec): string {
  const params = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${params.join(', ')})`;
}

function formatExampleResult(result: unknown): string {
  if (Array.isArray(result)) {
    return result.map((row: unknown) => (Array.isArray(row) ? row.map((c) => JSON.stringify(c)).join(', ') : String(row))).join(' / ');
  }
  return typeof result === 'string' ? JSON.stringify(result) : String(result);
}

/**
 * Renders the Markdown reference of every custom function, in Japanese and English.
 *
 * @example
 * renderFunctionReference().startsWith('| 関数 / Function')
 * //=> true
 */
export function renderFunctionReference(): string {
  const index = [
    '| 関数 / Function | 内容 | What it gives |',
    '|---|---|---|',
    ...CUSTOM_FUNCTIONS.map((spec) => `| [\`${spec.name}\`](#${spec.name.toLowerCase()}) | ${spec.summary.ja} | ${spec.summary.en} |`),
  ];
  const sections = CUSTOM_FUNCTIONS.map((spec) => {
    const params = spec.parameters.map(
      (p) => `| \`${p.name}\`${p.optional ? '（省略可 / optional）' : ''} | ${p.description.ja} | ${p.description.en} |`
    );
    return [
      `### ${spec.name}`,
      '',
      `\`${signature(spec)}\``,
      '',
      `${spec.summary.ja} — ${spec.summary.en}`,
      '',
      `- 計算式 / Formula: ${spec.formula.ja} / ${spec.formula.en}`,
      `- 結果 / Result: ${RESULT_FORMAT[spec.result]}`,
      `- 例 / Example: \`${spec.example.call}\` → \`${formatExampleResult(spec.example.result)}\``,
      '',
      '| 引数 / Argument | 説明 | Description |',
      '|---|---|---|',
      ...params,
    ].join('\n');
  });
  return [...index, '', ...sections.flatMap((s) => [s, ''])].join('\n').trimEnd();
}
