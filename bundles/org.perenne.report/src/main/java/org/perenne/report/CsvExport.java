/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Tables as CSV: UTF-8, comma-separated, decimal point, technical column names (stable for other
 * programs), amounts to the cent, ratios to four decimals, empty cells for "none".
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** The lines of a table's CSV file, its header first. */
    public static List<String> lines(ReportTable table) {
        List<String> lines = new ArrayList<>();
        StringJoiner header = new StringJoiner(",");
        table.columns().forEach(column -> header.add(column.key()));
        lines.add(header.toString());
        for (Object[] row : table.rows()) {
            StringJoiner line = new StringJoiner(",");
            for (int c = 0; c < row.length; c++) {
                line.add(cell(table.columns().get(c).kind(), row[c]));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static String cell(ReportTable.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case EUROS -> BigDecimal.valueOf((Long) value, 2).toPlainString();
            case RATIO -> scaled(value, 4);
            case ONE_DECIMAL -> scaled(value, 1);
            case TWO_DECIMALS -> scaled(value, 2);
            case TEXT -> quoted(value.toString());
            default -> value.toString();
        };
    }

    private static String scaled(Object value, int decimals) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Writes each table as NAME.csv in a folder; the files it wrote. */
    public static List<Path> write(List<ReportTable> tables, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportTable table : tables) {
            Path file = folder.resolve(table.name() + ".csv");
            write(file, lines(table));
            written.add(file);
        }
        return written;
    }

    /** Writes lines as a UTF-8 file, whole or not at all. */
    public static void write(Path file, List<String> lines) throws IOException {
        ExportFiles.write(file, out -> {
            for (String line : lines) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        });
    }
}
