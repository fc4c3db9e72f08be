import { DEFAULT_PREVIEW_PORT, parsePreviewArgs } from '../../../src/local/preview/args';

describe('parsePreviewArgs', () => {
  it('uses the sample workbook on the default port when given nothing', () => {
    expect(parsePreviewArgs([])).toEqual({
      ok: true,
      args: { inputs: [], port: DEFAULT_PREVIEW_PORT, out: null, empty: false, locale: 'ja', dist: null },
    });
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    expect(parsePreviewArgs(['--input', 'a.csv', '--input=b.csv', '--port', '0', '--out=preview.xlsx', '--locale', 'en_US', '--dist', 'stub'])).toEqual({
      ok: true,
      args: { inputs: ['a.csv', 'b.csv'], port: 0, out: 'preview.xlsx', empty: false, locale: 'en_US', dist: 'stub' },
    });
  });

  it('asks for help with --help or -h', () => {
    expect(parsePreviewArgs(['--help'])).toEqual({ ok: 'help' });
    expect(parsePreviewArgs(['--port', '1', '-h'])).toEqual({ ok: 'help' });
  });

  it('starts from an empty workbook with --empty', () => {
    expect(parsePreviewArgs(['--empty'])).toMatchObject({ ok: true, args: { empty: true, inputs: [] } });
  });

  describe('edge cases', () => {
    it('refuses a port that is not a whole number from 0 to 65535', () => {
      for (const port of ['-1', '65536', '80.5', 'http', '']) {
        expect(parsePreviewArgs(['--port', port])).toEqual({ ok: false, message: expect.stringContaining('--port needs a whole number') });
      }
    });

    it('refuses an option that is missing its value', () => {
      expect(parsePreviewArgs(['--input'])).toEqual({ ok: false, message: expect.stringContaining('--input needs a file or folder') });
      expect(parsePreviewArgs(['--input', '--empty'])).toEqual({ ok: false, message: expect.stringContaining('--input needs') });
    });

    it('refuses an output that is not .xlsx', () => {
      expect(parsePreviewArgs(['--out', 'report.csv'])).toEqual({ ok: false, message: expect.stringContaining('ending in .xlsx') });
    });

    it('refuses a malformed locale', () => {
      expect(parsePreviewArgs(['--locale', 'japanese'])).toEqual({ ok: false, message: expect.stringContaining('--locale') });
    });

    it('refuses --empty together with --input', () => {
      expect(parsePreviewArgs(['--empty', '--input', 'a.xlsx'])).toEqual({ ok: false, message: '--empty and --input cannot be used together' });
    });

    it('names an unknown option', () => {
      expect(parsePreviewArgs(['--colour'])).toEqual({ ok: false, message: expect.stringContaining('Unknown option --colour') });
    });
  });
});
