/** Fills, font colours, styles, sizes and conditional-format rules in the in-memory Sheets. */
import { servicesFor } from '../helpers';

function sheet1() {
  const services = servicesFor();
  const app = services.SpreadsheetApp;
  const sheet = app.getActive().getSheetByName('Sheet1');
  if (!sheet) throw new Error('fixture: Sheet1 missing');
  return { services, app, sheet };
}

describe('Range look setters and getters', () => {
  it('stores colours in lower-case #rrggbb; no fill reads as white, no font colour as black, size 10, style normal', () => {
    const { sheet } = sheet1();
    const range = sheet.getRange('A1:B2');
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff'], ['#ffffff', '#ffffff']]);
    expect(range.getFontColors()).toEqual([['#000000', '#000000'], ['#000000', '#000000']]);
    expect(range.getFontSizes()).toEqual([[10, 10], [10, 10]]);
    expect(range.getFontStyles()).toEqual([['normal', 'normal'], ['normal', 'normal']]);
    range
      .setBackgrounds([['#1F4E79', null], ['#abc', '#EEF3F9']])
      .setFontColors([['#FFFFFF', '#000'], [null, '#808080']])
      .setFontSizes([[14, 10], [null, 12]])
      .setFontStyles([['italic', 'normal'], [null, 'italic']]);
    expect(range.getBackgrounds()).toEqual([['#1f4e79', '#ffffff'], ['#aabbcc', '#eef3f9']]);
    expect(range.getFontColors()).toEqual([['#ffffff', '#000000'], ['#000000', '#808080']]);
    expect(range.getFontSizes()).toEqual([[14, 10], [10, 12]]);
    expect(range.getFontStyles()).toEqual([['italic', 'normal'], ['normal', 'italic']]);
    expect(sheet.getRange('A1').getBackground()).toBe('#1f4e79');
  });

  it('throws on a grid of the wrong size and writes nothing', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['#ffffff']])).toThrow('The data has 1 but the range has 2');
    expect(() => sheet.getRange('A1:B2').setFontSizes([[10, 10]])).toThrow('The data has 1 but the range has 2');
    expect(() => sheet.getRange('A1:B1').setFontColors(['#ffffff', '#ffffff'])).toThrow('2-D array');
  });

  it('checks every value before it writes any: a bad one leaves the range as it was', () => {
    const { sheet } = sheet1();
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['#ff0000', 'red']])).toThrow('not "red"');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(() => sheet.getRange('A1:B1').setFontStyles([['italic', 'bold']])).toThrow('font style');
    expect(() => sheet.getRange('A1').setFontSize(0)).toThrow('from 1 to 400');
    expect(() => sheet.getRange('A1').setFontSize(10.5)).toThrow('whole number');
    expect(() => sheet.getRange('A1:A2').setWraps([[true], ['yes']])).toThrow('true or false');
  });

  it('clearFormat resets the look', () => {
    const { sheet } = sheet1();
    sheet.getRange('A1').setBackground('#c5d5ea').setFontColor('#990000').setFontStyle('italic').setFontSize(14);
    sheet.getRange('A1').clearFormat();
    const a1 = sheet.getRange('A1');
    expect([a1.getBackground(), a1.getFontColor(), a1.getFontStyle(), a1.getFontSize()]).toEqual(['#ffffff', '#000000', 'normal', 10]);
  });
});

describe('conditional-format rules', () => {
  it('builds number rules and reads them back in order with their ranges and colours', () => {
    const { app, sheet } = sheet1();
    const rules = [
      app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(1).setBackground('#D9EAD3').setFontColor('#274e13').setRanges([sheet.getRange('E5:E9'), sheet.getRange('G5')]).build(),
      app.newConditionalFormatRule().whenNumberBetween(0.8, 1).setBackground('#fff2cc').setRanges([sheet.getRange('E5:E9')]).build(),
      app.newConditionalFormatRule().whenNumberLessThan(0).setFontColor('#990000').setRanges([sheet.getRange('B2:D2')]).build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const back = sheet.getConditionalFormatRules().map((rule) => {
      const condition = rule.getBooleanCondition();
      return {
        type: String(condition.getCriteriaType()),
        values: condition.getCriteriaValues(),
        background: condition.getBackground(),
        font: condition.getFontColor(),
        ranges: rule.getRanges().map((range) => range.getA1Notation()),
      };
    });
    expect(back).toEqual([
      { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [1], background: '#d9ead3', font: '#274e13', ranges: ['E5:E9', 'G5'] },
      { type: 'NUMBER_BETWEEN', values: [0.8, 1], background: '#fff2cc', font: null, ranges: ['E5:E9'] },
      { type: 'NUMBER_LESS_THAN', values: [0], background: null, font: '#990000', ranges: ['B2:D2'] },
    ]);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('refuses a rule without a condition or a range, a rule over another sheet, and what it does not model', () => {
    const { app, sheet } = sheet1();
    expect(() => app.newConditionalFormatRule().setRanges([sheet.getRange('A1')]).build()).toThrow('no condition');
    expect(() => app.newConditionalFormatRule().whenNumberLessThan(1).build()).toThrow('no range');
    const other = app.getActive().insertSheet('Other');
    const foreign = app.newConditionalFormatRule().whenNumberLessThan(1).setRanges([other.getRange('A1')]).build();
    expect(() => sheet.setConditionalFormatRules([foreign])).toThrow('on the sheet "Sheet1" itself');
    expect(() => (app.newConditionalFormatRule() as unknown as { whenTextContains: (t: string) => void }).whenTextContains('x')).toThrow(
      'not implemented in the local runtime: ConditionalFormatRuleBuilder.whenTextContains',
    );
  });
});
