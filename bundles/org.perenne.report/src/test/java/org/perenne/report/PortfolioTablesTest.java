/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
