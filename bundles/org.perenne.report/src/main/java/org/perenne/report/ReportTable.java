/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.util.List;

/**
 * One table of a report, as the spreadsheet, the CSV files and the PDF all show it: named columns of
 * a known kind and rows of cells. Cells are {@code Long} cents for amounts (so sums reconcile to the
 * cent), {@code Double} for ratios and counts, {@code java.time.YearMonth} for months,
 * {@code Integer} for years and counts, {@code String} or {@code Boolean}; null is an empty cell.
 */
public record ReportTable(String name, List<Column> columns, List<Object[]> rows) {

    /** How a column's cells are written. */
    public enum Kind {
        TEXT, MONTH, YEAR, EUROS, RATIO, ONE_DECIMAL, TWO_DECIMALS, YES_NO, COUNT
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

    public int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key + " in " + name);
    }
}
