/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.io.CanvasFiles;
import org.perenne.report.PortfolioTables;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;

/**
 * The Portfolio view, as a local authority uses it: a folder of places, its funder, a stress test;
 * the table shown equals the command line's places.csv and stress.csv for the same seed and paths.
 */
class PortfolioPartTest {

    @TempDir
    Path folder;

    /** The samples the portfolio of these tests holds. */
    private static final List<String> PLACES = List.of("coworking-rural", "fablab", "tiers-lieu-hybride");

    /** Puts a copy of each of {@link #PLACES} into the test's folder, as a funder's folder of places. */
    private void copyPlaces() throws java.io.IOException {
        for (String name : PLACES) {
            Files.copy(DesktopTestBench.SAMPLE.getParent().resolve(name + ".perenne"), folder.resolve(name + ".perenne"));
        }
    }

    @Test
    void aFolderOfPlacesIsStressTestedAndTheViewShowsTheCommandLinesTables() throws Exception {
        copyPlaces();
        Files.writeString(folder.resolve("casse.perenne"), "pas un canevas");
        try (DesktopTestBench bench = new DesktopTestBench(1280, 800)) {
            PortfolioPart part = analysed(bench, "Ville", 1, "30", "2028", false);
            PortfolioTables shown = part.results();
            assertEquals(3, shown.placeCount());
            assertEquals(1, shown.problemCount());

            // the same analysis as "perenne portfolio DIR --funder Ville --stress cut:30%:2028 --runs 300"
            PortfolioTables expected = expected(new PlaceAnalysis.Options(Portfolio.funders("Ville", null, List.of()),
                    StressTest.parse("cut:30%:2028"), false, 300, KeyFigures.DEFAULT_SEED, Runtime.getRuntime().availableProcessors()),
                    Locale.FRENCH);
            ReportText text = new ReportText(Locale.FRENCH);
            assertTableShows(part.table(), expected.places(), text);
            part.choose(1);
            assertTableShows(part.table(), expected.stress(), text);
            // the headline bills the city only for what its cut causes: the two places it does not fund that are short
            // anyway are said apart, with their own gap
            String status = part.statusText().replace('\u00a0', ' ').replace('\u202f', ' ');
            assertTrue(status.contains("Le test ne met à court de trésorerie aucun lieu qui ne l’était pas déjà."), status);
            assertTrue(status.contains("Relais ajouté par le test sur l’ensemble des lieux, le coût de cette décision : "
                    + text.cell(ReportTable.Kind.MONEY, expected.bridgeDueToStress()).replace('\u00a0', ' ').replace('\u202f', ' ')),
                    status);
            assertTrue(status.contains("À court de trésorerie même sans le test"), status);
            int funded = expected.stress().column("funded_by_funder");
            assertEquals(List.of("non", "non", "oui"), List.of(part.table().getItem(0).getText(funded),
                    part.table().getItem(1).getText(funded), part.table().getItem(2).getText(funded)));
            bench.screenshot("perenne-portefeuille");

            // the city's published grants, compared with the places analysed
            Path published = folder.resolve("subventions.csv");
            Files.writeString(published, "nomAttribuant,idAttribuant,dateConvention,nomBeneficiaire,idBeneficiaire,objet,montant,"
                    + "nature,conditionsVersement,datesPeriodeVersement,notificationUE,pourcentageSubvention\n"
                    + "Ville,21340172200017,2027-02-01,La Passerelle,,Fonctionnement,30000,aide en numéraire,échelonné,2027-04-01,non,1\n"
                    + "Ville,21340172200017,2028-02-01,La Passerelle,,Fonctionnement,20000,aide en numéraire,échelonné,2028-04-01,non,1\n");
            part.usePublished(published);
            ReportTable compared = part.results().published();
            assertEquals(List.of("matched", "amount differs"), compared.rows().stream().map(row -> row[compared.column("status")]).toList());
            assertEquals("montants différents", part.table().getItem(1).getText(compared.column("status")), "the table shown is published.csv");

            // a click on "Risk" sorts the places by their risk
            part.choose(0);
            Table table = part.table();
            int risk = expected.places().column("p_negative");
            table.getColumn(risk).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            List<Double> risks = expected.places().rows().stream().map(row -> (Double) row[risk]).sorted().toList();
            for (int r = 0; r < risks.size(); r++) {
                assertEquals(text.cell(expected.places().columns().get(risk).kind(), risks.get(r)), table.getItem(r).getText(risk));
            }
        }
    }

    @Test
    void inEnglishEveryFunderOfALevelCanBeStressed() throws Exception {
        copyPlaces();
        try (DesktopTestBench bench = new DesktopTestBench(1920, 1080, Locale.ENGLISH)) {
            PortfolioPart part = analysed(bench, "Every funder of the level: Intermunicipality (EPCI)", 3, "6", "", true);
            PortfolioTables shown = part.results();
            assertEquals(3, shown.placeCount());
            PortfolioTables expected = expected(new PlaceAnalysis.Options(
                    Portfolio.funders(null, org.perenne.model.FunderLevel.EPCI, List.of()), StressTest.parse("delay:6"), true, 300,
                    KeyFigures.DEFAULT_SEED, Runtime.getRuntime().availableProcessors()), Locale.ENGLISH);
            ReportText text = new ReportText(Locale.ENGLISH);
            part.choose(1);
            assertTableShows(part.table(), expected.stress(), text);
            part.choose(2);
            assertTableShows(part.table(), expected.envelope(), text);
            part.choose(1);
            bench.screenshot("perenne-portfolio-en");

            // "État — ANCT" (rural place) and "État — ANCT (Conseillers numériques)" (hybrid place) are asked about;
            // confirming keeps the pair in the folder
            part.choose(5);
            assertTrue(part.table().getItemCount() > 0, "funders to confirm");
            String name = part.table().getItem(0).getText(0);
            part.table().select(0);
            part.confirmSameFunder();
            assertTrue(Files.readString(folder.resolve(Portfolio.FOLDER_FILE)).contains("same-funder: " + name + " = "));
            assertEquals(1, Portfolio.read(List.of(folder)).sameFunders().size());
        }
    }

    /** The view, opened on the test's folder, after an analysis chosen as a user would (300 paths). */
    private PortfolioPart analysed(DesktopTestBench bench, String funder, int stressKind, String value, String year,
            boolean envelope) {
        PortfolioPart part = bench.part(PortfolioPart.class, new Composite(bench.shell, SWT.NONE));
        bench.open();
        part.analyse(folder, funder, stressKind, value, year, envelope, 300);
        bench.waitFor(part::idle, Duration.ofSeconds(90), "the portfolio's analysis");
        return part;
    }

    /** The tables the command line would write for the same places, options and seed. */
    private PortfolioTables expected(PlaceAnalysis.Options options, Locale locale) {
        PortfolioTables expected = new PortfolioTables(List.of());
        for (String name : PLACES) {
            Path file = folder.resolve(name + ".perenne");
            expected.add(file.getFileName(), new PlaceAnalysis(CanvasFiles.load(file, locale).canvas(), options));
        }
        return expected;
    }

    private static void assertTableShows(Table table, ReportTable expected, ReportText text) {
        assertEquals(expected.columns().size(), table.getColumnCount());
        assertEquals(expected.rows().size(), table.getItemCount());
        for (int c = 0; c < expected.columns().size(); c++) {
            assertEquals(text.title(expected, expected.columns().get(c)), table.getColumn(c).getText());
        }
        for (int r = 0; r < expected.rows().size(); r++) {
            for (int c = 0; c < expected.columns().size(); c++) {
                assertEquals(text.cell(expected, r, c), table.getItem(r).getText(c),
                        "row " + r + ", " + expected.columns().get(c).key());
            }
        }
        assertTrue(table.getItemCount() > 0);
    }
}
