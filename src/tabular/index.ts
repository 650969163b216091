export { detectFormat, isGzipped, TABULAR_FORMATS, type TabularFormat } from './format.ts';
export { readBatches, readTable, type RowBatch, type StructureIssue, type TabularOptions } from './read.ts';
