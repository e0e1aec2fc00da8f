/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.perenne.cli.CliRun.SAMPLES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.perenne.model.Canvas;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.report.AccountsImport;
import org.perenne.report.CsvImport;
import org.perenne.report.PortfolioTables;
import org.perenne.report.PublishedGrantsFile;
import org.perenne.report.ReportTables;
import org.perenne.report.ReportText;
import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of everything Pérenne reads from a file a user or a stranger hands it: a
 * canvas (loaded, checked, simulated, its tables rounded), accounts (a FEC or monthly totals) and their mapping,
 * a list of offers and costs, a funder's published grants set against places, and a portfolio file. Each input
 * may be refused in words (a diagnostic, a problem listed, an amount too large to show, a file refused); any
 * other exception is a finding. The normal tests replay the inputs kept in {@code CoverageFuzzTestInputs}
 * (seeds, and every finding once fixed); {@code releng/fuzz} fuzzes each target for a while, and the build does
 * it for a few seconds each ({@code JAZZER_FUZZ=1}, one target per run, as Jazzer requires).
 */
class CoverageFuzzTest {

    private static final ReportText TEXT = new ReportText(Locale.FRENCH);
    private static final Canvas FABLAB = CanvasFiles.load(SAMPLES.resolve("fablab.perenne"), Locale.FRENCH).canvas();
    /** The places the published grants are set against: analysed once (their figures do not depend on the input). */
    private static PortfolioTables places;

    /** One file per test run, written anew for each input. */
    private static Path file(String name, byte[] content) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "perenne-fuzz-" + ProcessHandle.current().pid());
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    @FuzzTest(maxDuration = "10s")
    void canvas(byte[] input) throws IOException {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(file("canevas.perenne", input), Locale.FRENCH);
        if (!loaded.isLoaded()) {
            return; // refused with a diagnostic
        }
        Diagnostic problems = CanvasValidator.validate(loaded.canvas(), Locale.FRENCH, new EditVocabulary(Locale.FRENCH));
        if (problems.getSeverity() >= Diagnostic.ERROR) {
            return; // a problem of the canvas, said in words
        }
        try {
            KeyFigures figures = KeyFigures.of(loaded.canvas(), null, 20, 1, 1, MonteCarlo.Progress.NONE);
            ReportTables.cashflow(figures.projection());
            ReportTables.indicators(figures.indicators());
            ReportTables.monteCarlo(figures.monteCarlo().orElseThrow());
        } catch (AmountTooLargeException e) {
            // amounts whose product cannot be shown to the cent: said in words
        }
    }

    @FuzzTest(maxDuration = "10s")
    void accounts(byte[] input) throws IOException {
        Path file = file("comptes.txt", input);
        AccountsImport.read(file, FABLAB, TEXT);
        AccountsImport.mappings(file, FABLAB, TEXT, new ArrayList<>());
    }

    @FuzzTest(maxDuration = "10s")
    void offersAndCosts(byte[] input) throws IOException {
        CsvImport.read(file("offres.csv", input), FABLAB, TEXT);
    }

    @FuzzTest(maxDuration = "10s")
    void publishedGrants(byte[] input) throws IOException {
        PublishedGrantsFile.Result read = PublishedGrantsFile.read(file("subventions.csv", input), TEXT);
        PortfolioTables tables = analysedPlaces();
        tables.comparePublished(read);
        tables.publishedSummary(TEXT);
    }

    @FuzzTest(maxDuration = "10s")
    void portfolioFile(byte[] input) throws IOException {
        Portfolio.Members members;
        try {
            members = Portfolio.read(List.of(file("portefeuille.txt", input)));
        } catch (org.perenne.model.io.SafeFiles.Refused e) {
            return; // a file that is not text: refused in words
        }
        // the canvases it names are read as any canvas is, a few of them, each refused or analysed
        List<Path> few = members.canvases().subList(0, Math.min(3, members.canvases().size()));
        PortfolioTables.analyse(new Portfolio.Members(few, members.sameFunders()),
                new PlaceAnalysis.Options(Portfolio.funders("Ville", null, members.sameFunders()), null, false, 10, 1, 1),
                canvas -> List.of(), new Portfolio.Problems(Locale.FRENCH, first -> "même lieu", "trop grand"), path -> path, () -> {
                });
    }

    private static synchronized PortfolioTables analysedPlaces() {
        if (places == null) {
            places = new PortfolioTables(List.of());
            PlaceAnalysis.Options options = new PlaceAnalysis.Options(Portfolio.funders("Ville", null, List.of()), null, false, 10, 1, 1);
            for (String name : List.of("tiers-lieu-hybride", "fablab")) {
                places.add(Path.of(name + ".perenne"),
                        new PlaceAnalysis(CanvasFiles.load(SAMPLES.resolve(name + ".perenne"), Locale.FRENCH).canvas(), options));
            }
        }
        return places;
    }
}
