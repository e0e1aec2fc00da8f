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

    @Test
    void aFolderOfPlacesIsStressTestedAndTheViewShowsTheCommandLinesTables() throws Exception {
        Path samples = DesktopTestBench.SAMPLE.getParent();
        for (String name : List.of("coworking-rural", "fablab", "tiers-lieu-hybride")) {
            Files.copy(samples.resolve(name + ".perenne"), folder.resolve(name + ".perenne"));
        }
        Files.writeString(folder.resolve("casse.perenne"), "pas un canevas");
        try (DesktopTestBench bench = new DesktopTestBench(1280, 800)) {
            PortfolioPart part = bench.part(PortfolioPart.class, new Composite(bench.shell, SWT.NONE));
            bench.open();
            part.analyse(folder, "Ville", 1, "30", "2028", false, 300);
            bench.waitFor(part::idle, Duration.ofSeconds(60), "the portfolio's analysis");
            PortfolioTables shown = part.results();
            assertEquals(3, shown.placeCount());
            assertEquals(1, shown.problemCount());

            // the same analysis as "perenne portfolio DIR --funder Ville --stress cut:30%:2028 --runs 300"
            PortfolioTables expected = new PortfolioTables(List.of());
            PlaceAnalysis.Options options = new PlaceAnalysis.Options(Portfolio.funders("Ville", null, List.of()),
                    StressTest.parse("cut:30%:2028"), false, 300, KeyFigures.DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
            for (String name : List.of("coworking-rural", "fablab", "tiers-lieu-hybride")) {
                Path file = folder.resolve(name + ".perenne");
                expected.add(file.getFileName(), new PlaceAnalysis(CanvasFiles.load(file, Locale.FRENCH).canvas(), options));
            }
            ReportText text = new ReportText(Locale.FRENCH);
            assertTableShows(part.table(), expected.places(), text);
            part.choose(1);
            assertTableShows(part.table(), expected.stress(), text);
            bench.screenshot("perenne-portefeuille");

            // a click on "Risk" sorts the places by their risk
            part.choose(0);
            Table table = part.table();
            int risk = expected.places().column("p_negative");
            table.getColumn(risk).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            List<Double> risks = expected.places().rows().stream().map(row -> (Double) row[risk]).sorted().toList();
            for (int r = 0; r < risks.size(); r++) {
                assertEquals(text.cell(expected.places().columns().get(risk), risks.get(r)), table.getItem(r).getText(risk));
            }
        }
    }

    @Test
    void inEnglishEveryFunderOfALevelCanBeStressed() throws Exception {
        Path samples = DesktopTestBench.SAMPLE.getParent();
        for (String name : List.of("coworking-rural", "fablab", "tiers-lieu-hybride")) {
            Files.copy(samples.resolve(name + ".perenne"), folder.resolve(name + ".perenne"));
        }
        try (DesktopTestBench bench = new DesktopTestBench(1280, 800, Locale.ENGLISH)) {
            PortfolioPart part = bench.part(PortfolioPart.class, new Composite(bench.shell, SWT.NONE));
            bench.open();
            part.analyse(folder, "Every funder of the level: Intermunicipality (EPCI)", 3, "6", "", true, 300);
            bench.waitFor(part::idle, Duration.ofSeconds(90), "the portfolio's analysis");
            PortfolioTables shown = part.results();
            assertEquals(3, shown.placeCount());
            PlaceAnalysis.Options options = new PlaceAnalysis.Options(
                    Portfolio.funders(null, org.perenne.model.FunderLevel.EPCI, List.of()), StressTest.parse("delay:6"), true, 300,
                    KeyFigures.DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
            PortfolioTables expected = new PortfolioTables(List.of());
            for (String name : List.of("coworking-rural", "fablab", "tiers-lieu-hybride")) {
                Path file = folder.resolve(name + ".perenne");
                expected.add(file.getFileName(), new PlaceAnalysis(CanvasFiles.load(file, Locale.ENGLISH).canvas(), options));
            }
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

    private static void assertTableShows(Table table, ReportTable expected, ReportText text) {
        assertEquals(expected.columns().size(), table.getColumnCount());
        assertEquals(expected.rows().size(), table.getItemCount());
        for (int c = 0; c < expected.columns().size(); c++) {
            assertEquals(text.title(expected.columns().get(c)), table.getColumn(c).getText());
        }
        for (int r = 0; r < expected.rows().size(); r++) {
            for (int c = 0; c < expected.columns().size(); c++) {
                assertEquals(text.cell(expected.columns().get(c), expected.rows().get(r)[c]), table.getItem(r).getText(c),
                        "row " + r + ", " + expected.columns().get(c).key());
            }
        }
        assertTrue(table.getItemCount() > 0);
    }
}
