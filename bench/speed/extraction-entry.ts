/** Entry of the extraction bundle the Chromium benchmark injects into served corpus pages. */
export { extractSnapshot } from '../../extraction/extract-snapshot';
export { Readability } from '@mozilla/readability';
export { timeExtractionSteps } from './extraction-steps';
