/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.Canvas;
import org.perenne.model.FixedCost;
import org.perenne.model.Funder;
import org.perenne.model.MembershipTier;
import org.perenne.model.StaffMember;
import org.perenne.model.io.CanvasFiles;

/**
 * A portfolio of varied places made from a few canvases, with a seed, to try a portfolio at scale (the
 * tests use a few, the benchmark hundreds): each place is one of the canvases in turn, 0.6 to 1.6 times
 * its size (members, fixed costs, opening cash, staff up to full time), starting in a month of 2027 or
 * 2028, with its regional, departmental and intercommunal funders shared across places (one region,
 * five départements, twenty intercommunalités).
 */
public final class PortfolioGenerator {

    /** The region every generated place shares. */
    public static final String REGION = "Région Occitanie";

    private PortfolioGenerator() {
    }

    /** Writes {@code places} canvases {@code lieu-0001.perenne}… into {@code folder}; the path-months of one Monte Carlo of all. */
    public static long generate(List<Canvas> bases, int places, Path folder, long seed, int runs) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long pathMonths = 0;
        for (int i = 0; i < places; i++) {
            Canvas canvas = EcoreUtil.copy(bases.get(i % bases.size()));
            double size = 0.6 + random.nextDouble();
            canvas.setName(canvas.getName() + " n° " + (i + 1));
            canvas.setTerritory("Territoire " + (i + 1));
            canvas.setStartMonth(YearMonth.of(2027, 1).plusMonths(random.nextInt(24)));
            canvas.setOpeningCash(canvas.getOpeningCash() * size);
            for (MembershipTier tier : canvas.getOffers().getMembershipTiers()) {
                tier.setTargetCount(tier.getTargetCount() * size);
            }
            for (FixedCost cost : canvas.getCosts().getFixedCosts()) {
                cost.setMonthlyAmount(cost.getMonthlyAmount() * size);
            }
            for (StaffMember staff : canvas.getTeam().getStaff()) {
                staff.setFte(Math.min(1, staff.getFte() * size));
            }
            for (Funder funder : canvas.getPartners().getFunders()) {
                switch (funder.getLevel()) {
                    case REGION -> funder.setName(REGION);
                    case DEPARTEMENT -> funder.setName("Département " + (1 + random.nextInt(5)));
                    case EPCI -> funder.setName("Communauté de communes " + (1 + random.nextInt(20)));
                    default -> {
                        // communes, the State, Europe and foundations keep their names
                    }
                }
            }
            CanvasFiles.saveCopy(canvas, folder.resolve(String.format(Locale.ROOT, "lieu-%04d.perenne", i + 1)));
            pathMonths += (long) runs * 12 * canvas.getHorizonYears();
        }
        return pathMonths;
    }
}
