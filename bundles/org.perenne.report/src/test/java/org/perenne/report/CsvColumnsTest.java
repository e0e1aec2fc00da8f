/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;

/**
 * The kind of every column of every CSV file, as people read it in {@code docs/csv-columns.md}, is the
 * kind its table declares ({@link ReportTable.Kind}): the document is written from the declarations,
 * and this test fails when one changes without it. {@code -Dperenne.updateDocs=true} rewrites it.
 */
class CsvColumnsTest {

    private static final Path DOCUMENT = ReportExportsTest.samples().resolveSibling("docs").resolve("csv-columns.md");

    @Test
    void theDocumentSaysTheKindEachTableDeclares() throws IOException {
        String written = document();
        if (Boolean.getBoolean("perenne.updateDocs")) {
            Files.writeString(DOCUMENT, written, StandardCharsets.UTF_8);
        }
        assertEquals(written, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/csv-columns.md says other kinds than the tables declare: rerun the report bundle's tests with"
                        + " -Dperenne.updateDocs=true and read the change");
    }

    private static String document() {
        ReportText english = new ReportText(Locale.ENGLISH);
        StringBuilder out = new StringBuilder();
        out.append("# The columns of the CSV files\n\n");
        out.append("Written from the kinds the tables declare in the code (`ReportTable.Kind`, bundle `org.perenne.report`);\n");
        out.append("the same kind decides the spreadsheet's number format and what the PDF and the application show.\n");
        out.append("How to open the files in a spreadsheet: see the README, \"Opening the CSV files\".\n\n");
        out.append("| kind | in the CSV files | in the workbook (number format) |\n|---|---|---|\n");
        for (ReportTable.Kind kind : ReportTable.Kind.values()) {
            out.append("| ").append(kind.name()).append(" | ").append(csvWords(kind)).append(" | ")
                    .append(kind == ReportTable.Kind.BY_ROW ? "the row's kind's"
                            : kind.spreadsheetFormat(Locale.ENGLISH) == null ? "text" : "`" + kind.spreadsheetFormat(Locale.ENGLISH)
                                    .replace("\\", "") + "`").append(" |\n");
        }
        Map<String, ReportTable> tables = new LinkedHashMap<>();
        ReportFigures figures = new ReportFigures(ReportExportsTest.sample("tiers-lieu-hybride"), null, 100, 1, 1,
                LocalDate.of(2026, 12, 1));
        figures.tables(english).forEach(table -> tables.put(table.name(), table));
        // the files of perenne actuals: their columns whatever the accounts
        PlanVersusActual none = figures.planVersusActual();
        tables.put("plan-vs-actual", ReportTables.planVersusActual(none));
        tables.put("plan-vs-actual-yearly", ReportTables.planVersusActualByYear(none));
        tables.put("unmapped", ReportTables.unmapped(none));
        PortfolioTables portfolio = new PortfolioTables(List.of());
        portfolio.add(Path.of("tiers-lieu-hybride.perenne"), new PlaceAnalysis(figures.canvas(), new PlaceAnalysis.Options(
                Portfolio.funders("Ville", null, List.of()), StressTest.parse("cut:30%:2028"), true, 100, 1, 1)));
        portfolio.comparePublished(new PublishedGrantsFile.Result(List.of(), List.of()));
        portfolio.all().forEach(table -> tables.put(table.name(), table));
        // the files of simulate --draws
        org.perenne.simulation.KeyFigures.Prepared prepared = org.perenne.simulation.KeyFigures.prepare(figures.canvas());
        org.perenne.simulation.MonteCarlo monteCarlo = new org.perenne.simulation.MonteCarlo(prepared.compiled(),
                prepared.uncertainties());
        tables.put("figures", ReportTables.figures(monteCarlo));
        tables.put("draws", ReportTables.draws(monteCarlo, 10, 1));
        for (ReportTable table : tables.values()) {
            out.append("\n## ").append(table.name()).append(".csv\n\n| column | kind |\n|---|---|\n");
            List<String> seen = new ArrayList<>();
            for (ReportTable.Column column : table.columns()) {
                String numbered = column.key().replaceAll("[0-9]+$", "N");
                if (!numbered.equals(column.key()) && seen.contains(numbered)) {
                    continue;
                }
                seen.add(numbered);
                out.append("| `").append(numbered).append("` | ").append(column.kind() == ReportTable.Kind.BY_ROW
                        ? "BY_ROW: " + rowKinds(table) : column.kind().name()).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String csvWords(ReportTable.Kind kind) {
        return switch (kind) {
            case TEXT -> "text";
            case LINE -> "a key: a line of income-statement.csv, or the words the file's notes say (an outcome, a status)";
            case MONTH -> "a month, YYYY-MM";
            case YES_NO -> "true or false";
            case FLAG -> "1 (yes) or 0 (no)";
            case BY_ROW -> "the kind of the row";
            default -> kind.csvDecimals() == 0 ? "a whole number" : "a number, " + kind.csvDecimals() + (kind.csvDecimals() == 1 ? " decimal" : " decimals")
                    + (kind == ReportTable.Kind.PERCENTAGE ? " (a share: 0.25 is 25 %)" : "");
        };
    }

    /** The kinds of a table whose rows are different figures, each with the rows of that kind. */
    private static String rowKinds(ReportTable table) {
        Map<ReportTable.Kind, StringJoiner> rows = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            rows.computeIfAbsent(table.rowKinds().get(r), kind -> new StringJoiner(", ")).add(String.valueOf(table.rows().get(r)[0]));
        }
        StringJoiner words = new StringJoiner("; ");
        rows.forEach((kind, names) -> words.add(kind.name() + " (" + names + ")"));
        return words.toString();
    }
}
