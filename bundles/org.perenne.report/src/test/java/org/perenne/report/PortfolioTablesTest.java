/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;

/** The portfolio's tables: the same numbers in the CSV files and in the workbook, titled in the reader's words. */
class PortfolioTablesTest {

    @Test
    void theWorkbookHoldsTheCsvFilesNumbers(@TempDir Path folder) throws IOException {
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(Portfolio.funders("Ville", null, List.of()),
                StressTest.parse("delay:6"), false, 200, 1, 1);
        PortfolioTables tables = new PortfolioTables(List.of());
        for (String name : List.of("tiers-lieu-hybride", "fablab")) {
            tables.add(Path.of(name + ".perenne"), new PlaceAnalysis(ReportExportsTest.sample(name), options));
        }
        tables.problem(Path.of("casse.perenne"), "ne s’ouvre pas");
        Path workbook = folder.resolve("portfolio.xlsx");
        WorkbookExport.write(tables.all(), new ReportText(Locale.FRENCH), workbook);
        List<List<String>> places = CsvExport.rows(tables.places());
        List<List<String>> stress = CsvExport.rows(tables.stress());
        try (InputStream in = Files.newInputStream(workbook);
                ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<Row> sheet = book.getSheet(0).orElseThrow().read();
            assertEquals("Lieux", book.getSheet(0).orElseThrow().getName());
            assertEquals("Trésorerie la plus basse", sheet.get(0).getCellText(2));
            assertEquals("Part du financeur dans les recettes, 2027", sheet.get(0).getCellText(7));
            for (int r = 1; r < places.size(); r++) {
                assertEquals(0, new BigDecimal(places.get(r).get(2)).compareTo(sheet.get(r).getCellAsNumber(2).orElseThrow()));
            }
            List<Row> stressSheet = book.getSheet(1).orElseThrow().read();
            assertEquals("Test de résistance", book.getSheet(1).orElseThrow().getName());
            for (int r = 1; r < stress.size(); r++) {
                assertEquals(0, new BigDecimal(stress.get(r).get(4)).compareTo(stressSheet.get(r).getCellAsNumber(4).orElseThrow()),
                        "bridge needed, row " + r);
            }
            assertEquals("ne s’ouvre pas", book.getSheet(3).orElseThrow().read().get(1).getCellText(1));
        }
        assertEquals(List.of("file", "place", "min_cash", "p_negative", "bridge_needed", "runs_out", "min_cash_without_stress",
                "p_negative_without_stress", "bridge_without_stress", "bridge_due_to_stress", "risk_added", "runs_out_without_stress",
                "funded_by_funder", "p_negative_low", "p_negative_high", "outcome"), stress.get(0));
        for (List<String> row : stress.subList(1, stress.size())) {
            assertEquals(new BigDecimal(row.get(2)).signum() < 0 ? "1" : "0", row.get(5), "runs out when its lowest cash is below 0");
            assertEquals(new BigDecimal(row.get(6)).signum() < 0 ? "1" : "0", row.get(11), "without the stress too");
        }
    }

    @Test
    void theCommitteeNoteSaysTheTotalsAndHoldsTheTablesCells(@TempDir Path folder) throws IOException {
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(Portfolio.funders("Ville", null, List.of()),
                StressTest.parse("cut:30%:2028"), true, 200, 1, 1);
        PortfolioTables tables = new PortfolioTables(List.of());
        for (String name : List.of("tiers-lieu-hybride", "coworking-rural", "fablab")) {
            tables.add(Path.of(name + ".perenne"), new PlaceAnalysis(ReportExportsTest.sample(name), options));
        }
        tables.problem(Path.of("casse.perenne"), "ne s’ouvre pas");
        ReportText french = new ReportText(Locale.FRENCH);
        Path pdf = folder.resolve("portfolio.pdf");
        new PortfolioReport(tables, "Ville", options.stress(), french, java.time.LocalDate.of(2026, 12, 1)).write(pdf);
        String content;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            content = plain(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
        }
        assertTrue(content.contains("Portefeuille de Ville — note de comité"), content);
        assertTrue(content.contains("3 lieux analysés ; 1 canevas laissé de côté"), content);
        assertTrue(content.contains("baisse ses subventions engagées de 30 % à partir de 2028"), content);
        ReportTable places = tables.places();
        for (Object[] row : places.rows()) {
            assertTrue(content.contains(plain(french.cell(places.columns().get(2).kind(), row[2]))), "lowest cash of " + row[1]);
        }
        ReportTable stress = tables.stress();
        for (Object[] row : stress.rows()) {
            assertTrue(content.contains(plain(french.cell(stress.columns().get(4).kind(), row[4]))), "bridge needed of " + row[1]);
        }
        assertTrue(content.contains("casse.perenne — ne s’ouvre pas"));
        for (String title : List.of("Trésorerie la plus basse", "Risque de manquer de trésorerie", "Trésorerie de relais nécessaire")) {
            assertTrue(content.replace("\n", " ").contains(title), "a title wrapped, never cut: " + title);
        }
        assertTrue(!content.contains("…"), "nothing cut in the note");
    }

    /**
     * The funder's bill on the four samples: a place it does not fund changes by exactly 0, the headline names
     * only places it funds as made short, and the cost of the decision is the sum of what the stress adds.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({ "fr, Ville, , cut:30%:2028", "en, , EPCI, delay:6" })
    void theStressBillsTheFunderOnlyForWhatItCauses(String language, String funder, String level, String test) {
        java.util.function.Predicate<org.perenne.model.Funder> funders = Portfolio.funders(funder,
                level == null ? null : org.perenne.model.FunderLevel.get(level), List.of());
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(funders, StressTest.parse(test), false, 200, 1, 2);
        PortfolioTables tables = new PortfolioTables(List.of());
        java.util.Set<String> funded = new java.util.HashSet<>();
        for (String name : List.of("coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride")) {
            org.perenne.model.Canvas canvas = ReportExportsTest.sample(name);
            PlaceAnalysis place = new PlaceAnalysis(canvas, options);
            if (place.stressed().fundedByFunder()) {
                funded.add(canvas.getName());
            }
            tables.add(Path.of(name + ".perenne"), place);
        }
        assertTrue(funded.size() >= 1 && funded.size() <= 2, funded.toString());
        ReportTable stress = tables.stress();
        long due = 0;
        int unaffected = 0;
        for (List<String> row : CsvExport.rows(stress).subList(1, stress.rows().size() + 1)) {
            due += new BigDecimal(row.get(9)).movePointRight(2).longValueExact();
            assertEquals(funded.contains(row.get(1)) ? "1" : "0", row.get(12), row.get(1));
            if (row.get(12).equals("0")) {
                unaffected++;
                assertEquals(List.of("0.00", "0.000", "outcome_unaffected"), List.of(row.get(9), row.get(10), row.get(15)), row.get(1));
                assertEquals(row.get(6), row.get(2), "the same lowest cash with and without: " + row.get(1));
            }
        }
        assertTrue(unaffected >= 2, "the samples hold places this funder does not fund");
        assertEquals(due, tables.bridgeDueToStress(), "the cost of the decision is the sum of what the stress adds, to the cent");
        assertTrue(tables.placesMadeShort().stream().allMatch(funded::contains), "made short: " + tables.placesMadeShort());
        ReportText text = new ReportText(Locale.forLanguageTag(language));
        String headline = plain(String.join("\n", tables.stressHeadline(text)));
        assertTrue(headline.contains(plain(text.cell(ReportTable.Kind.MONEY, due))), headline);
        String madeShortLine = headline.lines().findFirst().orElseThrow();
        for (String name : List.of("Le Relais — coworking rural", "Canal Hub — grand coworking urbain", "L’Établi — fablab associatif",
                "La Passerelle — tiers-lieu hybride")) {
            if (!funded.contains(name)) {
                assertTrue(!madeShortLine.contains(name), name + " is not the funder's to carry: " + madeShortLine);
            }
        }
        if (!tables.placesShortAnyway().isEmpty()) {
            assertTrue(headline.contains(plain(text.cell(ReportTable.Kind.MONEY, tables.bridgeWithoutStress()))),
                    "the places' own gap, said apart: " + headline);
        }
    }

    /** Spaces as a text extractor gives them: the PDF's no-break spaces read as spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
