/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.StringJoiner;

import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.MonteCarloResult;

/** How the commands write numbers and text into their CSV and JSON output: cents, probabilities, JSON strings. */
final class ResultFiles {

    private ResultFiles() {
    }

    /** A value in its own unit (a share, a count, months) to six decimals, as the CSV files' DRAWN kind writes it. */
    static String sixDecimals(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    static String cents(double amount) {
        return BigDecimal.valueOf(AmountTooLargeException.checked(amount)).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A Monte Carlo run as a JSON object whose lines after the first are indented by {@code indent}. */
    static String monteCarloJson(MonteCarloResult result, String indent) {
        StringJoiner years = new StringJoiner(", ", "[", "]");
        double[] byYear = result.probabilityCashNegativeByYear();
        for (int y = 0; y < byYear.length; y++) {
            years.add(String.format(Locale.ROOT, "{\"year\": %d, \"probability_cash_negative\": %s}", y + 1, probability(byYear[y])));
        }
        return String.format(Locale.ROOT,
                "{\n%1$s  \"runs\": %2$d,\n%1$s  \"seed\": %3$d,\n%1$s  \"probability_cash_negative\": %4$s,\n"
                        + "%1$s  \"probability_cash_negative_low\": %5$s,\n%1$s  \"probability_cash_negative_high\": %6$s,\n"
                        + "%1$s  \"probability_cash_negative_by_year\": %7$s,\n%1$s  \"expected_shortfall\": %8$s,\n"
                        + "%1$s  \"mean_shortfall_when_short\": %9$s\n%1$s}",
                indent, result.runs(), result.seed(), probability(result.probabilityCashNegative()),
                probability(result.probabilityCashNegativeLow()), probability(result.probabilityCashNegativeHigh()), years,
                cents(result.expectedShortfall()), cents(result.meanShortfallWhenShort()));
    }

    static String probability(double p) {
        return BigDecimal.valueOf(p).setScale(org.perenne.model.FigureFormat.SHARE_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A JSON string literal. */
    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char ch : String.valueOf(text).toCharArray()) {
            switch (ch) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        quoted.append(ch);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
