import { parseWorkbook } from '../src/core/parse/parseWorkbook';
import { recognizeTab } from '../src/core/recognition/recognizeTab';
const leads: unknown[][] = [['作成日', 'メールアドレス', '会社名', '流入元', 'ステータス', 'MQL日', '商談化', '金額']];
for (let i = 0; i < 100000; i++) leads.push([new Date(Date.UTC(2025, 3, 1 + (i % 200))), `u${i}@ex.jp`, `C${i}`, 'Web', i % 3 ? '商談中' : 'リード', i % 2 ? '2025/5/1' : '', i % 5 ? '○' : '', '120,000']);
const ads: unknown[][] = [['日付', '媒体', '費用', '表示回数', 'クリック数']];
for (let i = 0; i < 20000; i++) ads.push(['2025-04-01', 'Google', '¥1,200', '3,000', '40']);
const traffic: unknown[][] = [['日付', 'チャネル', 'セッション', '直帰率']];
for (let i = 0; i < 20000; i++) traffic.push(['20250401', 'Organic Search', '1,200', '44.5%']);
const tabs = [{ name: 'リード', values: leads }, { name: '広告', values: ads }, { name: 'GA4', values: traffic }];
for (let k = 0; k < 3; k++) {
  const t0 = Date.now();
  const mappings = tabs.map((t) => recognizeTab(t.name, t.values).mapping);
  const t1 = Date.now();
  const wb = parseWorkbook(tabs, mappings, { zoneOffset: () => 540, language: 'ja' });
  const t2 = Date.now();
  console.log('recognize', t1 - t0, 'parse', t2 - t1, wb.leads.length, wb.ads.length, wb.traffic.length, wb.warnings.length);
}
