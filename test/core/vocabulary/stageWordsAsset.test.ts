/** The status values travel in the header vocabulary's project file (design §10) and are what statuses are classified with. */
import { PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';
import { parseVocabulary } from '../../../src/core/recognition/vocabularyAsset';
import { readAsset, useAssetReader } from '../../../src/core/text/assets';
import { dealOutcomeFromStage, stageFromStatus } from '../../../src/core/vocabulary/stageWords';
import { parseStatusWords, statusWords, VOCABULARY_ASSET } from '../../../src/core/vocabulary/stageWordsAsset';
import { STATUS_VALUES } from '../../../src/core/vocabulary/statusWords';
import { testAssetReader } from '../../setup/projectAssets';

const content = (): string => PROJECT_ASSETS[VOCABULARY_ASSET]?.() ?? '';

describe('the status values in the vocabulary file', () => {
  afterEach(() => {
    useAssetReader(testAssetReader);
  });

  it('holds statusWords.ts word for word, and is read back as it', () => {
    expect((JSON.parse(content()) as { statusValues: unknown }).statusValues).toEqual(STATUS_VALUES);
    expect(parseStatusWords(content())).toEqual(STATUS_VALUES);
  });

  it('is what statuses are classified with: the core holds no copy of the table', () => {
    const vocabulary = JSON.parse(content()) as Record<string, unknown>;
    useAssetReader(() => JSON.stringify({ ...vocabulary, statusValues: { ...STATUS_VALUES, won: ['発注済'], lost: ['お見送り'] } }));
    expect([stageFromStatus('発注済'), dealOutcomeFromStage('お見送り')]).toEqual([{ stage: 'won', lost: false, known: true }, { outcome: 'lost', known: true }]);
    expect(dealOutcomeFromStage('受注')).toEqual({ outcome: 'open', known: false });
    useAssetReader(testAssetReader);
    expect([stageFromStatus('発注済'), dealOutcomeFromStage('受注')]).toEqual([{ stage: 'leads', lost: false, known: false }, { outcome: 'won', known: true }]);
  });

  it('is read from the file once, with the header vocabulary that shares it', () => {
    const reads: string[] = [];
    useAssetReader((name) => {
      reads.push(name);
      return testAssetReader(name);
    });
    expect(stageFromStatus('Closed Won')).toEqual({ stage: 'won', lost: false, known: true });
    expect(stageFromStatus('商談中')).toEqual({ stage: 'opportunities', lost: false, known: true });
    expect(readAsset(VOCABULARY_ASSET, parseVocabulary).tabNameHints.deals.length).toBeGreaterThan(0);
    expect(statusWords()).toEqual(STATUS_VALUES);
    expect(reads).toEqual([VOCABULARY_ASSET]);
  });

  it('stops with a clear message on a damaged or stale file', () => {
    const message = "Vocabulary.html is not the add-on's header vocabulary; rebuild and push the add-on (npm run build).";
    const { lost: _lost, ...withoutLost } = STATUS_VALUES;
    for (const damaged of [
      '<html>',
      '{}',
      JSON.stringify({ statusValues: withoutLost }),
      JSON.stringify({ statusValues: { ...STATUS_VALUES, churned: ['解約'] } }),
      JSON.stringify({ statusValues: { ...STATUS_VALUES, won: ['受注', ''] } }),
      JSON.stringify({ statusValues: { ...STATUS_VALUES, won: '受注' } }),
    ]) {
      expect(() => parseStatusWords(damaged)).toThrow(message);
    }
    useAssetReader(() => '{"fieldAliases":{}}');
    expect(() => stageFromStatus('受注')).toThrow(message);
  });
});
