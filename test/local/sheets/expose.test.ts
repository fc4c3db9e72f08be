import { exposeAs, forbiddenService, notImplementedMessage } from '../../../src/local/sheets/expose';
import { ServiceEnv } from '../../../src/local/sheets/env';
import { Workbook } from '../../../src/local/workbook/model';
import { servicesFor } from '../helpers';

function env(): ServiceEnv {
  return new ServiceEnv(new Workbook(), { userLocale: 'ja', scriptTimeZone: 'Asia/Tokyo', riskyText: 'note' });
}

describe('notImplementedMessage', () => {
  it('names the class and method', () => {
    expect(notImplementedMessage('Range.setBackgrounds')).toBe('not implemented in the local runtime: Range.setBackgrounds');
  });
});

describe('exposeAs', () => {
  class Probe {
    constructor(readonly env: ServiceEnv) {}
    outer(): number {
      return this.inner() + 1;
    }
    inner(): number {
      return 1;
    }
    helper_(): number {
      return 2;
    }
  }
  exposeAs('Probe', Probe);

  it('counts calls made from outside by Class.method', () => {
    const e = env();
    const probe = new Probe(e);
    probe.inner();
    probe.inner();
    expect(e.calls.get('Probe.inner')).toBe(2);
  });

  it('does not count calls a method makes internally', () => {
    const e = env();
    new Probe(e).outer();
    expect(e.calls.snapshot()).toEqual({ 'Probe.outer': 1 });
  });

  it('leaves helpers ending in _ uncounted', () => {
    const e = env();
    expect(new Probe(e).helper_()).toBe(2);
    expect(e.calls.total()).toBe(0);
  });

  it('throws a clear error for a method that is not implemented', () => {
    const probe = new Probe(env()) as unknown as { setBackgrounds(): void };
    expect(() => probe.setBackgrounds()).toThrow('not implemented in the local runtime: Probe.setBackgrounds');
  });

  it('still answers Object.prototype members and tooling probes', () => {
    const probe = new Probe(env()) as unknown as Record<string, unknown>;
    expect(typeof probe.toString).toBe('function');
    expect(probe.then).toBeUndefined();
    expect(probe.toJSON).toBeUndefined();
  });
});

describe('the modelled Spreadsheet service', () => {
  it('throws for unimplemented Range, Sheet and SpreadsheetApp methods', () => {
    const services = servicesFor();
    const sheet = services.SpreadsheetApp.getActive().getSheets()[0] as unknown as Record<string, () => void>;
    const range = services.SpreadsheetApp.getActive().getSheets()[0]?.getRange('A1') as unknown as Record<string, () => void>;
    expect(() => range.setBorder?.()).toThrow('not implemented in the local runtime: Range.setBorder');
    expect(() => sheet.sort?.()).toThrow('not implemented in the local runtime: Sheet.sort');
    const app = services.SpreadsheetApp as unknown as Record<string, () => void>;
    expect(() => app.openById?.()).toThrow('not implemented in the local runtime: SpreadsheetApp.openById');
  });

  it('counts every call the caller makes, and resets', () => {
    const services = servicesFor();
    const sheet = services.SpreadsheetApp.getActive().getSheetByName('Sheet1');
    sheet?.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet?.getDataRange().getValues();
    expect(services.calls.snapshot()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActive': 1,
    });
    expect(services.calls.sheetsTotal()).toBe(6);
    services.calls.reset();
    expect(services.calls.total()).toBe(0);
  });
});

describe('forbiddenService', () => {
  it('throws on any member access, naming the member', () => {
    const drive = forbiddenService(env(), 'DriveApp', 'service DriveApp is not allowed') as Record<string, unknown>;
    expect(() => drive.getFiles).toThrow('service DriveApp is not allowed (touched DriveApp.getFiles)');
    expect(() => 'x' in drive).toThrow(/touched DriveApp.x/);
  });
});

describe('edge cases', () => {
  it('turns errors into errors of the bundle realm', () => {
    const e = env();
    class OtherError extends Error {}
    e.realm = { Date, Error: OtherError as unknown as ErrorConstructor };
    class Thrower {
      constructor(readonly env: ServiceEnv) {}
      fail(): void {
        throw new Error('boom');
      }
    }
    exposeAs('Thrower', Thrower);
    let caught: unknown;
    try {
      new Thrower(e).fail();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OtherError);
    expect((caught as Error).message).toBe('boom');
  });
});
