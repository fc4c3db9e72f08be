/** The status words travel in their own project file (design §10) and are what a status value is classified by. */
import { PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';
import { STAGE_WORDS } from '../../../src/core/vocabulary/stageWordLists';
import { parseStageWords, STAGE_WORDS_ASSET, stageFromStatus, statusKey } from '../../../src/core/vocabulary/stageWords';

describe('the status words asset', () => {
  it('holds stageWordLists.ts word for word, and is read back as one lookup by status key', () => {
    const content = PROJECT_ASSETS[STAGE_WORDS_ASSET]?.() ?? '';
    expect(JSON.parse(content)).toEqual(STAGE_WORDS);
    const lookup = parseStageWords(content);
    expect(lookup.get(statusKey('Closed Won'))).toBe('won');
    expect(lookup.get(statusKey('不適格'))).toBe('leads');
    expect(lookup.size).toBeGreaterThan(150);
  });

  it('classifies a status value by its words', () => {
    expect(stageFromStatus('取引開始')).toEqual({ stage: 'opportunities', lost: false, known: true });
    expect(stageFromStatus('Closed - Lost')).toEqual({ stage: 'opportunities', lost: true, known: true });
  });

  it('stops with a clear message on a damaged or stale file', () => {
    const message = "StageWords.html is not the add-on's status words; rebuild and push the add-on (npm run build).";
    const valid = { leads: ['新規'], mql: [], sql: [], opportunities: [], won: [], lost: [] };
    for (const damaged of ['<html>', '{}', JSON.stringify({ ...valid, won: undefined }), JSON.stringify({ ...valid, lost: [''] }), JSON.stringify({ ...valid, mql: 'MQL' })]) {
      expect(() => parseStageWords(damaged)).toThrow(message);
    }
  });
});
