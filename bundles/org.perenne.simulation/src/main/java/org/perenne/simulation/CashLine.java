/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

/**
 * The rows of the monthly cash table: money coming in and going out, by kind. Amounts are
 * positive in both directions; {@link #sign()} says which way they count in the net flow.
 */
public enum CashLine {
    MEMBERSHIPS("memberships", true),
    JOINING_FEES("joining_fees", true),
    DROP_INS("drop_ins", true),
    RENTALS("rentals", true),
    SERVICES("services", true),
    GRANTS("grants", true),
    INVESTMENT_GRANTS("investment_grants", true),
    REIMBURSEMENT_GRANTS("reimbursement_grants", true),
    LOANS_RECEIVED("loans_received", true),
    STAFF("staff", false),
    RENT("rent", false),
    ENERGY("energy", false),
    INSURANCE("insurance", false),
    TELECOM("telecom", false),
    MAINTENANCE("maintenance", false),
    COMMUNICATION("communication", false),
    ACCOUNTING("accounting", false),
    CONSUMABLES("consumables", false),
    OTHER_COSTS("other_costs", false),
    DIRECT_COSTS("direct_costs", false),
    INVESTMENTS("investments", false),
    LOAN_INTEREST("loan_interest", false),
    LOAN_PRINCIPAL("loan_principal", false);

    private final String column;
    private final boolean incoming;

    CashLine(String column, boolean incoming) {
        this.column = column;
        this.incoming = incoming;
    }

    /** Column name in cashflow.csv. */
    public String column() {
        return column;
    }

    public boolean isIncoming() {
        return incoming;
    }

    /** +1 for money in, -1 for money out. */
    public double sign() {
        return incoming ? 1 : -1;
    }
}
