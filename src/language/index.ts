// language: word statistics, the spin lexicon and the spin detector, shared by evaluate (garbled-text) and,
// through restoreParagraph, by extraction of spun paragraphs.
export { alignCorpus, type Aligned } from './align.js';
export { createSpinDetector, DEFAULT_SPIN_OPTIONS, type SpinDetector, type SpinOptions, type SpinScore, type SpinSuspect } from './detector.js';
export { compileLexicon, type Lexicon } from './lexicon.js';
export { applyRestoration, confident, restoreParagraph, type Edit, type Restored } from './restore.js';
export { languageTable, type LanguageTable } from './table.js';
