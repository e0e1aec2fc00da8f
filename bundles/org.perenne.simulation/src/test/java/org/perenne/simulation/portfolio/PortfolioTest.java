/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.Grant;
import org.perenne.model.PerenneFactory;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.Projection;

/** A funder's portfolio over the four samples: who is the same funder, stress tests, the envelope, the calendar. */
class PortfolioTest {

    static final List<String> SAMPLES = List.of("coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride");
    static final int RUNS = 400;

    static Canvas sample(String name) {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(here.resolve("model-samples"))) {
            here = here.getParent();
        }
        return CanvasFiles.load(here.resolve("model-samples").resolve(name + ".perenne"), Locale.ENGLISH).canvas();
    }

    private static Funder funder(String name, String siren) {
        Funder funder = PerenneFactory.eINSTANCE.createFunder();
        funder.setName(name);
        funder.setSiren(siren);
        return funder;
    }

    @Test
    void funderMatchesAcrossPlacesBySirenThenByPlainName() {
        assertEquals("siren:180020026", FunderIdentity.key(funder("Caisse des dépôts", "180 020 026")));
        assertEquals(FunderIdentity.key(funder("Région Occitanie", null)), FunderIdentity.key(funder("REGION  occitanie (SA)", "")));
        assertEquals("name:departement de l herault", FunderIdentity.key(funder("Département de l’Hérault", null)));
        assertTrue(FunderIdentity.is(funder("Conseil départemental", "220 600 019"), "220600019"));
        assertTrue(FunderIdentity.is(funder("Conseil Départemental", null), "conseil departemental"));
        assertFalse(FunderIdentity.is(funder("Conseil régional", null), "conseil departemental"));
        // close names with no SIREN to tell: to be confirmed by the user; two SIRENs: two funders
        assertTrue(FunderIdentity.uncertain(funder("Région Occitanie", null), funder("Région Occitanie Pyrénées-Méditerranée", null)));
        assertTrue(FunderIdentity.uncertain(funder("Agglomération de Nîmes", null), funder("Agglomeration de Nimess", null)));
        assertFalse(FunderIdentity.uncertain(funder("Ville", "213 401 722"), funder("Ville", "213 401 730")));
        assertFalse(FunderIdentity.uncertain(funder("Région", null), funder("Département", null)));
        assertFalse(FunderIdentity.uncertain(funder("Région", null), funder("Union européenne — FEDER via la Région", null)));
        List<String[]> pairs = Portfolio.uncertainMatches(List.of(funder("Région Occitanie", null), funder("Region Occitanie", null),
                funder("Région Occitanie Pyrénées-Méditerranée", null)), List.of());
        assertEquals(1, pairs.size(), "the two spellings of one name are one funder; the longer name is asked about");
        assertEquals(List.of(), Portfolio.uncertainMatches(List.of(funder("Région Occitanie", null),
                funder("Région Occitanie Pyrénées-Méditerranée", null)),
                List.of(Set.of("region occitanie", "region occitanie pyrenees mediterranee"))), "a confirmed match is not asked again");
    }

    @Test
    void stressTestsAreReadAndRefused() {
        assertEquals(new StressTest(StressTest.Kind.CUT, 0.3, 2028), StressTest.parse("cut:30%:2028"));
        assertEquals(new StressTest(StressTest.Kind.STOP, 0, 2029), StressTest.parse("stop:2029"));
        assertEquals(new StressTest(StressTest.Kind.DELAY, 6, 0), StressTest.parse("delay:6"));
        assertEquals(new StressTest(StressTest.Kind.RENEWAL, 0.5, 0), StressTest.parse("renewal:0.5"));
        for (String wrong : List.of("cut:130%:2028", "cut:30%", "stop", "delay:-1", "renewal:2", "halve:2028")) {
            assertThrows(IllegalArgumentException.class, () -> StressTest.parse(wrong), wrong);
        }
    }

    /** The same change made by hand on a copy of the canvas, grant year by grant year. */
    private static Canvas changedByHand(Canvas canvas, StressTest stress) {
        Canvas copy = EcoreUtil.copy(canvas);
        for (Grant grant : copy.getFunding().getGrants()) {
            for (int j = 0; j < grant.getCommittedAmounts().size(); j++) {
                YearMonth start = copy.getStartMonth().plusMonths(12L * (grant.getFirstGrantYear() - 1 + j));
                double amount = grant.getCommittedAmounts().get(j);
                switch (stress.kind()) {
                    case CUT -> grant.getCommittedAmounts().set(j, start.getYear() >= stress.year() ? amount * (1 - stress.value()) : amount);
                    case STOP -> grant.getCommittedAmounts().set(j, start.getYear() > stress.year() ? 0 : amount);
                    default -> {
                    }
                }
            }
            switch (stress.kind()) {
                case STOP -> grant.setRenewalProbability(0);
                case DELAY -> {
                    grant.setAdvanceDelayMonths(grant.getAdvanceDelayMonths() + (int) stress.value());
                    grant.setBalanceDelayMonths(grant.getBalanceDelayMonths() + (int) stress.value());
                    grant.setDelayMonths(grant.getDelayMonths() + (int) stress.value());
                }
                case RENEWAL -> grant.setRenewalProbability(stress.value());
                default -> {
                }
            }
        }
        if (stress.kind() == StressTest.Kind.DELAY) {
            for (ReimbursementGrant grant : copy.getFunding().getReimbursementGrants()) {
                grant.setDelayMonths(grant.getDelayMonths() + (int) stress.value());
            }
        }
        return copy;
    }

    @ParameterizedTest
    @ValueSource(strings = { "cut:30%:2028", "stop:2028", "delay:6", "renewal:0.5" })
    void eachStressedPlaceIsThatPlacesSimulationWithTheChangeMadeByHand(String test) {
        StressTest stress = StressTest.parse(test);
        for (String name : SAMPLES) {
            Canvas canvas = sample(name);
            PlaceAnalysis place = new PlaceAnalysis(canvas, new PlaceAnalysis.Options(null, stress, false, RUNS, 1, 2));
            KeyFigures byHand = KeyFigures.of(changedByHand(canvas, stress), null, RUNS, 1, 2, MonteCarlo.Progress.NONE);
            KeyFigures stressed = place.stressed().with();
            Projection a = stressed.projection(), b = byHand.projection();
            double[] closingA = new double[a.months()], closingB = new double[b.months()];
            for (int m = 0; m < a.months(); m++) {
                closingA[m] = a.closingCash(m);
                closingB[m] = b.closingCash(m);
            }
            assertArrayEquals(closingB, closingA, name + " " + test + ": every month's closing cash");
            assertEquals(byHand.monteCarlo().orElseThrow().probabilityCashNegative(),
                    stressed.monteCarlo().orElseThrow().probabilityCashNegative(), name + " " + test + ": the same risk");
            assertEquals(Math.max(0, -byHand.lowestCash()), place.stressed().bridgeNeeded(), name);
            assertEquals(byHand.lowestCash() < 0, place.stressed().runsOut(), name);
        }
    }

    @Test
    void cuttingTheCitysGrantFrom2028TakesThirtyPercentOfItsLastTwoYears() {
        Canvas canvas = sample("tiers-lieu-hybride");
        Predicate<Funder> city = Portfolio.funders("Ville", null, List.of());
        PlaceAnalysis place = new PlaceAnalysis(canvas, new PlaceAnalysis.Options(city, StressTest.parse("cut:30%:2028"), false, RUNS, 1, 2));
        Projection before = place.figures().projection(), after = place.stressed().with().projection();
        // the city's 3 × 30,000 € from January 2027: 2028 and 2029 lose 9,000 € each
        assertEquals(18_000, before.closingCash(before.months() - 1) - after.closingCash(after.months() - 1), 0.001);
        assertEquals(2, place.stressScenario(new PlaceAnalysis.Options(city, StressTest.parse("cut:30%:2028"), false, RUNS, 1, 2))
                .getOverrides().size(), "one change per grant year cut, as a user would write it");
    }

    @Test
    void theEnvelopeIsTheSmallestYearlyAmountWithARiskOfFivePercentAtMost() {
        Canvas canvas = sample("tiers-lieu-hybride");
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(Portfolio.funders("Ville", null, List.of()), null, true, RUNS, 1, 2);
        PlaceAnalysis place = new PlaceAnalysis(canvas, options);
        PlaceAnalysis.Envelope envelope = place.envelope();
        assertTrue(envelope.found(), envelope.toString());
        double amount = envelope.yearlyAmount();
        assertEquals(Math.round(amount * 100) / 100.0, amount, 1e-9, "on the cent");
        double atEnvelope = risk(place.envelopeCanvas(options, amount).canvas());
        double centLess = risk(place.envelopeCanvas(options, amount - 0.01).canvas());
        assertTrue(atEnvelope <= KeyFigureRows.RISK_ALERT, "at " + amount + ": " + atEnvelope);
        assertTrue(centLess > KeyFigureRows.RISK_ALERT, "a cent less: " + centLess);
        assertEquals(atEnvelope, envelope.risk());
        // a place without any grant of that funder has no envelope to give
        assertFalse(new PlaceAnalysis(sample("coworking-urbain"), options).envelope().found());
    }

    private static double risk(Canvas canvas) {
        return KeyFigures.of(canvas, null, RUNS, 1, 2, MonteCarlo.Progress.NONE).monteCarlo().orElseThrow().probabilityCashNegative();
    }

    @Test
    void placesStartingAYearApartAreAddedUpByCalendarYear() {
        Canvas fablab = sample("fablab");
        Canvas later = EcoreUtil.copy(fablab);
        later.setStartMonth(fablab.getStartMonth().plusYears(1));
        Predicate<Funder> agglo = Portfolio.funders("Agglomération", null, List.of());
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(agglo, null, false, 100, 1, 1);
        PlaceAnalysis first = new PlaceAnalysis(fablab, options), second = new PlaceAnalysis(later, options);
        assertEquals(2027, first.funderShare().firstKey());
        assertEquals(2028, second.funderShare().firstKey());
        for (int year = 2027; year <= first.funderShare().lastKey(); year++) {
            assertEquals(first.funderShare().get(year), second.funderShare().get(year + 1), "share of " + year);
            assertEquals(first.commitments().get(year), second.commitments().get(year + 1), "money of " + year);
        }
        assertNotNull(first.commitments().get(2027));
        assertTrue(first.commitments().get(2027).committed() > 0 && first.commitments().get(2027).paid() > 0);
        assertTrue(first.funderShare().values().stream().allMatch(s -> s.isNaN() || s >= 0 && s <= 1));
    }

    @Test
    void everyFunderOfALevelIsStressedTogether() {
        Predicate<Funder> communes = Portfolio.funders(null, FunderLevel.COMMUNE, List.of());
        assertTrue(communes.test(sample("tiers-lieu-hybride").getPartners().getFunders().get(0)));
        assertFalse(communes.test(sample("tiers-lieu-hybride").getPartners().getFunders().get(1)));
    }

    @Test
    void aGeneratedPortfolioSharesItsRegionAcrossPlacesAndIsAnalysedInFileOrderWhateverTheThreads(
            @org.junit.jupiter.api.io.TempDir Path folder) throws java.io.IOException {
        List<Canvas> bases = SAMPLES.stream().map(PortfolioTest::sample).toList();
        PortfolioGenerator.generate(bases, 8, folder, 7, RUNS);
        Portfolio.Members members = Portfolio.read(List.of(folder));
        assertEquals(8, members.canvases().size());
        Predicate<Funder> region = Portfolio.funders(PortfolioGenerator.REGION, null, List.of());
        java.util.Map<Integer, List<String>> byThreads = new java.util.HashMap<>();
        for (int threads : new int[] { 1, 2 }) {
            List<String> seen = new java.util.ArrayList<>();
            Portfolio.analyse(members, new PlaceAnalysis.Options(region, StressTest.parse("cut:50%:2028"), false, 200, 1, threads),
                    canvas -> List.of(), (file, place) -> seen.add(file.getFileName() + " " + place.figures().lowestCash() + " "
                            + place.stressed().with().monteCarlo().orElseThrow().probabilityCashNegative()),
                    (file, problem) -> seen.add(file.getFileName() + " " + problem),
                    new Portfolio.Problems(Locale.ENGLISH, first -> "same as " + first, "too large"));
            byThreads.put(threads, seen);
        }
        assertEquals(8, byThreads.get(1).size());
        assertEquals(byThreads.get(1), byThreads.get(2), "the same places, figures and order on 1 or 2 threads");
        assertTrue(byThreads.get(1).get(0).startsWith("lieu-0001.perenne"));
        // the rural coworkings (places 1 and 5) have a regional grant: the region is shared by both
        long withRegion = members.canvases().stream().map(f -> CanvasFiles.load(f, Locale.ENGLISH).canvas())
                .filter(c -> c.getPartners().getFunders().stream().anyMatch(region)).count();
        assertEquals(2, withRegion);
    }

    @Test
    void aMatchConfirmedForAFolderIsKeptInItAndCountsNextTime(@org.junit.jupiter.api.io.TempDir Path folder)
            throws java.io.IOException {
        assertEquals(List.of(), Portfolio.read(List.of(folder)).sameFunders());
        Portfolio.confirmSameFunder(folder, "Région Occitanie", "Région Occitanie Pyrénées-Méditerranée");
        List<Set<String>> same = Portfolio.read(List.of(folder)).sameFunders();
        assertEquals(List.of(Set.of("region occitanie", "region occitanie pyrenees mediterranee")), same);
        Predicate<Funder> region = Portfolio.funders("Région Occitanie", null, same);
        assertTrue(region.test(funder("Région Occitanie Pyrénées-Méditerranée", null)));
        assertTrue(Files.readString(folder.resolve(Portfolio.FOLDER_FILE)).startsWith("# Pérenne"));
    }

    /** Whether any grant of a canvas (reimbursement grants too) comes from the funders chosen. */
    private static boolean funds(Canvas canvas, Predicate<Funder> funders) {
        return canvas.getFunding().getGrants().stream().anyMatch(g -> g.getFunder() != null && funders.test(g.getFunder()))
                || canvas.getFunding().getReimbursementGrants().stream()
                        .anyMatch(g -> g.getFunder() != null && funders.test(g.getFunder()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Ville|cut:30%:2028", "EPCI|delay:6", "Ville|stop:2027", "EPCI|renewal:0" })
    void aFunderIsNeverBilledForAPlaceItDoesNotFund(String test) {
        String[] parts = test.split("\\|");
        Predicate<Funder> funders = parts[0].equals("EPCI") ? Portfolio.funders(null, FunderLevel.EPCI, List.of())
                : Portfolio.funders(parts[0], null, List.of());
        int unfunded = 0;
        for (String name : SAMPLES) {
            Canvas canvas = sample(name);
            PlaceAnalysis.Stressed s = new PlaceAnalysis(canvas,
                    new PlaceAnalysis.Options(funders, StressTest.parse(parts[1]), false, RUNS, 1, 2)).stressed();
            assertEquals(funds(canvas, funders), s.fundedByFunder(), name);
            assertEquals(Projection.cents(s.bridgeNeeded() - s.bridgeWithoutStress()), s.bridgeDueToStress(), name);
            assertTrue(s.outcome() != PlaceAnalysis.Outcome.MADE_SHORT || s.fundedByFunder(), name + " made short by a funder it lacks");
            if (!s.fundedByFunder()) {
                unfunded++;
                assertEquals(0.0, s.bridgeDueToStress(), name + ": not a cent of its gap is the stress's");
                assertEquals(0.0, s.riskAdded(), name + ": not a point of risk either");
                assertEquals(s.without().lowestCash(), s.with().lowestCash(), name);
            }
        }
        assertTrue(unfunded >= 2, "the samples hold places the funder does not fund: " + unfunded);
    }

    @Test
    void aPlaceShortAnywayIsBilledOnlyWhatTheStressAdds() {
        Canvas canvas = sample("tiers-lieu-hybride");
        double lowest = KeyFigures.of(canvas, null, 0, 1, 1, MonteCarlo.Progress.NONE).lowestCash();
        canvas.setOpeningCash(canvas.getOpeningCash() - lowest - 20_000); // its lowest cash is now −20,000 € on its own
        StressTest stress = StressTest.parse("delay:6"); // every funder's payments, as changedByHand makes them
        PlaceAnalysis.Stressed s = new PlaceAnalysis(canvas, new PlaceAnalysis.Options(null, stress, false, RUNS, 1, 2)).stressed();
        assertEquals(PlaceAnalysis.Outcome.SHORT_ANYWAY, s.outcome());
        assertEquals(20_000, s.bridgeWithoutStress(), 0.001);
        double byHand = KeyFigures.of(changedByHand(canvas, stress), null, 0, 1, 1, MonteCarlo.Progress.NONE).lowestCash();
        assertEquals(-byHand, s.bridgeNeeded(), 0.001);
        assertEquals(Projection.cents(-byHand - 20_000), s.bridgeDueToStress(), "the stress's cost is only the difference");
        assertTrue(s.bridgeDueToStress() > 0 && s.bridgeDueToStress() < s.bridgeNeeded(), s.toString());
    }
}
