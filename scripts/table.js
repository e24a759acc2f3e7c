'use strict';
/** A plain-text table for what the demos print: a header, a rule, one line per row. */
function table(rows, columns) {
	const widths = columns.map(({ title, value }) =>
		Math.max(title.length, ...rows.map((row) => String(value(row)).length)),
	);
	const line = (cells) =>
		cells
			.map((cell, i) => String(cell).padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [
		line(columns.map((column) => column.title)),
		line(widths.map((width) => '-'.repeat(width))),
		...rows.map((row) => line(columns.map((column) => column.value(row)))),
	].join('\n');
}

module.exports = { table };
