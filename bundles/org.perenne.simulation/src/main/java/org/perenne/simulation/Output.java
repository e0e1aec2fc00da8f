/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.Locale;

/**
 * A figure read from a projection, as a type: the lowest closing cash, the closing cash of the last
 * month, or the result of a model year. Its {@link #name()} is the command line's word for it
 * ({@code min_cash}, {@code end_cash}, {@code result_year_N}).
 */
public record Output(Kind kind, int year) {

    /** What is read. */
    public enum Kind {
        LOWEST_CASH, END_CASH, YEAR_RESULT
    }

    /** The lowest closing cash of the projection. */
    public static final Output LOWEST_CASH = new Output(Kind.LOWEST_CASH, 0);

    /** The closing cash of the last month. */
    public static final Output END_CASH = new Output(Kind.END_CASH, 0);

    /** The result of model year {@code year} (1 to the horizon). */
    public static Output resultOfYear(int year) {
        return new Output(Kind.YEAR_RESULT, year);
    }

    /** Parses the command line's word for an output; null when it means nothing for a canvas of {@code years} years. */
    public static Output parse(String text, int years) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        if (name.equals("min_cash")) {
            return LOWEST_CASH;
        }
        if (name.equals("end_cash")) {
            return END_CASH;
        }
        if (name.startsWith("result_year_")) {
            try {
                int year = Integer.parseInt(name.substring("result_year_".length()));
                return year >= 1 && year <= years ? resultOfYear(year) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The command line's word for this output. */
    public String name() {
        return switch (kind) {
            case LOWEST_CASH -> "min_cash";
            case END_CASH -> "end_cash";
            case YEAR_RESULT -> "result_year_" + year;
        };
    }

    public double of(Projection p) {
        return switch (kind) {
            case LOWEST_CASH -> {
                double lowest = Double.POSITIVE_INFINITY;
                for (int m = 0; m < p.months(); m++) {
                    lowest = Math.min(lowest, p.closingCash(m));
                }
                yield lowest;
            }
            case END_CASH -> p.closingCash(p.months() - 1);
            case YEAR_RESULT -> {
                double result = 0;
                for (int m = 12 * (year - 1); m < 12 * year; m++) {
                    result += p.result(m);
                }
                yield result;
            }
        };
    }
}
