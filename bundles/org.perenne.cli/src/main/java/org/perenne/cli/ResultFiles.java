/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.StringJoiner;

import org.perenne.simulation.AccountLine;
import org.perenne.simulation.CashLine;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;

/**
 * The files a simulation writes: UTF-8 CSV, comma-separated, decimal point, amounts to the cent.
 * In cashflow.csv the columns are rounded to the cent first and the net flow and closing cash are
 * sums of those rounded figures, so the file reconciles to the cent.
 */
final class ResultFiles {

    private ResultFiles() {
    }

    static String cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static long toCents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
    }

    private static String fromCents(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(4, RoundingMode.HALF_EVEN).toPlainString() : "";
    }

    static void write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static List<String> cashflow(Projection p) {
        List<String> lines = new ArrayList<>();
        StringJoiner header = new StringJoiner(",").add("month");
        for (CashLine line : CashLine.values()) {
            header.add(line.column());
        }
        lines.add(header.add("net").add("closing_cash").toString());
        long closing = toCents(p.openingCash());
        for (int m = 0; m < p.months(); m++) {
            StringJoiner row = new StringJoiner(",").add(p.monthOf(m).toString());
            long net = 0;
            for (CashLine line : CashLine.values()) {
                long amount = toCents(p.cash(line, m));
                net += line.isIncoming() ? amount : -amount;
                row.add(fromCents(amount));
            }
            closing += net;
            lines.add(row.add(fromCents(net)).add(fromCents(closing)).toString());
        }
        return lines;
    }

    static List<String> incomeStatement(Projection p) {
        List<String> lines = new ArrayList<>();
        StringJoiner header = new StringJoiner(",").add("year").add("first_month");
        for (AccountLine line : AccountLine.values()) {
            header.add(line.column());
        }
        lines.add(header.add("result").toString());
        for (int y = 1; y <= p.years(); y++) {
            StringJoiner row = new StringJoiner(",").add(Integer.toString(y)).add(p.monthOf(12 * (y - 1)).toString());
            long result = 0;
            for (AccountLine line : AccountLine.values()) {
                long amount = toCents(p.accountInYear(line, y));
                result += Math.round(line.sign()) * amount;
                row.add(fromCents(amount));
            }
            lines.add(row.add(fromCents(result)).toString());
        }
        return lines;
    }

    static List<String> indicators(Indicators indicators) {
        List<String> lines = new ArrayList<>();
        lines.add("year,own_income,operating_subsidies,investment_subsidies,costs,result,grant_dependency,"
                + "self_financing,minimum_cash,minimum_cash_month,members,members_lost,beneficiaries,"
                + "cost_per_beneficiary,public_hours,public_hours_per_1k_subsidy,volunteer_hours,commercial_tax_threshold_exceeded");
        for (Indicators.Year y : indicators.yearly()) {
            lines.add(String.join(",", Integer.toString(y.year()), cents(y.ownIncome()), cents(y.operatingSubsidies()),
                    cents(y.investmentSubsidies()), cents(y.costs()), cents(y.result()), ratio(y.grantDependency()),
                    ratio(y.selfFinancing()), cents(y.minimumCash()), y.minimumCashMonth().toString(),
                    BigDecimal.valueOf(y.members()).setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                    BigDecimal.valueOf(y.membersLost()).setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                    BigDecimal.valueOf(y.beneficiaries()).setScale(1, RoundingMode.HALF_EVEN).toPlainString(),
                    y.costPerBeneficiary().isPresent() ? cents(y.costPerBeneficiary().getAsDouble()) : "",
                    BigDecimal.valueOf(y.publicHours()).setScale(1, RoundingMode.HALF_EVEN).toPlainString(),
                    ratio(y.publicHoursPerThousandEuros()),
                    BigDecimal.valueOf(y.volunteerHours()).setScale(1, RoundingMode.HALF_EVEN).toPlainString(),
                    Boolean.toString(y.commercialTaxThresholdExceeded())));
        }
        return lines;
    }

    static List<String> monteCarlo(MonteCarloResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("month,p5,p25,p50,p75,p95");
        for (int m = 0; m < result.months(); m++) {
            StringJoiner row = new StringJoiner(",").add(result.startMonth().plusMonths(m).toString());
            for (int q = 0; q < MonteCarlo.PERCENTILES.length; q++) {
                row.add(cents(result.percentile(q, m)));
            }
            lines.add(row.toString());
        }
        return lines;
    }

    static String summaryJson(MonteCarloResult result) {
        StringJoiner years = new StringJoiner(", ", "[", "]");
        double[] byYear = result.probabilityCashNegativeByYear();
        for (int y = 0; y < byYear.length; y++) {
            years.add(String.format(Locale.ROOT, "{\"year\": %d, \"probability_cash_negative\": %s}", y + 1, probability(byYear[y])));
        }
        return String.format(Locale.ROOT,
                "{\n  \"runs\": %d,\n  \"seed\": %d,\n  \"probability_cash_negative\": %s,\n"
                        + "  \"probability_cash_negative_by_year\": %s,\n  \"expected_shortfall\": %s,\n"
                        + "  \"mean_shortfall_when_short\": %s\n}",
                result.runs(), result.seed(), probability(result.probabilityCashNegative()), years,
                cents(result.expectedShortfall()), cents(result.meanShortfallWhenShort()));
    }

    static String probability(double p) {
        return BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
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
