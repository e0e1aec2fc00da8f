/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.perenne.model.io.ResultsFolder;

/**
 * Tables as CSV: UTF-8, comma-separated, decimal point, technical column names (stable for other
 * programs), each number with the decimals of its column's {@link ReportTable.Kind} (money to the
 * cent, shares as fractions to three decimals: a tenth of a percent), empty cells for "none"; written by {@link CsvFiles}.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** A table's rows of cells, its header first. */
    public static List<List<String>> rows(ReportTable table) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columns().stream().map(ReportTable.Column::key).toList());
        for (int r = 0; r < table.rows().size(); r++) {
            Object[] row = table.rows().get(r);
            List<String> cells = new ArrayList<>(row.length);
            for (int c = 0; c < row.length; c++) {
                cells.add(cell(table.kind(r, c), row[c]));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String cell(ReportTable.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (kind == ReportTable.Kind.FLAG) {
            return (Boolean) value ? "1" : "0";
        }
        if (kind == ReportTable.Kind.MONEY) {
            return BigDecimal.valueOf((Long) value, 2).toPlainString();
        }
        if (kind.numeric() && value instanceof Double number) {
            return BigDecimal.valueOf(number).setScale(kind.csvDecimals(), RoundingMode.HALF_EVEN).toPlainString();
        }
        return value.toString();
    }

    /** Writes a table as a CSV file. */
    public static void write(ReportTable table, Path file) throws IOException {
        CsvFiles.write(file, rows(table));
    }

    /** Writes each table as NAME.csv in a folder, all of them or none ({@link ResultsFolder}); the files it wrote. */
    public static List<Path> write(List<ReportTable> tables, Path folder) throws IOException {
        try (ResultsFolder results = new ResultsFolder(folder)) {
            List<Path> written = new ArrayList<>();
            for (ReportTable table : tables) {
                write(table, results.file(table.name() + ".csv"));
                written.add(results.folder().resolve(table.name() + ".csv"));
            }
            results.complete();
            return written;
        }
    }
}
