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
        assertEquals(List.of("file", "place", "min_cash", "p_negative", "bridge_needed", "runs_out", "p_negative_low",
                "p_negative_high"), stress.get(0));
        for (List<String> row : stress.subList(1, stress.size())) {
            assertEquals(new BigDecimal(row.get(2)).signum() < 0 ? "1" : "0", row.get(5), "runs out when its lowest cash is below 0");
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

    /** Spaces as a text extractor gives them: the PDF's no-break spaces read as spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
