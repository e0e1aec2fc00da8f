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

    /** Each character escaped, not quoted: the writer puts format codes in XML attributes as they are. */
    static final String EUROS = "#,##0.00\\ \\€";
    static final String PERCENT = "0.0%";
    static final String MONTH = "mmm yyyy";

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
        for (int c = 0; c < table.columns().size(); c++) {
            ReportTable.Column column = table.columns().get(c);
            sheet.value(0, c, text.title(column));
            sheet.style(0, c).bold().wrapText(true).set();
            sheet.width(c, column.kind() == ReportTable.Kind.TEXT ? (c == 0 ? 10 : 60) : 16);
        }
        sheet.freezePane(1, 1);
        int r = 1;
        for (Object[] row : table.rows()) {
            for (int c = 0; c < row.length; c++) {
                cell(sheet, r, c, table.columns().get(c).kind(), row[c], text);
            }
            r++;
        }
    }

    private static void cell(Worksheet sheet, int r, int c, ReportTable.Kind kind, Object value, ReportText text) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case EUROS -> {
                sheet.value(r, c, ((Long) value) / 100.0);
                sheet.style(r, c).format(EUROS).set();
            }
            case RATIO -> {
                sheet.value(r, c, (Double) value);
                sheet.style(r, c).format(PERCENT).set();
            }
            case ONE_DECIMAL, TWO_DECIMALS -> {
                sheet.value(r, c, (Double) value);
                sheet.style(r, c).format(kind == ReportTable.Kind.ONE_DECIMAL ? "0.0" : "0.00").set();
            }
            case MONTH -> {
                sheet.value(r, c, ((YearMonth) value).atDay(1));
                sheet.style(r, c).format(MONTH).set();
            }
            case YEAR, COUNT -> sheet.value(r, c, (Integer) value);
            case YES_NO -> sheet.value(r, c, text.get((Boolean) value ? "yes" : "no"));
            case TEXT -> sheet.value(r, c,
                    CsvFiles.safe(value.toString().startsWith("budget.") ? text.get(value.toString()) : value.toString()));
        }
    }
}
