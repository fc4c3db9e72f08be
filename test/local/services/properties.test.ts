import { createLocalServices } from '../../../src/local/services/createLocalServices';
import { PropertyStore, Workbook } from '../../../src/local/workbook/model';
import { typed } from '../helpers';

describe('Properties', () => {
  it('keeps document properties on the workbook across executions', () => {
    const workbook = new Workbook();
    typed(createLocalServices(workbook)).PropertiesService.getDocumentProperties().setProperty('mapping', '{"v":1}');
    const next = typed(createLocalServices(workbook));
    expect(next.PropertiesService.getDocumentProperties().getProperty('mapping')).toBe('{"v":1}');
  });

  it('gets, sets and deletes several properties', () => {
    const props = typed(createLocalServices(new Workbook())).PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.deleteProperty('a');
    expect(props.getProperties()).toEqual({ b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getKeys()).toEqual(['c']);
    expect(props.getProperty('missing')).toBeNull();
  });

  it('shares user properties only when the caller passes the same store', () => {
    const store = new PropertyStore();
    typed(createLocalServices(new Workbook(), { userProperties: store })).PropertiesService.getUserProperties().setProperty('lang', 'en');
    expect(typed(createLocalServices(new Workbook(), { userProperties: store })).PropertiesService.getUserProperties().getProperty('lang')).toBe('en');
    expect(typed(createLocalServices(new Workbook())).PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
  });
});

describe('edge cases', () => {
  it('refuses a value over the 9 KB Apps Script limit', () => {
    const props = typed(createLocalServices(new Workbook())).PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024))).toThrow(/Argument too large/);
  });

  it('stores non-string values as strings', () => {
    const props = typed(createLocalServices(new Workbook())).PropertiesService.getDocumentProperties();
    props.setProperty('n', 3);
    expect(props.getProperty('n')).toBe('3');
  });
});

describe('property limits (Apps Script quotas: 9 KB per value, 500 KB per store)', () => {
  it('refuses a value over 9 KB and keeps the previous one', () => {
    const props = typed(createLocalServices(new Workbook())).PropertiesService.getDocumentProperties();
    props.setProperty('setup', 'small');
    expect(() => props.setProperty('setup', 'x'.repeat(9 * 1024))).toThrow(/Argument too large/);
    expect(props.getProperty('setup')).toBe('small');
  });

  it('counts UTF-8 bytes: 3,100 Japanese characters are over the limit', () => {
    const props = typed(createLocalServices(new Workbook())).PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('k', 'あ'.repeat(3100))).toThrow(/Argument too large/);
    expect(() => props.setProperty('k', 'あ'.repeat(3000))).not.toThrow();
  });

  it('refuses to grow a store past 500 KB', () => {
    const props = typed(createLocalServices(new Workbook())).PropertiesService.getDocumentProperties();
    for (let i = 0; i < 56; i += 1) props.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => props.setProperty('k56', 'x'.repeat(9000))).toThrow(/property storage quota/);
  });
});
