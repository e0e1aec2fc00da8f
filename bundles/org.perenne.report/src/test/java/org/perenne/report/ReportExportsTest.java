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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.perenne.simulation.KeyFigureRows;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CashLine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.Projection;

/**
 * The report's files read back as a user's programs would: the PDF's text, the workbook's cells,
 * the CSV lines and the budget's totals, against an independent run of the simulation.
 */
class ReportExportsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    static Path samples() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(here.resolve("model-samples"))) {
            here = here.getParent();
        }
        return here.resolve("model-samples");
    }

    static Canvas sample(String name) {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(samples().resolve(name + ".perenne"), Locale.FRENCH);
        assertTrue(loaded.isLoaded(), String.valueOf(loaded.diagnostic().getMessage()));
        return loaded.canvas();
    }

    static List<String> sampleNames() throws IOException {
        try (Stream<Path> files = Files.list(samples())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".perenne"))
                    .map(n -> n.substring(0, n.length() - ".perenne".length())).sorted().toList();
        }
    }

    private static Projection simulate(Canvas canvas) {
        return new CashFlowEngine(CanvasCompiler.compile(canvas)).project();
    }

    private static org.perenne.simulation.KeyFigures simulateKey(Canvas canvas) {
        return org.perenne.simulation.KeyFigures.of(canvas, null, 200, 7, 1, org.perenne.simulation.MonteCarlo.Progress.NONE);
    }

    @Test
    void theBudgetBalancesAndItsResultIsTheSimulationsForEverySampleAndYear() throws IOException {
        for (String name : sampleNames()) {
            Projection p = simulate(sample(name));
            AssociationBudget budget = new AssociationBudget(p);
            for (int y = 1; y <= p.years(); y++) {
                long costs = budget.line("budget.allCosts").cents()[y - 1];
                long income = budget.line("budget.allIncome").cents()[y - 1];
                assertEquals(costs, income, name + " year " + y + ": both sides of the budget");
                long result = budget.line("budget.surplus").cents()[y - 1] - budget.line("budget.deficit").cents()[y - 1];
                double simulated = 0;
                for (AccountLine line : AccountLine.values()) {
                    simulated += line.sign() * p.accountInYear(line, y);
                }
                assertEquals(simulated, result / 100.0, 0.01 * AccountLine.values().length, name + " year " + y + ": result");
                ReportTable statement = ReportTables.incomeStatement(p);
                assertEquals(statement.rows().get(y - 1)[statement.column("result")], result,
                        name + " year " + y + ": the same cents as the income statement");
                long levels = 0;
                for (AssociationBudget.Line line : budget.lines()) {
                    levels += line.detail() ? line.cents()[y - 1] : 0;
                }
                assertEquals(budget.line("budget.subsidies").cents()[y - 1], levels, name + " year " + y + ": 74 by level");
                // the investment grants' yearly share is its own line, 747, not in the funders' 74
                assertEquals(ReportTables.cents(p.accountInYear(AccountLine.INVESTMENT_GRANTS, y)),
                        budget.line("budget.investmentSubsidies").cents()[y - 1], name + " year " + y + ": 747");
                assertEquals(ReportTables.cents(p.accountInYear(AccountLine.OPERATING_GRANTS, y))
                        + ReportTables.cents(p.accountInYear(AccountLine.PROJECT_GRANTS, y))
                        + ReportTables.cents(p.accountInYear(AccountLine.JOB_AID_GRANTS, y)),
                        budget.line("budget.subsidies").cents()[y - 1], name + " year " + y + ": 74 without 747");
                assertEquals(budget.line("budget.inKindUse").cents()[y - 1], budget.line("budget.inKind").cents()[y - 1],
                        name + ": in kind on both sides");
            }
        }
    }

    @Test
    void thePdfSaysTheTitleAndTheIndicatorsOfTheSimulation(@TempDir Path folder) throws IOException {
        Canvas canvas = sample("tiers-lieu-hybride");
        ReportFigures figures = new ReportFigures(canvas, null, 500, 7, 2, DATE);
        Path file = folder.resolve("rapport.pdf");
        new WorkshopReport(figures, new ReportText(Locale.FRENCH)).write(file);

        CompiledCanvas compiled = CanvasCompiler.compile(sample("tiers-lieu-hybride"));
        Projection p = new CashFlowEngine(compiled).project();
        Indicators independent = new Indicators(p, compiled);
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 7, "pages: " + pdf.getNumberOfPages());
            text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
        assertTrue(text.contains("Rapport d’atelier — " + canvas.getName()), "the title");
        assertTrue(text.contains("22 novembre 2026"), "the date");
        assertTrue(text.contains("Trésorerie la plus basse"), "the indicator's name");
        String lowest = String.format(Locale.FRENCH, "%,d €", Math.round(independent.minimumCash())).replace('\u202f', ' ')
                .replace('\u00a0', ' ');
        assertTrue(text.contains(lowest), "the lowest cash of the simulation, " + lowest);
        String end = String.format(Locale.FRENCH, "%,d €", Math.round(p.closingCash(p.months() - 1))).replace('\u202f', ' ')
                .replace('\u00a0', ' ');
        assertTrue(text.contains(end), "the cash at the end, " + end);
        assertTrue(text.contains("Budget prévisionnel (format CERFA 12156)"));
        assertTrue(text.contains("Hypothèses et sources"));
        assertTrue(text.contains("Page 1 sur "), "page numbers");
    }

    @Test
    void theEnglishPdfSpeaksEnglish(@TempDir Path folder) throws IOException {
        Canvas canvas = sample("fablab");
        Path file = folder.resolve("report.pdf");
        new WorkshopReport(new ReportFigures(canvas, null, 200, 7, 1, DATE), new ReportText(Locale.ENGLISH)).write(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Workshop report — " + canvas.getName()));
            assertTrue(text.contains("Risk of running out of cash"));
        }
    }

    @Test
    void theWorkbookHoldsTheSimulationsNumbersToTheCent(@TempDir Path folder) throws IOException {
        Canvas canvas = sample("coworking-rural");
        Path file = folder.resolve("tableau.xlsx");
        WorkbookExport.write(new ReportFigures(canvas, null, 200, 7, 1, DATE), new ReportText(Locale.FRENCH), file);
        Projection p = simulate(sample("coworking-rural"));
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Chiffres clés", "Trésorerie mensuelle", "Compte de résultat", "Indicateurs", "Monte Carlo", "Budget (CERFA 12156)",
                    "Dépendance par financeur", "Calendrier des subventions", "Impact et objectifs"),
                    sheets);
            List<Row> key = workbook.getSheet(0).orElseThrow().read();
            assertEquals("Trésorerie la plus basse", key.get(1).getCellText(0));
            assertEquals(Math.round(simulateKey(sample("coworking-rural")).lowestCash() * 100) / 100.0,
                    key.get(1).getCellAsNumber(1).orElseThrow().doubleValue(), 0.001);
            assertEquals(KeyFigureRows.worrying(KeyFigureRows.Figure.LOWEST_CASH, simulateKey(sample("coworking-rural"))) ? "oui" : "non",
                    key.get(1).getCellText(2), "marked as everywhere");
            List<Row> cash = workbook.getSheet(1).orElseThrow().read();
            assertEquals("Mois", cash.get(0).getCellText(0));
            assertEquals(p.months() + 1, cash.size());
            int closingColumn = 1 + CashLine.values().length + 1;
            assertEquals("Trésorerie en fin de mois", cash.get(0).getCellText(closingColumn));
            BigDecimal closing = BigDecimal.valueOf(ReportTables.cents(p.openingCash()), 2);
            for (int m = 0; m < p.months(); m++) {
                Row row = cash.get(m + 1);
                BigDecimal net = BigDecimal.ZERO;
                for (CashLine line : CashLine.values()) {
                    Cell cell = row.getCell(1 + line.ordinal());
                    assertEquals(CellType.NUMBER, cell.getType(), "a number, not text");
                    BigDecimal amount = row.getCellAsNumber(1 + line.ordinal()).orElseThrow();
                    assertEquals(0, BigDecimal.valueOf(ReportTables.cents(p.cash(line, m)), 2).compareTo(amount),
                            line + " month " + m + ": " + amount + " against " + p.cash(line, m));
                    net = line.isIncoming() ? net.add(amount) : net.subtract(amount);
                }
                closing = closing.add(net);
                assertEquals(0, closing.compareTo(row.getCellAsNumber(closingColumn).orElseThrow()),
                        "closing cash month " + m + " is the sum of the cells above it");
                assertEquals(p.closingCash(m), closing.doubleValue(), 0.01 * (m + 1) * CashLine.values().length,
                        "and stays the simulation's up to the rounding of each line");
            }
            assertTrue(cash.get(1).getCell(closingColumn).getDataFormatString().contains("€"), "amounts formatted in euros");
            List<Row> statement = workbook.getSheet(2).orElseThrow().read();
            int resultColumn = 2 + AccountLine.values().length;
            for (int y = 1; y <= p.years(); y++) {
                double result = 0;
                for (AccountLine line : AccountLine.values()) {
                    BigDecimal cell = statement.get(y).getCellAsNumber(2 + line.ordinal()).orElseThrow();
                    // the year's amount adds up the month's amounts rounded to the cent (one rounded table)
                    long cents = 0;
                    for (int m = 12 * (y - 1); m < 12 * y; m++) {
                        cents += ReportTables.cents(p.account(line, m));
                    }
                    assertEquals(0, BigDecimal.valueOf(cents, 2).compareTo(cell), line + " year " + y);
                    result += line.sign() * cell.doubleValue();
                }
                assertEquals(result, statement.get(y).getCellAsNumber(resultColumn).orElseThrow().doubleValue(), 0.001);
            }
            Row firstYear = workbook.getSheet(3).orElseThrow().read().get(1);
            assertTrue(firstYear.getCell(6).getDataFormatString().contains("%"), "grant dependency as a percentage");
        }
    }

    @Test
    void aFunderNamedLikeAFormulaStaysTextInTheWorkbook(@TempDir Path folder) throws IOException {
        Canvas canvas = sample("coworking-rural");
        canvas.getPartners().getFunders().forEach(funder -> funder.setName("=HYPERLINK(\"http://example.org\",\"clic\")"));
        Path file = folder.resolve("tableau.xlsx");
        WorkbookExport.write(new ReportFigures(canvas, null, 100, 7, 1, DATE), new ReportText(Locale.FRENCH), file);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<Row> funders = workbook.getSheet(6).orElseThrow().read();
            List<String> names = funders.stream().skip(1).map(row -> row.getCellText(0)).distinct().toList();
            assertTrue(names.contains("'=HYPERLINK(\"http://example.org\",\"clic\")"), names.toString());
            assertTrue(funders.stream().skip(1).noneMatch(row -> row.getCell(0).getType() == CellType.FORMULA));
        }
    }

    @Test
    void csvFilesCarryTheSameTables(@TempDir Path folder) throws IOException {
        ReportFigures figures = new ReportFigures(sample("coworking-urbain"), null, 200, 7, 1, DATE);
        List<Path> files = CsvExport.write(figures.tables(new ReportText(Locale.FRENCH)), folder);
        assertEquals(List.of("key-figures.csv", "cashflow.csv", "income-statement.csv", "indicators.csv", "montecarlo.csv", "budget.csv", "funders.csv",
                "grants.csv", "impact.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        List<String> cash = Files.readAllLines(folder.resolve("cashflow.csv"));
        Projection p = figures.projection();
        assertEquals(p.months() + 1, cash.size());
        String[] first = cash.get(1).split(",");
        assertEquals(p.monthOf(0).toString(), first[0]);
        assertEquals(BigDecimal.valueOf(ReportTables.cents(p.cash(CashLine.MEMBERSHIPS, 0)), 2).toPlainString(), first[1]);
        assertTrue(Files.readString(folder.resolve("budget.csv")).contains("64,budget.staff,"));
    }

    @Test
    void theImpactTableSetsTheTargetsBesideWhatTheSimulationCounts() {
        ReportFigures figures = new ReportFigures(sample("tiers-lieu-hybride"), null, 200, 7, 1, DATE);
        ReportTable impact = ReportTables.impact(figures.canvas(), figures.indicators(), new ReportText(Locale.FRENCH));
        Object[] beneficiaries = impact.rows().stream().filter(row -> "Personnes accompagnées par an".equals(row[0]))
                .findFirst().orElseThrow();
        assertEquals(900.0, beneficiaries[1]);
        for (int y = 1; y <= figures.projection().years(); y++) {
            assertEquals(figures.indicators().year(y).beneficiaries(), (Double) beneficiaries[1 + y], 1e-9, "year " + y);
        }
        assertEquals(ReportTable.Kind.COUNT, impact.kind(impact.rows().indexOf(beneficiaries), 2));
        Object[] jobs = impact.rows().stream().filter(row -> "Emplois créés (ETP)".equals(row[0])).findFirst().orElseThrow();
        assertEquals(null, jobs[2], "a target the simulation does not count has no yearly figure");
        assertEquals(ReportTable.Kind.DECIMAL, impact.kind(impact.rows().indexOf(jobs), 1), "2.6 jobs, in the target's own unit");
        int last = impact.rows().size() - 1;
        Object[] subsidy = impact.rows().get(last);
        assertEquals("Subvention publique par heure publique", subsidy[0]);
        assertEquals(ReportTable.Kind.MONEY, impact.kind(last, 2), "euros per hour, to the cent, in every export");
        var year1 = figures.indicators().year(1);
        assertEquals(ReportTables.cents(1000 / year1.publicHoursPerThousandEuros().getAsDouble()), subsidy[2]);
    }
}
