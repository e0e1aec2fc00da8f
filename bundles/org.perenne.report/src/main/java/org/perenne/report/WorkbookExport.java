/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.perenne.model.io.SafeFiles;

/**
 * The tables as an .xlsx workbook, one sheet each, with real numbers and dates in formats a
 * spreadsheet understands (euros to the cent, percentages, months), column titles in the user's
 * language and the first row and column frozen.
 */
public final class WorkbookExport {

    private WorkbookExport() {
    }

    public static void write(ReportFigures figures, ReportText text, Path file) throws IOException {
        SafeFiles.write(file, out -> write(figures, text, out));
    }

    static void write(ReportFigures figures, ReportText text, OutputStream out) throws IOException {
        write(figures.tables(text), text, out);
    }

    /** Writes tables as a workbook, one sheet each, whole or not at all. */
    public static void write(List<ReportTable> tables, ReportText text, Path file) throws IOException {
        SafeFiles.write(file, out -> write(tables, text, out));
    }

    private static void write(List<ReportTable> tables, ReportText text, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Perenne", "1.0");
        workbook.setGlobalDefaultFont("Arial", 10);
        for (ReportTable table : tables) {
            sheet(workbook.newWorksheet(text.get("table." + table.name())), table, text);
        }
        workbook.finish();
    }

    private static void sheet(Worksheet sheet, ReportTable table, ReportText text) {
        int titleLines = 1;
        for (int c = 0; c < table.columns().size(); c++) {
            ReportTable.Column column = table.columns().get(c);
            String title = text.title(table, column);
            double width = width(table, c, title, text);
            sheet.value(0, c, title);
            sheet.style(0, c).bold().wrapText(true).verticalAlignment("top").set();
            sheet.width(c, width);
            titleLines = Math.max(titleLines, (int) Math.ceil(title.length() / (width - 1)));
        }
        // a title wraps on the lines it needs, all of them shown
        sheet.rowHeight(0, 13.5 * titleLines + 2);
        sheet.freezePane(1, 1);
        // printed across, the titles and the first column on every page
        sheet.pageOrientation("landscape");
        sheet.repeatRows(0);
        sheet.repeatCols(0);
        int r = 1;
        for (int row = 0; row < table.rows().size(); row++) {
            Object[] cells = table.rows().get(row);
            for (int c = 0; c < cells.length; c++) {
                cell(sheet, r, c, table.kind(row, c), cells[c], text);
            }
            r++;
        }
    }

    /**
     * A column's width in characters: its widest cell as shown (text whole up to 60 characters, numbers
     * with their grouping and unit), and room for the title's longest word.
     */
    private static double width(ReportTable table, int column, String title, ReportText text) {
        int widest = 0;
        for (String word : title.split("\\s+")) {
            widest = Math.max(widest, word.length());
        }
        for (int row = 0; row < table.rows().size(); row++) {
            widest = Math.max(widest, text.cell(table.kind(row, column), table.rows().get(row)[column]).length());
        }
        return Math.min(60, Math.max(10, widest + 3));
    }

    /** A cell with the number the CSV files hold, in its kind's spreadsheet format. */
    private static void cell(Worksheet sheet, int r, int c, ReportTable.Kind kind, Object value, ReportText text) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case MONEY -> sheet.value(r, c, ((Long) value) / 100.0);
            case PERCENTAGE, HOURS, COUNT, DECIMAL, INDEX, YEAR -> sheet.value(r, c, kind.kept((Number) value));
            case MONTH -> sheet.value(r, c, ((YearMonth) value).atDay(1));
            case YES_NO, FLAG -> sheet.value(r, c, text.get((Boolean) value ? "yes" : "no"));
            case TEXT, LINE, BY_ROW -> sheet.value(r, c, CsvFiles.safe(text.cell(kind, value)));
        }
        String format = kind.spreadsheetFormat(text.locale());
        if (format != null) {
            sheet.style(r, c).format(format).set();
        } else if (kind == ReportTable.Kind.YES_NO || kind == ReportTable.Kind.FLAG) {
            sheet.style(r, c).horizontalAlignment("center").set();
        }
    }
}
