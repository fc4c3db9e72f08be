import { assetJson, isRecord, readAsset, useAssetReader } from '../../../src/core/text/assets';
import { testAssetReader } from '../../setup/projectAssets';

describe('text assets (design §10)', () => {
  afterEach(() => {
    useAssetReader(testAssetReader);
  });

  it('reads and parses a file once, however often it is asked for', () => {
    const reads: string[] = [];
    useAssetReader((name) => {
      reads.push(name);
      return `{"name":"${name}"}`;
    });
    let parses = 0;
    const parse = (content: string): unknown => {
      parses += 1;
      return assetJson(content);
    };
    expect(readAsset('A', parse)).toEqual({ name: 'A' });
    expect(readAsset('A', parse)).toEqual({ name: 'A' });
    expect(readAsset('B', parse)).toEqual({ name: 'B' });
    expect({ reads, parses }).toEqual({ reads: ['A', 'B'], parses: 2 });
  });

  it('reads a file holding two tables once, and parses it once per table', () => {
    const reads: string[] = [];
    useAssetReader((name) => {
      reads.push(name);
      return '{"headers":["日付"],"statuses":["受注"]}';
    });
    const headers = (content: string): unknown => (assetJson(content) as { headers: unknown }).headers;
    const statuses = (content: string): unknown => (assetJson(content) as { statuses: unknown }).statuses;
    expect(readAsset('V', headers)).toEqual(['日付']);
    expect(readAsset('V', statuses, 'statuses')).toEqual(['受注']);
    expect(readAsset('V', headers)).toEqual(['日付']);
    expect(readAsset('V', statuses, 'statuses')).toEqual(['受注']);
    expect(reads).toEqual(['V']);
  });

  it('reads again after another reader is installed, not after the same one is installed again', () => {
    let reads = 0;
    const reader = (): string => {
      reads += 1;
      return '1';
    };
    useAssetReader(reader);
    readAsset('A', assetJson);
    useAssetReader(reader);
    readAsset('A', assetJson);
    expect(reads).toBe(1);
    useAssetReader(() => '2');
    expect(readAsset('A', assetJson)).toBe(2);
  });

  it('passes on what the reader or the parser throws, and keeps nothing of a failed read', () => {
    useAssetReader(() => '<html>');
    const strict = (content: string): unknown => {
      const value = assetJson(content);
      if (value === undefined) throw new Error('A.html is not JSON');
      return value;
    };
    expect(() => readAsset('A', strict)).toThrow('A.html is not JSON');
    useAssetReader(() => {
      throw new Error('No HTML file named A was found.');
    });
    expect(() => readAsset('A', strict)).toThrow('No HTML file named A was found.');
  });

  it('tells JSON and plain objects apart', () => {
    expect([assetJson('{"a":1}'), assetJson('[1]'), assetJson('<html>'), assetJson('')]).toEqual([{ a: 1 }, [1], undefined, undefined]);
    expect([isRecord({}), isRecord([]), isRecord(null), isRecord('a')]).toEqual([true, false, false, false]);
  });
});
