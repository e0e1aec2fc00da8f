/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Predicate;

import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.Grant;
import org.perenne.model.OverrideMode;
import org.perenne.model.PerenneFactory;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.Scenario;
import org.perenne.model.ScenarioOverride;

/**
 * A change a funder may make to all its grants (docs/model-reference.md, "A funder's portfolio"),
 * turned into a scenario of each place's canvas — the same changes a user could write by hand, so a
 * stressed place is exactly that place's canvas simulated with that scenario:
 * <ul>
 * <li>{@code cut:30%:2028}: every committed grant year that starts in or after January 2028 is cut by 30 %;</li>
 * <li>{@code stop:2028}: every committed grant year that starts after December 2028 pays nothing, and no renewal;</li>
 * <li>{@code delay:6}: every payment (advances, balances, monthly payments, reimbursement claims) 6 months later;</li>
 * <li>{@code renewal:0.5}: each year after the committed ones is renewed with probability 0.5.</li>
 * </ul>
 * Grant years are placed in the calendar by each canvas's own first month.
 */
public record StressTest(Kind kind, double value, int year) {

    public enum Kind {
        CUT, STOP, DELAY, RENEWAL
    }

    /**
     * Reads {@code cut:30%:2028}, {@code stop:2028}, {@code delay:6} or {@code renewal:0.5}.
     *
     * @throws IllegalArgumentException with the expected forms, when the text is none of them
     */
    public static StressTest parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        try {
            return switch (parts[0]) {
                case "cut" -> parts.length == 3 ? of(Kind.CUT, number(parts[1].replace("%", "")) / 100, Integer.parseInt(parts[2]))
                        : invalid(text);
                case "stop" -> parts.length == 2 ? of(Kind.STOP, 0, Integer.parseInt(parts[1])) : invalid(text);
                case "delay" -> parts.length == 2 ? of(Kind.DELAY, Integer.parseInt(parts[1]), 0) : invalid(text);
                case "renewal" -> parts.length == 2 ? of(Kind.RENEWAL, number(parts[1]), 0) : invalid(text);
                default -> invalid(text);
            };
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return invalid(text);
        }
    }

    /**
     * A stress test from its values: a cut's share from 0 to 1 and its year, a stop's year, a delay in whole
     * months from 0 to 120, a renewal probability from 0 to 1 (a year from 1990 to 2100).
     *
     * @throws IllegalArgumentException when a value is outside its range
     */
    public static StressTest of(Kind kind, double value, int year) {
        boolean yearNeeded = kind == Kind.CUT || kind == Kind.STOP;
        boolean valid = switch (kind) {
            case CUT, RENEWAL -> value >= 0 && value <= 1;
            case DELAY -> value >= 0 && value <= 120 && value == Math.rint(value);
            case STOP -> true;
        } && (!yearNeeded || year >= 1990 && year <= 2100);
        if (!valid) {
            throw new IllegalArgumentException(kind + " " + value + " " + year);
        }
        return new StressTest(kind, kind == Kind.STOP ? 0 : value, yearNeeded ? year : 0);
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static StressTest invalid(String text) {
        throw new IllegalArgumentException(text);
    }

    /** The change as a scenario of {@code canvas}, on the grants of the funders {@code stressed} accepts. */
    public Scenario scenario(Canvas canvas, Predicate<Funder> stressed) {
        Scenario scenario = PerenneFactory.eINSTANCE.createScenario();
        scenario.setId("stress");
        scenario.setName(toString());
        if (canvas.getFunding() == null) {
            return scenario;
        }
        for (Grant grant : canvas.getFunding().getGrants()) {
            if (grant.getFunder() == null || !stressed.test(grant.getFunder())) {
                continue;
            }
            switch (kind) {
                case CUT, STOP -> {
                    for (int j = 0; j < grant.getCommittedAmounts().size(); j++) {
                        int startYear = grantYearStart(canvas, grant, j).getYear();
                        if (kind == Kind.CUT && startYear >= year) {
                            scenario.getOverrides().add(override(grant, "committedAmounts", j, OverrideMode.MULTIPLY, 1 - value));
                        } else if (kind == Kind.STOP && startYear > year) {
                            scenario.getOverrides().add(override(grant, "committedAmounts", j, OverrideMode.SET, 0));
                        }
                    }
                    if (kind == Kind.STOP) {
                        scenario.getOverrides().add(override(grant, "renewalProbability", -1, OverrideMode.SET, 0));
                    }
                }
                case DELAY -> {
                    scenario.getOverrides().add(later(grant, "advanceDelayMonths", grant.getAdvanceDelayMonths()));
                    scenario.getOverrides().add(later(grant, "balanceDelayMonths", grant.getBalanceDelayMonths()));
                    scenario.getOverrides().add(later(grant, "delayMonths", grant.getDelayMonths()));
                }
                case RENEWAL -> scenario.getOverrides().add(override(grant, "renewalProbability", -1, OverrideMode.SET, value));
            }
        }
        if (kind == Kind.DELAY) {
            for (ReimbursementGrant grant : canvas.getFunding().getReimbursementGrants()) {
                if (grant.getFunder() != null && stressed.test(grant.getFunder())) {
                    scenario.getOverrides().add(later(grant, "delayMonths", grant.getDelayMonths()));
                }
            }
        }
        return scenario;
    }

    /** The calendar month grant year {@code j} of a grant starts in. */
    public static YearMonth grantYearStart(Canvas canvas, Grant grant, int j) {
        return canvas.getStartMonth().plusMonths(12L * (grant.getFirstGrantYear() - 1 + j));
    }

    private ScenarioOverride later(org.eclipse.emf.ecore.EObject grant, String attribute, int current) {
        return override(grant, attribute, -1, OverrideMode.SET, current + value);
    }

    private static ScenarioOverride override(org.eclipse.emf.ecore.EObject target, String attribute, int index,
            OverrideMode mode, double value) {
        ScenarioOverride override = PerenneFactory.eINSTANCE.createScenarioOverride();
        override.setTarget(target);
        override.setAttribute(attribute);
        override.setIndex(index);
        override.setMode(mode);
        override.setValue(value);
        return override;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CUT -> String.format(Locale.ROOT, "cut:%s%%:%d", trim(value * 100), year);
            case STOP -> "stop:" + year;
            case DELAY -> "delay:" + (int) value;
            case RENEWAL -> "renewal:" + trim(value);
        };
    }

    private static String trim(double number) {
        return java.math.BigDecimal.valueOf(number).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
