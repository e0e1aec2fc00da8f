/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;

/** Year-1 totals of each model sample, worked out by hand from the figures in the files. */
class SampleYearOneTest {

    private static final double CENT = 0.01;

    static Canvas sample(String name) {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(here.resolve("model-samples"))) {
            here = here.getParent();
        }
        CanvasFiles.LoadResult loaded = CanvasFiles.load(here.resolve("model-samples").resolve(name + ".perenne"),
                Locale.ENGLISH);
        assertTrue(loaded.isLoaded(), String.valueOf(loaded.diagnostic().getMessage()));
        return loaded.canvas();
    }

    @Test
    void ruralCoworkingYearOneByHand() {
        Projection p = TestCanvas.project(sample("coworking-rural"));
        // Year 1 = September 2027 to August 2028, no indexation yet.
        // Residents 2 → 7 over 24 months: Σ(m=0..11) 2 + 5m/24 = 24 + 5 × 66 / 24 = 37.75 member-months × 150
        // Nomads 3 → 14 over 24 months: Σ 3 + 11m/24 = 36 + 11 × 66 / 24 = 66.25 member-months × 80
        // (7.5 desks used at most, 14 available: no cap)
        assertEquals(37.75 * 150 + 66.25 * 80, p.cashInYear(CashLine.MEMBERSHIPS, 1), CENT); // 10 962.50
        // Newcomers: month 0 all of them; then growth + churn × members of the month before
        // residents: 2 + 11 × 5/24 + 0.02 × Σ(m=0..10)(2 + 5m/24) = 2 + 2.291667 + 0.02 × 33.458333
        // nomads:    3 + 11 × 11/24 + 0.04 × Σ(m=0..10)(3 + 11m/24) = 3 + 5.041667 + 0.04 × 58.208333
        double residents = 2 + 11 * 5 / 24.0 + 0.02 * (22 + 5 * 55 / 24.0);
        double nomads = 3 + 11 * 11 / 24.0 + 0.04 * (33 + 11 * 55 / 24.0);
        assertEquals((residents + nomads) * 20, p.cashInYear(CashLine.JOINING_FEES, 1), CENT); // 306.62
        // Drop-in: 20 visits × 12 € × the twelve factors of the tourist profile, which add up to 12.0
        assertEquals(20 * 12 * 12.0, p.cashInYear(CashLine.DROP_INS, 1), CENT); // 2 880
        // Meeting room: Mon–Thu 10 h + Fri 8.5 h = 48.5 h a week → 48.5 × 52 / 12 = 210.17 h a month,
        // 12 % booked at 15 €/h, 2 €/h of direct cost
        double booked = 48.5 * 52 / 12 * 0.12;
        assertEquals(booked * 15 * 12, p.cashInYear(CashLine.RENTALS, 1), CENT); // 4 539.60
        assertEquals(booked * 2 * 12 + 4 * 10 * 12, p.cashInYear(CashLine.DIRECT_COSTS, 1), CENT); // 605.28 + free workshops 480
        assertEquals(0, p.cashInYear(CashLine.SERVICES, 1), CENT);
        assertEquals(1.0 * 2_100 * 1.42 * 12, p.cashInYear(CashLine.STAFF, 1), CENT); // 35 784
        double fixed = (600 + 280 + 60 + 90 + 250 + 80 + 150) * 12.0; // 18 120
        double fixedPaid = 0;
        for (CashLine line : new CashLine[] { CashLine.RENT, CashLine.ENERGY, CashLine.INSURANCE, CashLine.TELECOM,
                CashLine.MAINTENANCE, CashLine.COMMUNICATION, CashLine.ACCOUNTING }) {
            fixedPaid += p.cashInYear(line, 1);
        }
        assertEquals(fixed, fixedPaid, CENT);
        assertEquals(20_000, p.cashInYear(CashLine.INVESTMENTS, 1), CENT);
        // State: 50 % of 50 000 in month 2, the balance in month 11 + 6 = 17 (year 2); the community of
        // communes pays its 8 000 in full in month 4; the regional equipment grant in month 11 + 4 = 15
        assertEquals(25_000 + 8_000, p.cashInYear(CashLine.GRANTS, 1), CENT);
        assertEquals(25_000, p.cash(CashLine.GRANTS, 17), CENT);
        assertEquals(0, p.cashInYear(CashLine.INVESTMENT_GRANTS, 1), CENT);
        assertEquals(10_000, p.cash(CashLine.INVESTMENT_GRANTS, 15), CENT);
        // Income statement: 58 000 of operating grants; the equipment grant follows the 5-year
        // depreciation of the 20 000 of furniture: 10 000 / 60 × 12 = 2 000; depreciation 4 000
        assertEquals(58_000, p.accountInYear(AccountLine.OPERATING_GRANTS, 1), CENT);
        assertEquals(2_000, p.accountInYear(AccountLine.INVESTMENT_GRANTS, 1), CENT);
        assertEquals(4_000, p.accountInYear(AccountLine.DEPRECIATION, 1), CENT);
        assertEquals(30 * 11.88 * 12, p.accountInYear(AccountLine.IN_KIND_INCOME, 1), CENT); // 4 276.80
        // Cash: 12 000 at the start, in 51 688.72, out 74 989.28 → −11 300.56 at the end of August 2028
        double in = 37.75 * 150 + 66.25 * 80 + (residents + nomads) * 20 + 2_880 + booked * 15 * 12 + 33_000;
        double out = booked * 2 * 12 + 480 + 35_784 + fixed + 20_000;
        assertEquals(12_000 + in - out, p.closingCash(11), CENT);
        assertEquals(-11_300.56, p.closingCash(11), CENT);
        double own = 37.75 * 150 + 66.25 * 80 + (residents + nomads) * 20 + 2_880 + booked * 15 * 12;
        double result = 0;
        for (int m = 0; m < 12; m++) {
            result += p.result(m);
        }
        assertEquals(own + 58_000 + 2_000 - (35_784 + fixed + booked * 2 * 12 + 480 + 4_000), result, CENT);
    }

    @Test
    void hybridPlaceYearOneByHand() {
        Projection p = TestCanvas.project(sample("tiers-lieu-hybride"));
        // Staff: 2 500 × 1.42 × 12 + 2 000 × 1.42 × 12 + 0.6 × 1 900 × 1.42 × 6 (from month 6)
        assertEquals(42_600 + 34_080 + 9_712.80, p.cashInYear(CashLine.STAFF, 1), CENT);
        // Fixed costs: 2 400 + 650 + 120 + 110 + 450 + 150 + 300 + 180 = 4 360 a month
        assertEquals(2_400 * 12, p.cashInYear(CashLine.RENT, 1), CENT);
        assertEquals(650 * 12, p.cashInYear(CashLine.ENERGY, 1), CENT);
        // Grants in cash: city advance 15 000 (month 3), département 30 % of 15 000 (month 4),
        // job aid 25 000 / 12 in months 2..11 (10 payments); the EU claim of month 5 is paid in month 14
        assertEquals(15_000 + 4_500 + 10 * 25_000 / 12.0, p.cashInYear(CashLine.GRANTS, 1), CENT);
        assertEquals(0, p.cashInYear(CashLine.REIMBURSEMENT_GRANTS, 1), CENT);
        assertEquals(6 * 0.6 * 2_840, p.cash(CashLine.REIMBURSEMENT_GRANTS, 14), CENT); // 10 224
        // Recognised: 30 000 + 15 000 + 25 000, and the EU grant 60 % of the advisor's 2 840 a month
        assertEquals(30_000, p.accountInYear(AccountLine.OPERATING_GRANTS, 1), CENT);
        assertEquals(15_000 + 12 * 0.6 * 2_840, p.accountInYear(AccountLine.PROJECT_GRANTS, 1), CENT);
        assertEquals(25_000, p.accountInYear(AccountLine.JOB_AID_GRANTS, 1), CENT);
        assertEquals(38_000 + 12_000, p.cashInYear(CashLine.INVESTMENTS, 1), CENT);
        // Depreciation: 38 000 / 96 × 12 + 12 000 / 36 × 11 (from month 1)
        assertEquals(38_000 / 96.0 * 12 + 12_000 / 36.0 * 11, p.accountInYear(AccountLine.DEPRECIATION, 1), CENT);
        assertEquals(30_000, p.cashInYear(CashLine.LOANS_RECEIVED, 1), CENT);
        assertEquals(112.50, p.cash(CashLine.LOAN_INTEREST, 1), CENT); // 30 000 × 4.5 % / 12
    }

    @Test
    void fablabYearOneByHand() {
        Projection p = TestCanvas.project(sample("fablab"));
        // Fabmanager 2 300 × 1.42 × 12 = 39 192; mediator 0.5 × 2 000 × 1.42 × 6 (months 6..11) = 8 520
        assertEquals(39_192 + 8_520, p.cashInYear(CashLine.STAFF, 1), CENT);
        assertEquals(65_000 + 18_000, p.cashInYear(CashLine.INVESTMENTS, 1), CENT);
        // EU grant: 50 % of the eligible costs paid (both salaries and the 65 000 of machines), under its cap;
        // the 32 500 refunding the machines is an investment subsidy, recognised with their 5-year depreciation
        assertEquals(0.5 * (39_192 + 8_520), p.accountInYear(AccountLine.PROJECT_GRANTS, 1), CENT);
        // … claimed in months 5 and 11, each paid 12 months later: nothing in year 1
        assertEquals(0, p.cashInYear(CashLine.REIMBURSEMENT_GRANTS, 1), CENT);
        assertEquals(0.5 * (6 * 3_266 + 65_000), p.cash(CashLine.REIMBURSEMENT_GRANTS, 17), CENT);
        // Patronage for the machines: paid in month 1, recognised with their 5-year depreciation
        assertEquals(15_000, p.cashInYear(CashLine.INVESTMENT_GRANTS, 1), CENT);
        assertEquals(15_000 / 60.0 * 12 + 32_500 / 60.0 * 12, p.accountInYear(AccountLine.INVESTMENT_GRANTS, 1), CENT);
    }

    @Test
    void urbanCoworkingYearOneByHand() {
        Projection p = TestCanvas.project(sample("coworking-urbain"));
        // 4 200 × 1.45 × 12 + 2 × 2 400 × 1.45 × 12 + 2 600 × 1.45 × 9 (from month 3) + 2 200 × 1.45 × 12
        assertEquals(73_080 + 83_520 + 33_930 + 38_280, p.cashInYear(CashLine.STAFF, 1), CENT);
        assertEquals(19_500 * 12, p.cashInYear(CashLine.RENT, 1), CENT);
        assertEquals(0, p.cashInYear(CashLine.GRANTS, 1), CENT);
        assertEquals(250_000, p.cashInYear(CashLine.LOANS_RECEIVED, 1), CENT);
        // 250 000 × 4.2 % / 12 = 875 of interest a month during the 6 months of deferral
        for (int m = 1; m <= 6; m++) {
            assertEquals(875, p.cash(CashLine.LOAN_INTEREST, m), CENT);
        }
        // Residents 30 → 110 over 24 months and so on: 110 + 70 + 32 = 212 desks at most, 230 available
        assertEquals(30 + 40 + 10, p.members(0), 1e-9);
        assertEquals(30 * 320 + 40 * 190 + 10 * 480, p.cash(CashLine.MEMBERSHIPS, 0), CENT);
    }
}
