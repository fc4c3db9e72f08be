/** The whole robustness corpus, in one list. */
import type { RobustnessCase } from '../corpusCase';
import { commandLineCases } from './commandLine';
import { dateCases } from './dates';
import { encodingCases } from './encodings';
import { exportCases } from './exports';
import { hostileFileCases } from './hostileFiles';
import { hostileTextCases } from './hostileText';
import { numberCases } from './numbers';
import { privacyCases } from './privacy';
import { recognitionCases } from './recognition';
import { sizeCases } from './sizes';
import { structureCases } from './structure';
import { totalCases } from './totals';
import { xlsxCases } from './xlsx';

export const corpus: readonly RobustnessCase[] = [
  ...dateCases,
  ...numberCases,
  ...encodingCases,
  ...exportCases,
  ...hostileTextCases,
  ...sizeCases,
  ...structureCases,
  ...totalCases,
  ...recognitionCases,
  ...xlsxCases,
  ...hostileFileCases,
  ...privacyCases,
  ...commandLineCases,
];
