/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.util.Locale;

import org.perenne.model.FigureFormat;
import org.perenne.model.Wording;

/** The words of the reports and spreadsheets, in French or English. */
public final class ReportText {

    private final Wording words;

    public ReportText(Locale locale) {
        this.words = new Wording("org.perenne.report.messages", ReportText.class, locale);
    }

    public Locale locale() {
        return words.locale();
    }

    public String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /** The words for a key, or the key itself when there are none (a column added without words yet). */
    String orKey(String key) {
        return words.has(key) ? words.get(key) : key;
    }

    /** A column's title in a table: its own words in that table when it has some ({@code column.stress.min_cash}), else the column's. */
    public String title(ReportTable table, ReportTable.Column column) {
        String own = "column." + table.name() + "." + column.key();
        return column.titleArgument() == null && words.has(own) ? get(own) : title(column);
    }

    /** A column's title in the reader's language. */
    public String title(ReportTable.Column column) {
        if (column.titleArgument() != null) {
            return get("column." + column.key().replaceAll("[0-9]+$", ""), column.titleArgument());
        }
        return column.key().startsWith("year_") ? get("column.year_n", Integer.parseInt(column.key().substring(5)))
                : orKey("column." + column.key());
    }

    /**
     * A cell of a table as a reader sees it on screen and in the PDF: money to the cent with "€", shares
     * as percentages, months by name, counts whole, hours and averages with at most one decimal; an empty
     * cell for "not applicable".
     */
    public String cell(ReportTable.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case MONEY -> figures().cents(((Long) value) / 100.0);
            case PERCENTAGE -> figures().percentInColumn((Double) value);
            case MONTH -> figures().month((java.time.YearMonth) value);
            case HOURS, COUNT, DECIMAL, INDEX, DRAWN -> figures().number(kind.kept((Number) value), kind.shownDecimals());
            case YEAR -> value.toString();
            case YES_NO, FLAG -> get((Boolean) value ? "yes" : "no");
            case LINE -> orKey("column." + value);
            case TEXT, BY_ROW -> value.toString().startsWith("budget.") ? get(value.toString()) : value.toString();
        };
    }

    /** The cell of a table at a row and a column, as {@link #cell(ReportTable.Kind, Object)} writes it. */
    public String cell(ReportTable table, int row, int column) {
        return cell(table.kind(row, column), table.rows().get(row)[column]);
    }

    /**
     * A cell as the PDF's tables show it: as {@link #cell(ReportTable, int, int)} (money to the cent, so
     * a table's lines add up to its totals as printed), with "—" for a share of nothing.
     */
    public String summaryCell(ReportTable table, int row, int column) {
        ReportTable.Kind kind = table.kind(row, column);
        Object value = table.rows().get(row)[column];
        return value == null && kind == ReportTable.Kind.PERCENTAGE ? FigureFormat.UNDEFINED : cell(kind, value);
    }

    /** Whole euros as people write them: "12 345 €". */
    String euros(double amount) {
        return figures().euros(amount);
    }

    String percent(double share) {
        return figures().percent(share);
    }

    /** The one way figures are written in this language. */
    FigureFormat figures() {
        return FigureFormat.of(locale());
    }
}
