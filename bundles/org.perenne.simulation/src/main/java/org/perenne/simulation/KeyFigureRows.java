/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The headline figures of a canvas, in the order people read them, and the one rule that says which of them
 * should worry the reader (docs/model-reference.md, "Key figures"): the dashboard, the scenarios, the workshop
 * mode, the reports, the workbook and the command line mark the same figure the same way. What each figure
 * says in words is {@code org.perenne.report.KeyFigureWords}'.
 */
public final class KeyFigureRows {

    /** A risk of running out of cash above this worries (and the minimum envelope aims at it). */
    public static final double RISK_ALERT = 0.05;
    /** A runway shorter than this many months worries. */
    public static final double RUNWAY_ALERT_MONTHS = 3;
    /** A grant dependency above this share worries (the alert line of the grant dependency chart). */
    public static final double DEPENDENCY_ALERT = 0.5;

    /** The headline figures. */
    public enum Figure {
        /** The lowest month-end cash and its month: worrying below zero. */
        LOWEST_CASH,
        /** The cash at the end of the horizon: worrying below zero. */
        CASH_AT_END,
        /** How long the cash at the end lasts: worrying when already out, or under {@link #RUNWAY_ALERT_MONTHS}. */
        RUNWAY,
        /** The month from which the place stays balanced: worrying when not reached. */
        LASTING_BREAK_EVEN,
        /** The last year's result without operating grants: worrying below zero. */
        STRUCTURAL_RESULT,
        /** The last year's own-income share: worrying when that year ends in a loss, however high the share. */
        OWN_INCOME_SHARE,
        /** The risk of running out of cash: worrying above {@link #RISK_ALERT}. */
        RISK,
        /** The last year's grant dependency: worrying above {@link #DEPENDENCY_ALERT}. */
        GRANT_DEPENDENCY,
        /** The subsidy the last year needs to break even: worrying when there is one. */
        SUBSIDY_NEEDED
    }

    private KeyFigureRows() {
    }

    /** Whether {@code figure} should worry the reader of {@code key}. */
    public static boolean worrying(Figure figure, KeyFigures key) {
        if (!key.hasHeadline()) {
            return false; // no figure is shown, only what the canvas lacks
        }
        Indicators.Year last = key.indicators().year(key.projection().years());
        return switch (figure) {
            case LOWEST_CASH -> key.lowestCash() < 0;
            case CASH_AT_END -> key.cashAtEnd() < 0;
            case RUNWAY -> key.runway().kind() == Indicators.RunwayKind.ALREADY_OUT
                    || key.runway().kind() == Indicators.RunwayKind.MONTHS && key.runway().months() < RUNWAY_ALERT_MONTHS;
            case LASTING_BREAK_EVEN -> key.lastingBreakEven().isEmpty();
            case STRUCTURAL_RESULT -> key.structuralResult() < 0;
            case OWN_INCOME_SHARE, SUBSIDY_NEEDED -> last.result() < 0;
            case RISK -> key.monteCarlo().map(risk -> risk.probabilityCashNegative() > RISK_ALERT).orElse(false);
            case GRANT_DEPENDENCY -> above(last.grantDependency(), DEPENDENCY_ALERT);
        };
    }

    /** The figures that should worry the reader of {@code key}, in reading order. */
    public static List<Figure> worrying(KeyFigures key) {
        return List.of(Figure.values()).stream().filter(figure -> worrying(figure, key)).toList();
    }

    private static boolean above(OptionalDouble share, double alert) {
        return share.isPresent() && share.getAsDouble() > alert;
    }
}
