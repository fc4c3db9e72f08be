import { servicesFor } from '../helpers';

function tagged() {
  const services = servicesFor([
    { name: 'データ', rows: [] },
    { name: 'ファネル概要', rows: [] },
    { name: 'チャネル別', rows: [] },
  ]);
  const app = services.SpreadsheetApp;
  const ss = app.getActive();
  const DOCUMENT = app.DeveloperMetadataVisibility.DOCUMENT;
  ss.getSheetByName('ファネル概要')?.addDeveloperMetadata('funnelKpi.report', '{"kind":"summary"}', DOCUMENT);
  ss.getSheetByName('チャネル別')?.addDeveloperMetadata('funnelKpi.report', '{"kind":"channels"}', DOCUMENT);
  ss.getSheetByName('チャネル別')?.addDeveloperMetadata('other.key', 'x', app.DeveloperMetadataVisibility.PROJECT);
  ss.addDeveloperMetadata('funnelKpi.document', 'v1');
  return { services, app, ss };
}

describe('DeveloperMetadataFinder.find', () => {
  it('finds the tagged sheets by key and location type', () => {
    const { app, ss } = tagged();
    const found = ss
      .createDeveloperMetadataFinder()
      .withKey('funnelKpi.report')
      .withLocationType(app.DeveloperMetadataLocationType.SHEET)
      .find();
    expect(found.map((m) => m.getLocation().getSheet()?.getName())).toEqual(['ファネル概要', 'チャネル別']);
    expect(found.map((m) => m.getValue())).toEqual(['{"kind":"summary"}', '{"kind":"channels"}']);
  });

  it('filters by value and visibility', () => {
    const { app, ss } = tagged();
    expect(ss.createDeveloperMetadataFinder().withValue('{"kind":"channels"}').find()).toHaveLength(1);
    expect(ss.createDeveloperMetadataFinder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find().map((m) => m.getKey())).toEqual(['other.key']);
  });

  it('finds spreadsheet-level metadata by location type', () => {
    const { app, ss } = tagged();
    const found = ss.createDeveloperMetadataFinder().withLocationType(app.DeveloperMetadataLocationType.SPREADSHEET).find();
    expect(found.map((m) => [m.getKey(), m.getLocation().getSheet()])).toEqual([['funnelKpi.document', null]]);
  });

  it('limits a sheet finder to its sheet', () => {
    const { ss } = tagged();
    expect(ss.getSheetByName('チャネル別')?.createDeveloperMetadataFinder().find().map((m) => m.getKey())).toEqual(['funnelKpi.report', 'other.key']);
  });
});

describe('DeveloperMetadata', () => {
  it('follows its sheet through a rename', () => {
    const { ss } = tagged();
    ss.getSheetByName('ファネル概要')?.setName('ファネル概要 (old)');
    const [first] = ss.createDeveloperMetadataFinder().withKey('funnelKpi.report').find();
    expect(first?.getLocation().getSheet()?.getName()).toBe('ファネル概要 (old)');
  });

  it('can be changed and removed', () => {
    const { ss } = tagged();
    const [first] = ss.createDeveloperMetadataFinder().withKey('funnelKpi.report').find();
    first?.setValue('{"kind":"summary","v":2}');
    expect(ss.createDeveloperMetadataFinder().withKey('funnelKpi.report').find()[0]?.getValue()).toBe('{"kind":"summary","v":2}');
    first?.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('funnelKpi.report').find()).toHaveLength(1);
    expect(() => first?.getValue()).toThrow(/was removed/);
  });
});

describe('edge cases', () => {
  it('defaults to DOCUMENT visibility and a null value', () => {
    const { app, ss } = tagged();
    ss.getSheetByName('データ')?.addDeveloperMetadata('bare');
    const [bare] = ss.createDeveloperMetadataFinder().withKey('bare').find();
    expect([bare?.getValue(), bare?.getVisibility()]).toEqual([null, app.DeveloperMetadataVisibility.DOCUMENT]);
  });

  it('refuses a visibility given as a string', () => {
    const { ss } = tagged();
    expect(() => ss.getSheetByName('データ')?.addDeveloperMetadata('k', 'v', 'DOCUMENT')).toThrow(/expected DeveloperMetadataVisibility/);
  });
});
