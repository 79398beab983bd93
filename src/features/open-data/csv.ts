import { stringify } from 'csv-stringify/sync';

/** A cell value: null becomes an empty cell. */
export type CsvCell = string | number | null;

/** One column of a published CSV file: its header, where it comes from, and how to read it from a record. */
export interface CsvColumn<Row> {
	/** Header of the column. */
	name: string;
	/** Path of the JSON field it comes from (`budget.initial_jpy`), whose description documents it. */
	field?: string;
	/** What the column adds to the field's description: how a list is flattened, how it is derived. */
	note?: string;
	/** The cell of one record. */
	value: (row: Row) => CsvCell;
}

/**
 * Writes CSV as RFC 4180 asks (CRLF between records, fields with commas, quotes or line breaks
 * quoted, quotes doubled), starting with a UTF-8 byte order mark: without it Excel reads the file
 * in the system's code page and garbles Japanese.
 * @param columns The file's columns, in order.
 * @param rows One record per row.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
	return stringify(
		rows.map((row) => columns.map((column) => column.value(row))),
		{
			bom: true,
			header: true,
			columns: columns.map((column) => column.name),
			record_delimiter: 'windows',
			// With a record delimiter set, csv-stringify stops quoting fields that hold a bare `\n`
			// (its `quote_record_delimiter` defaults to false then), which would split our list cells.
			quote_record_delimiter: true,
		},
	);
}
