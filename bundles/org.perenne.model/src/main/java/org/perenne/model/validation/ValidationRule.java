/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Every rule a user can break on a canvas. The wording of each rule, in French and English, is in
 * messages*.properties under the key {@code rule.<NAME>}.
 */
public enum ValidationRule {
    NAME_MISSING,
    START_MONTH_MISSING,
    HORIZON_OUT_OF_RANGE,
    START_YEAR_OUT_OF_RANGE,
    ID_INVALID,
    ID_DUPLICATE,
    NOT_FINITE,
    NEGATIVE_VALUE,
    SHARE_OUT_OF_RANGE,
    RATE_OUT_OF_RANGE,
    VALUE_TOO_LARGE,
    REFERENCE_MISSING,
    REFERENCE_OUTSIDE,
    SOLIDARITY_PRICE_ABOVE_CAP,
    PRICE_LADDER_EMPTY,
    ELASTICITY_POSITIVE,
    ROOM_KIND_NOT_ALLOWED,
    OPENING_SLOT_ENDS_BEFORE_START,
    STAFF_ENDS_BEFORE_START,
    GRANT_YEARS_EMPTY,
    GRANT_FIRST_YEAR_INVALID,
    INVESTMENT_GRANT_WITHOUT_INVESTMENT,
    PROGRAMME_ENDS_BEFORE_START,
    CLAIM_PERIOD_INVALID,
    NO_ELIGIBLE_COSTS,
    LOAN_DURATION_INVALID,
    LOAN_DEFERRAL_TOO_LONG,
    DEPRECIATION_YEARS_INVALID,
    STARTS_AFTER_HORIZON(Diagnostic.WARNING),
    SEASONALITY_NOT_TWELVE,
    ATTRIBUTE_UNKNOWN,
    INDEX_OUT_OF_RANGE,
    LAW_MISSING,
    DISTRIBUTION_MIN_ABOVE_MAX,
    DISTRIBUTION_MODE_OUTSIDE,
    DISTRIBUTION_SPREAD_INVALID,
    DISTRIBUTION_CENTRE_TOO_FAR,
    DISCRETE_VALUES_INVALID,
    STRENGTH_OUT_OF_RANGE,
    PERSISTENCE_OUT_OF_RANGE,
    GROUP_ESTIMATE_TOO_FEW,
    GROUP_ESTIMATE_ORDER,
    GROUP_ESTIMATE_OUT_OF_BOUNDS,
    SIREN_INVALID,
    SCENARIO_EMPTY,
    ACTIVITY_DURATION_INVALID,
    ACTIVITY_WINDOW_TOO_SHORT,
    // What makes the results meaningless without being wrong: warnings that say what to add.
    NO_INCOME(Diagnostic.WARNING),
    NO_COSTS(Diagnostic.WARNING),
    MEMBERS_WITHOUT_DESKS(Diagnostic.WARNING),
    OFFER_EARNS_NOTHING(Diagnostic.WARNING),
    RENTAL_ROOM_CLOSED(Diagnostic.WARNING),
    GRANT_PAYS_NOTHING(Diagnostic.WARNING);

    private final int severity;

    ValidationRule() {
        this(Diagnostic.ERROR);
    }

    ValidationRule(int severity) {
        this.severity = severity;
    }

    /** {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
    public int severity() {
        return severity;
    }
}
