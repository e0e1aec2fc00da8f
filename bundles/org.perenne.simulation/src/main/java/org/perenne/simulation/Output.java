/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.Locale;

/**
 * A figure read from a projection, named as on the command line: {@code min_cash} (lowest closing
 * cash), {@code end_cash} (closing cash of the last month), {@code result_year_N} (result of year N).
 */
public record Output(String name, int year) {

    /** Parses an output name; null when the name means nothing. */
    public static Output parse(String text, int years) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        if (name.equals("min_cash") || name.equals("end_cash")) {
            return new Output(name, 0);
        }
        if (name.startsWith("result_year_")) {
            try {
                int year = Integer.parseInt(name.substring("result_year_".length()));
                return year >= 1 && year <= years ? new Output(name, year) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public double of(Projection p) {
        return switch (name) {
            case "min_cash" -> {
                double lowest = Double.POSITIVE_INFINITY;
                for (int m = 0; m < p.months(); m++) {
                    lowest = Math.min(lowest, p.closingCash(m));
                }
                yield lowest;
            }
            case "end_cash" -> p.closingCash(p.months() - 1);
            default -> {
                double result = 0;
                for (int m = 12 * (year - 1); m < 12 * year; m++) {
                    result += p.result(m);
                }
                yield result;
            }
        };
    }
}
