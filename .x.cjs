const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile('/tmp/sbx/out.xlsx');
  console.log(wb.worksheets.map((w) => `${w.name} [${w.state}]`));
  const ws = wb.getWorksheet('チャネル別');
  ws.eachRow((row, n) => console.log(n, JSON.stringify(row.values.slice(1, 8))));
})();
