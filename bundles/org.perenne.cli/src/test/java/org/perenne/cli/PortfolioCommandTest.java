/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.cli.CliRun.SAMPLES;
import static org.perenne.cli.CliRun.perenne;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;

/** {@code perenne portfolio}: the files of its contract, read back by a standard CSV reader. */
class PortfolioCommandTest {

    @TempDir
    Path folder;

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    void aFolderOfPlacesIsStressTestedAndEveryFileOfTheContractIsWritten() throws IOException {
        Path places = Files.createDirectory(folder.resolve("lieux"));
        for (String name : List.of("coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride")) {
            Files.copy(SAMPLES.resolve(name + ".perenne"), places.resolve(name + ".perenne"));
        }
        Files.copy(SAMPLES.resolve("fablab.perenne"), places.resolve("fablab-copie.perenne"));
        Files.writeString(places.resolve("casse.perenne"), "<perenne:Canvas");
        Path out = folder.resolve("resultats");
        CliRun run = perenne("portfolio", places.toString(), "--funder", "ville", "--stress", "cut:30%:2028", "--envelope",
                "--runs", "200", "--out", out.toString(), "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Portfolio: 4 places analysed, 2 left out (see problems.csv), of 6 canvases."), run.out());
        assertTrue(run.out().contains("Minimum envelope: "), run.out());

        List<CSVRecord> placesCsv = read(out.resolve("places.csv"));
        List<String> header = placesCsv.get(0).toList();
        assertEquals(List.of("file", "place", "min_cash", "min_cash_month", "lasting_break_even_month", "p_negative",
                "structural_result", "funder_share_y1"), header.subList(0, 8));
        // 2027 (the first start) to 2036 (the urban coworking's tenth year ends in December 2036): ten calendar years
        int firstYear = header.indexOf("first_calendar_year");
        assertEquals("funder_share_y10", header.get(firstYear - 1));
        assertEquals(List.of("funder_grants_end", "territory", "grant_dependency_last_year", "cost_per_beneficiary_last_year",
                "subsidy_per_public_hour_last_year", "hhi", "funders_for_80_percent", "days_of_cash", "operating_margin", "hhi_y1"),
                header.subList(firstYear + 1, firstYear + 11), "what follows the contract");
        assertEquals("operating_margin_y10", header.get(header.size() - 1), "then each dependency indicator by calendar year");
        assertEquals(5, placesCsv.size(), "a header and four places");
        CSVRecord hybrid = placesCsv.stream().filter(r -> r.get(0).endsWith("tiers-lieu-hybride.perenne")).findFirst().orElseThrow();
        Canvas canvas = CanvasFiles.load(places.resolve("tiers-lieu-hybride.perenne"), Locale.ENGLISH).canvas();
        KeyFigures figures = KeyFigures.of(canvas, null, 200, KeyFigures.DEFAULT_SEED, 2, MonteCarlo.Progress.NONE);
        assertEquals(ResultFiles.cents(figures.lowestCash()), hybrid.get(2));
        assertEquals(ResultFiles.probability(figures.monteCarlo().orElseThrow().probabilityCashNegative()), hybrid.get(5));
        assertEquals("2027", hybrid.get(firstYear));
        assertEquals("2029-12", hybrid.get(firstYear + 1), "the city's third grant year ends in December 2029");
        assertEquals(canvas.getTerritory(), hybrid.get(firstYear + 2));
        var lastYear = figures.indicators().year(figures.projection().years());
        assertEquals(ResultFiles.probability(lastYear.grantDependency().getAsDouble()), hybrid.get(firstYear + 3));
        assertTrue(Double.parseDouble(hybrid.get(7)) > 0, "the city pays the hybrid place in 2027");

        List<CSVRecord> stress = read(out.resolve("stress.csv"));
        assertEquals(List.of("file", "place", "min_cash", "p_negative", "bridge_needed", "runs_out"), stress.get(0).toList().subList(0, 6));
        CSVRecord stressed = stress.stream().filter(r -> r.get(0).endsWith("tiers-lieu-hybride.perenne")).findFirst().orElseThrow();
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(Portfolio.funders("ville", null, List.of()),
                StressTest.parse("cut:30%:2028"), false, 200, KeyFigures.DEFAULT_SEED, 2);
        PlaceAnalysis.Stressed expected = new PlaceAnalysis(canvas, options).stressed();
        assertEquals(ResultFiles.cents(expected.with().lowestCash()), stressed.get(2));
        assertEquals(ResultFiles.cents(Math.max(0, -expected.with().lowestCash())), stressed.get(4));
        assertEquals(expected.with().lowestCash() < 0 ? "1" : "0", stressed.get(5));
        assertEquals(ResultFiles.cents(figures.lowestCash()), stressed.get(6), "without the stress: the place as it is");
        assertEquals(ResultFiles.cents(expected.bridgeDueToStress()), stressed.get(9));
        assertEquals("1", stressed.get(12), "the city funds the hybrid place");
        for (CSVRecord row : stress.subList(1, stress.size())) {
            if (!row.get(0).endsWith("tiers-lieu-hybride.perenne")) {
                assertEquals(List.of("0.00", "0.000", "0"), List.of(row.get(9), row.get(10), row.get(12)), "the city funds only the hybrid place");
            }
        }
        assertTrue(run.out().contains("Bridge added by the stress over every place, the cost of this decision: "), run.out());

        List<CSVRecord> envelope = read(out.resolve("envelope.csv"));
        assertEquals(List.of("file", "place", "yearly_amount"), envelope.get(0).toList().subList(0, 3));
        assertEquals(5, envelope.size(), "a header and one row per place");
        PlaceAnalysis.Envelope hybridEnvelope = new PlaceAnalysis(canvas, new PlaceAnalysis.Options(options.funders(),
                options.stress(), true, 200, KeyFigures.DEFAULT_SEED, 2)).envelope();
        CSVRecord hybridRow = envelope.stream().filter(r -> r.get(0).endsWith("tiers-lieu-hybride.perenne")).findFirst().orElseThrow();
        assertEquals(hybridEnvelope.found() ? ResultFiles.cents(hybridEnvelope.yearlyAmount()) : "", hybridRow.get(2));
        assertEquals(ResultFiles.probability(hybridEnvelope.risk()), hybridRow.get(3));
        assertTrue(envelope.stream().anyMatch(r -> r.get(0).endsWith("fablab-copie.perenne") && r.get(2).isEmpty()),
                "no grant of the city to vary at the fablab");

        List<CSVRecord> money = read(out.resolve("commitments.csv"));
        assertEquals(List.of("year", "committed", "paid"), money.get(0).toList());
        assertEquals("2027", money.get(1).get(0));
        assertEquals("30000.00", money.get(1).get(1), "the city commits 30,000 € a year to the hybrid place");

        List<CSVRecord> problems = read(out.resolve("problems.csv"));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(r -> r.get(0).endsWith("casse.perenne") && r.get(1).contains("cannot be opened")));
        assertTrue(problems.stream().anyMatch(r -> r.get(0).endsWith("fablab.perenne") && r.get(1).contains("the same place")),
                "the copy of the fablab (read first, in name order) is counted once");
        assertTrue(Files.exists(out.resolve("uncertain-funders.csv")));
    }

    @Test
    void aPortfolioFileListsCanvasesRelativeToItAndNothingReadableExitsWith2() throws IOException {
        Path shared = Files.createDirectories(folder.resolve("partage/lieux"));
        Files.copy(SAMPLES.resolve("coworking-rural.perenne"), shared.resolve("relais.perenne"));
        Path list = folder.resolve("partage/region.txt");
        Files.writeString(list, "# Lieux soutenus par la Région\nlieux/relais.perenne\nsame-funder: Région = Région Occitanie\n");
        Path out = folder.resolve("out");
        CliRun run = perenne("portfolio", list.toString(), "--funder", "Région Occitanie", "--runs", "100", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, read(out.resolve("places.csv")).size());
        assertTrue(read(out.resolve("commitments.csv")).size() > 1, "the confirmed match brings the rural place's regional grant");

        Path broken = Files.createDirectory(folder.resolve("casse"));
        Files.writeString(broken.resolve("a.perenne"), "rien");
        assertEquals(2, perenne("portfolio", broken.toString(), "--out", folder.resolve("o2").toString()).exit());
        assertEquals(1, perenne("portfolio", broken.toString(), "--stress", "halve:2028").exit());
        assertEquals(1, perenne("portfolio", broken.toString(), "--level", "canton").exit());
    }
}
