/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.perenne.model.FigureFormat;

/**
 * One table of a report, as the spreadsheet, the CSV files, the PDF and the application all show it:
 * named columns of a declared kind and rows of cells. The kind is declared once, here, and decides how
 * every export writes the cell. Cells are {@code Long} cents for money (so sums reconcile to the cent),
 * {@code Double} for shares, hours, counts and averages, {@code java.time.YearMonth} for months,
 * {@code Integer} for years, {@code String} or {@code Boolean}; null is an empty cell.
 *
 * @param rowKinds for a table whose rows are different figures (the impact table: people, hours,
 *            euros), the kind of each row's cells in the columns of kind {@link Kind#BY_ROW}; else empty
 */
public record ReportTable(String name, List<Column> columns, List<Object[]> rows, List<Kind> rowKinds) {

    public ReportTable(String name, List<Column> columns, List<Object[]> rows) {
        this(name, columns, rows, List.of());
    }

    /**
     * What a column holds, which decides how each export writes it: the decimals of the CSV files (plain
     * numbers with a decimal point, for other programs), the spreadsheet's number format, and what people
     * read on screen and in the PDF.
     */
    public enum Kind {
        /** Words: names, account numbers, line names. */
        TEXT(-1, -1, null),
        /** A calendar month: 2027-03 in CSV, a date shown as "mars 2027" elsewhere. */
        MONTH(-1, -1, "mmm yyyy"),
        /** A year's number: the canvas's year 1, 2… or a calendar year. */
        YEAR(0, 0, "0"),
        /** Euros to the cent: 1234.50 in CSV, "1 234,50 €" elsewhere. */
        MONEY(2, 2, "#,##0.00\\ \\€"),
        /** A share: a fraction in CSV (0.440), a percentage elsewhere ("44,0 %"), kept as precisely as it is shown. */
        PERCENTAGE(FigureFormat.SHARE_DECIMALS, 1, "0.0%"),
        /** Hours, to one decimal. */
        HOURS(1, 1, "#,##0.0"),
        /** People or things counted, whole when shown. */
        COUNT(1, 0, "#,##0"),
        /** A figure with decimals in its own unit (members on average, jobs in full-time equivalents), to one decimal. */
        DECIMAL(1, 1, "#,##0.0"),
        /** A line of the income statement: its key in CSV ({@code staff}), its name elsewhere ("Salaires et charges"). */
        LINE(-1, -1, null),
        /** A yes/no answer: true or false in CSV, "oui"/"non" elsewhere. */
        YES_NO(-1, -1, null),
        /** A yes/no answer other programs count: 1 or 0 in CSV, "oui"/"non" elsewhere. */
        FLAG(-1, -1, null),
        /** An index from 0 to 1 that is not a share (the concentration of income): 3 decimals in CSV, 2 shown. */
        INDEX(3, 2, "0.00"),
        /** A value as the Monte Carlo drew it, in its figure's own unit: 6 decimals, enough to recompute its ranks. */
        DRAWN(6, 6, "#,##0.000000"),
        /** In a table whose rows are different figures: the kind its row declares. */
        BY_ROW(-1, -1, null);

        private final int csvDecimals;
        private final int shownDecimals;
        private final String spreadsheetFormat;

        Kind(int csvDecimals, int shownDecimals, String spreadsheetFormat) {
            this.csvDecimals = csvDecimals;
            this.shownDecimals = shownDecimals;
            this.spreadsheetFormat = spreadsheetFormat;
        }

        /** Decimals of the plain number in CSV files, or -1 when the cell is not a number. */
        public int csvDecimals() {
            return csvDecimals;
        }

        /** Decimals shown to people (at most; trailing zeros dropped for counts and hours). */
        public int shownDecimals() {
            return shownDecimals;
        }

        /**
         * The number format of the spreadsheet's cells in a language (characters escaped: fastexcel
         * writes it as is), or null; French percentages keep their space ("44,0 %").
         */
        public String spreadsheetFormat(Locale language) {
            return this == PERCENTAGE && language.getLanguage().equals("fr") ? "0.0\\ %" : spreadsheetFormat;
        }

        /** A number as every export keeps it: rounded half to even to the CSV's decimals. */
        public double kept(Number value) {
            return value instanceof Double number && numeric()
                    ? BigDecimal.valueOf(number).setScale(csvDecimals, RoundingMode.HALF_EVEN).doubleValue()
                    : value.doubleValue();
        }

        /** Whether cells of this kind are words, read from the left (names, lines), rather than figures. */
        public boolean words() {
            return this == TEXT || this == LINE;
        }

        /** Whether cells of this kind are numbers a spreadsheet can add up. */
        public boolean numeric() {
            return csvDecimals >= 0;
        }
    }

    /**
     * A column: its technical name (CSV header, message key), its kind, and what its title names when
     * the key is numbered ({@code funder_share_y3} is titled with its calendar year, 2029), else null.
     */
    public record Column(String key, Kind kind, Object titleArgument) {
        public Column(String key, Kind kind) {
            this(key, kind, null);
        }
    }

    /** The kind of a cell: its column's, or its row's in a column of kind {@link Kind#BY_ROW}. */
    public Kind kind(int row, int column) {
        Kind kind = columns.get(column).kind();
        return kind == Kind.BY_ROW ? rowKinds.get(row) : kind;
    }

    public int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key + " in " + name);
    }
}
