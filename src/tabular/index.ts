export { detectFormat, isGzipped, TABULAR_FORMATS, type TabularFormat } from './format.ts';
export { readBatches, readColumnBatches, readTable, type ColumnBatch, type RowBatch, type StructureIssue, type TabularOptions } from './read.ts';
