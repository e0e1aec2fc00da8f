/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;

/**
 * File › Export a report inside the running application (OSGi): PDFBox, its Graphics2D bridge and
 * fastexcel load from their bundles and write each format.
 */
class ReportHandlerTest {

    @Test
    void theMenuWritesThePdfTheWorkbookAndTheCsvTables(@TempDir Path folder) throws Exception {
        Path sample = Path.of(System.getProperty("perenne.samples", "../../model-samples")).resolve("fablab.perenne");
        Canvas canvas = CanvasFiles.load(sample, Locale.FRENCH).canvas();

        Path pdf = folder.resolve("rapport.pdf");
        ReportHandler.write(canvas, ".pdf", pdf);
        String start = new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", start);

        Path workbook = folder.resolve("tableau.xlsx");
        ReportHandler.write(canvas, ".xlsx", workbook);
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            assertTrue(zip.getEntry("xl/workbook.xml") != null, "an Office Open XML workbook");
            assertEquals(9, zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count(),
                    "nine sheets: key figures, cash, income statement, indicators, Monte Carlo, budget, funders, grants, impact");
        }

        ReportHandler.write(canvas, ".csv", folder.resolve("tableaux.csv"));
        assertTrue(Files.readAllLines(folder.resolve("tableaux-csv").resolve("cashflow.csv")).get(0).startsWith("month,"));
    }
}
