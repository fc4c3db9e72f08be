/**
 * Custom-function arguments as Sheets passes them, through the built bundle (design §2.1): the
 * wrappers forward the real argument count, so a passed-but-blank cell is blank and only a
 * left-out argument is missing; error values and Loading... inside a range give blank elements.
 */
import { callCustomFunction, LOADING_VALUE, SHEETS_ERROR_VALUES, type BlankCellArrival } from '../../src/local/customFunctionCall';
import { loadBundle, type BundleContext } from '../../src/local/runtime';
import { createLocalServices } from '../../src/local/services/createLocalServices';
import { Workbook } from '../../src/local/workbook/model';
import { DIST } from './gasContext';

function customFunctionContext(): BundleContext {
  // Custom functions run in AuthMode.CUSTOM_FUNCTION: any write or UI call would throw here.
  const services = createLocalServices(new Workbook(), { distDir: DIST, authMode: 'CUSTOM_FUNCTION' });
  return loadBundle(services, { distDir: DIST, console: { ...console, log: () => undefined } as Console });
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const ARRIVALS: BlankCellArrival[] = ['undefined', 'null', 'empty-string'];

describe('a blank single-cell argument', () => {
  const context = customFunctionContext();

  it.each(ARRIVALS)('is blank, not missing, however it arrives (%s)', (arrival) => {
    expect(callCustomFunction(context, 'CPC', [{ cell: 60000 }, { blankCell: true }], arrival)).toBe('');
    expect(callCustomFunction(context, 'CPC', [{ blankCell: true }, { cell: 150 }], arrival)).toBe('');
    // A blank optional argument counts as not given: CAC = 300,000 ÷ 3.
    expect(callCustomFunction(context, 'CAC', [{ cell: 300000 }, { cell: 3 }, { blankCell: true }], arrival)).toBe(100000);
  });

  it('broadcasts against a range like any single value: blank everywhere', () => {
    expect(plain(callCustomFunction(context, 'CONVERSION_RATE', [{ range: [[1], [2]] }, { blankCell: true }]))).toEqual([[''], ['']]);
  });

  it('is missing only when the formula leaves the argument out', () => {
    expect(() => callCustomFunction(context, 'CPC', [{ cell: 60000 }])).toThrow('CPC: clicks (argument 2) is missing. Pass a cell or a range.');
  });
});

describe('error values inside a range', () => {
  const context = customFunctionContext();

  it.each([...SHEETS_ERROR_VALUES, LOADING_VALUE])('%s gives a blank element and the rest of the spill stays', (shown) => {
    // 5 ÷ 10 = 0.5 and 30 ÷ 60 = 0.5 around the error.
    const result = callCustomFunction(context, 'CONVERSION_RATE', [{ range: [[5], [shown], [30]] }, { range: [[10], [20], [60]] }]);
    expect(plain(result)).toEqual([[0.5], [''], [0.5]]);
  });

  it('in a denominator too, and in FUNNEL', () => {
    expect(plain(callCustomFunction(context, 'CPA', [{ range: [[1000], [2000]] }, { range: [['#DIV/0!'], [4]] }]))).toEqual([[''], [500]]);
    // 1000 → (#N/A) → 100: the error stage is blank, and the rates around it cannot be computed.
    expect(plain(callCustomFunction(context, 'FUNNEL', [{ range: [[1000], ['#N/A'], [100]] }]))).toEqual([
      [1000, '', 1],
      ['', '', ''],
      [100, '', 0.1],
    ]);
  });

  it('still reports text that is not a number (a data problem, not an error value)', () => {
    expect(() => callCustomFunction(context, 'CPC', [{ range: [[1], ['abc']] }, { cell: 1 }])).toThrow(/"abc"/);
  });
});
