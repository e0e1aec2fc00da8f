/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

/**
 * The lines of the income statement (compte de résultat). Amounts are positive; {@link #kind()}
 * says whether a line is the place's own income, a subsidy, in-kind, or a cost.
 */
public enum AccountLine {
    MEMBERSHIPS("memberships", Kind.OWN_INCOME),
    JOINING_FEES("joining_fees", Kind.OWN_INCOME),
    DROP_INS("drop_ins", Kind.OWN_INCOME),
    RENTALS("rentals", Kind.OWN_INCOME),
    SERVICES("services", Kind.OWN_INCOME),
    OPERATING_GRANTS("operating_grants", Kind.OPERATING_SUBSIDY),
    PROJECT_GRANTS("project_grants", Kind.OPERATING_SUBSIDY),
    JOB_AID_GRANTS("job_aid_grants", Kind.OPERATING_SUBSIDY),
    INVESTMENT_GRANTS("investment_grants", Kind.INVESTMENT_SUBSIDY),
    IN_KIND_INCOME("in_kind_income", Kind.IN_KIND),
    STAFF("staff", Kind.COST),
    RENT("rent", Kind.COST),
    ENERGY("energy", Kind.COST),
    INSURANCE("insurance", Kind.COST),
    TELECOM("telecom", Kind.COST),
    MAINTENANCE("maintenance", Kind.COST),
    COMMUNICATION("communication", Kind.COST),
    ACCOUNTING("accounting", Kind.COST),
    CONSUMABLES("consumables", Kind.COST),
    OTHER_COSTS("other_costs", Kind.COST),
    DIRECT_COSTS("direct_costs", Kind.COST),
    DEPRECIATION("depreciation", Kind.COST),
    INTEREST("interest", Kind.COST),
    IN_KIND_COSTS("in_kind_costs", Kind.IN_KIND);

    /** What a line is, for the indicators. */
    public enum Kind {
        OWN_INCOME, OPERATING_SUBSIDY, INVESTMENT_SUBSIDY, IN_KIND, COST
    }

    private final String column;
    private final Kind kind;

    AccountLine(String column, Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** +1 for what adds to the result, -1 for what takes from it; in-kind lines cancel out. */
    public double sign() {
        return switch (kind) {
            case COST -> -1;
            case IN_KIND -> this == IN_KIND_INCOME ? 1 : -1;
            default -> 1;
        };
    }
}
