// Stage 5, write: parsed documents → output streams (JSON, JSON Lines, CSV tables, XLSX workbook).
// The only stage that touches output files; each format takes documents one at a time, in input
// order, as the batch yields them.
export type { Sink } from "./sink.js";
export { openJsonDir, openJsonStream, openJsonl } from "./json.js";
export { openCsvDir, openCsvTable, CsvTableWriter, csvRecord, OUTPUT_ENCODINGS, type OutputEncoding, type CsvOptions } from "./csv.js";
// XLSX (exceljs, slow to load) is not re-exported here: import "./xlsx.js" when a workbook is needed.
export { TABLES, TABLE_NAMES, DEFAULT_TABLE, documentId, itemKey, isTableName, isProblem, cells, type Table, type TableName, type Column, type Row, type CellValue } from "./tables.js";
export { writeChunk, openFile, closeStream } from "./stream.js";

export { FORMATS, type Format } from "./formats.js";
