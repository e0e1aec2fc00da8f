/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.perenne.report.ReportTable;
import org.perenne.report.ReportTables;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.Projection;

/**
 * Writes the FEC an association's accounting software would export if the year went exactly as a canvas
 * plans: the opening entry (à-nouveaux: the opening cash on 512), then each month one balanced entry per
 * income-statement line (the line's account against a suspense account 471) and one for the bank (the
 * month's net cash flow on 512), dated the 15th; amounts with a decimal comma, columns separated by tabs.
 * Noise may be added to a line's account in a month, paid or cashed that same month.
 */
final class FecWriter {

    /** The account each line is booked to: the default chart where it has one, else an account of {@link #MAPPING}. */
    static final Map<AccountLine, String> ACCOUNTS = new EnumMap<>(AccountLine.class);
    /** The mapping for the accounts the default chart does not send to their line. */
    static final String MAPPING = "account;line\n7562;joining_fees\n7061;drop_ins\n7412;project_grants\n7413;job_aid_grants\n"
            + "628;other_costs\n604;direct_costs\n";

    static {
        ACCOUNTS.put(AccountLine.MEMBERSHIPS, "7561");
        ACCOUNTS.put(AccountLine.JOINING_FEES, "7562");
        ACCOUNTS.put(AccountLine.DROP_INS, "7061");
        ACCOUNTS.put(AccountLine.RENTALS, "7063");
        ACCOUNTS.put(AccountLine.SERVICES, "7062");
        ACCOUNTS.put(AccountLine.OPERATING_GRANTS, "7411");
        ACCOUNTS.put(AccountLine.PROJECT_GRANTS, "7412");
        ACCOUNTS.put(AccountLine.JOB_AID_GRANTS, "7413");
        ACCOUNTS.put(AccountLine.INVESTMENT_GRANTS, "747");
        ACCOUNTS.put(AccountLine.IN_KIND_INCOME, "870");
        ACCOUNTS.put(AccountLine.STAFF, "641");
        ACCOUNTS.put(AccountLine.RENT, "613");
        ACCOUNTS.put(AccountLine.ENERGY, "6061");
        ACCOUNTS.put(AccountLine.INSURANCE, "616");
        ACCOUNTS.put(AccountLine.TELECOM, "626");
        ACCOUNTS.put(AccountLine.MAINTENANCE, "615");
        ACCOUNTS.put(AccountLine.COMMUNICATION, "623");
        ACCOUNTS.put(AccountLine.ACCOUNTING, "622");
        ACCOUNTS.put(AccountLine.CONSUMABLES, "6068");
        ACCOUNTS.put(AccountLine.OTHER_COSTS, "628");
        ACCOUNTS.put(AccountLine.DIRECT_COSTS, "604");
        ACCOUNTS.put(AccountLine.DEPRECIATION, "681");
        ACCOUNTS.put(AccountLine.INTEREST, "661");
        ACCOUNTS.put(AccountLine.IN_KIND_COSTS, "860");
    }

    /** Extra amounts booked to a line in a month (cents, added to the plan's), as a real year differs. */
    record Noise(int month, AccountLine line, long cents) {
    }

    private final List<String> lines = new ArrayList<>();
    private int entry;

    /** The FEC of the first {@code months} months of a projection, with noise. */
    static String of(Projection p, int months, List<Noise> noise) {
        FecWriter fec = new FecWriter();
        fec.lines.add(String.join("\t", org.perenne.report.AccountsImport.FEC_COLUMNS));
        YearMonth start = p.startMonth();
        long opening = ReportTables.cents(p.openingCash());
        fec.entry("AN", start, "20", "à-nouveaux", List.of(new long[] { 512, opening }, new long[] { 110, -opening }), null);
        ReportTable cash = ReportTables.cashflow(p);
        int net = cash.column("net");
        for (int m = 0; m < months; m++) {
            YearMonth month = start.plusMonths(m);
            for (AccountLine line : AccountLine.values()) {
                long amount = ReportTables.cents(p.account(line, m));
                for (Noise extra : noise) {
                    amount += extra.month() == m && extra.line() == line ? extra.cents() : 0;
                }
                if (amount != 0) {
                    boolean income = line.sign() > 0;
                    long booked = income ? -amount : amount;
                    fec.entry("OD", month, "15", line.column(), List.of(new long[] { Long.parseLong(ACCOUNTS.get(line)), booked },
                            new long[] { 471, -booked }), line);
                }
            }
            long flow = (Long) cash.rows().get(m)[net];
            for (Noise extra : noise) {
                // what was booked differently was paid (or cashed) differently that month
                flow += extra.month() == m ? (extra.line().sign() > 0 ? extra.cents() : -extra.cents()) : 0;
            }
            if (flow != 0) {
                fec.entry("BQ", month, "28", "banque", List.of(new long[] { 512, flow }, new long[] { 471, -flow }), null);
            }
        }
        return String.join("\n", fec.lines) + "\n";
    }

    /** One entry: its legs as (account, amount) with debits positive, credits negative. */
    private void entry(String journal, YearMonth month, String day, String label, List<long[]> legs, AccountLine line) {
        entry++;
        String date = month.toString().replace("-", "") + day;
        for (long[] leg : legs) {
            String account = Long.toString(leg[0]);
            String accountLabel = line != null && account.equals(ACCOUNTS.get(line)) ? "Compte " + line.column() : "Compte " + account;
            lines.add(String.join("\t", journal, journal, Integer.toString(entry), date, account, accountLabel, "", "", "P" + entry,
                    date, label, leg[1] > 0 ? amount(leg[1]) : "0,00", leg[1] < 0 ? amount(-leg[1]) : "0,00", "", "", date, "", ""));
        }
    }

    private static String amount(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }
}
