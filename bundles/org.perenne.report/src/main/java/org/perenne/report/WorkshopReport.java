/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.charts.CashFanChart;
import org.perenne.charts.ChartText;
import org.perenne.charts.GrantDependencyChart;
import org.perenne.charts.IncomeMixChart;
import org.perenne.charts.ScenarioCashChart;
import org.perenne.charts.TornadoChart;
import org.perenne.model.Canvas;
import org.perenne.model.CanvasBlock;
import org.perenne.model.CanvasBlocks;
import org.perenne.model.Distribution;
import org.perenne.model.Element;
import org.perenne.model.Grant;
import org.perenne.model.Loan;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.Uncertainty;
import org.perenne.model.io.SafeFiles;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigureRows.Figure;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.simulation.actuals.Reforecast;

/**
 * The workshop report as a PDF: key figures and the cash chart, the canvas on one page, the income
 * and grant dependency charts, the tornado, the scenarios compared, the association budget and the
 * assumptions with their sources; the model's name, the date and page numbers on every page.
 */
public final class WorkshopReport {

    private final ReportFigures figures;
    private final ReportText text;
    private final ChartText chartText;

    public WorkshopReport(ReportFigures figures, ReportText text) {
        this.figures = figures;
        this.text = text;
        this.chartText = new ChartText(text.locale());
    }

    public void write(Path file) throws IOException {
        SafeFiles.write(file, this::write);
    }

    void write(OutputStream out) throws IOException {
        try (PdfLayout pdf = new PdfLayout(text.figures())) {
            Canvas canvas = figures.canvas();
            pdf.document.getDocumentInformation().setTitle(text.get("pdf.title", canvas.getName()));
            pdf.document.getDocumentInformation().setCreator("Pérenne");
            keyFigures(pdf);
            canvasPage(pdf);
            charts(pdf);
            scenarios(pdf);
            viability(pdf);
            budget(pdf);
            actuals(pdf);
            assumptions(pdf);
            pdf.footers("Pérenne — " + canvas.getName() + " — " + date(), (page, pages) -> text.get("pdf.page", page, pages));
            pdf.document.save(out);
        }
    }

    private String date() {
        return text.figures().date(figures.date());
    }

    /** A month as everywhere in Pérenne: "déc. 2027". */
    private String month(YearMonth month) {
        return text.figures().month(month);
    }

    /** The figures of the first page, in reading order: three rows of three tiles. */
    static final List<Figure> FIRST_PAGE = List.of(Figure.LOWEST_CASH, Figure.CASH_AT_END, Figure.RUNWAY,
            Figure.LASTING_BREAK_EVEN, Figure.STRUCTURAL_RESULT, Figure.OWN_INCOME_SHARE, Figure.RISK, Figure.GRANT_DEPENDENCY,
            Figure.SUBSIDY_NEEDED);

    /** What the key figures say, as the first page shows them (tests read them back from the PDF). */
    List<KeyFigureWords.Tile> keyFigureTiles() {
        KeyFigureWords words = new KeyFigureWords(text);
        return FIRST_PAGE.stream().map(figure -> words.tile(figure, figures.figures())).toList();
    }

    private void keyFigures(PdfLayout pdf) throws IOException {
        Canvas canvas = figures.canvas();
        pdf.newPage(PdfLayout.PORTRAIT);
        pdf.y -= 10;
        pdf.text(pdf.fitted(text.get("pdf.title", canvas.getName()), pdf.bold, 18, pdf.width()), pdf.bold, 18, PdfLayout.INK,
                PdfLayout.MARGIN, pdf.y);
        pdf.paragraph(text.get("pdf.subtitle", canvas.getHorizonYears(), month(figures.projection().startMonth()), date()),
                pdf.regular, 10, PdfLayout.MUTED);
        if (figures.scenarioName() != null) {
            pdf.paragraph(text.get("pdf.scenario", figures.scenarioName()), pdf.bold, 10, PdfLayout.INK);
        }
        pdf.heading(text.get("pdf.indicators"), 13);
        if (!figures.figures().hasHeadline()) {
            for (KeyFigures.Missing missing : figures.figures().missing()) {
                pdf.paragraph(text.get("pdf.missing." + missing.name().toLowerCase(java.util.Locale.ROOT)), pdf.regular, 10,
                        PdfLayout.INK);
            }
            pdf.paragraph(text.get("pdf.noHeadline"), pdf.bold, 10, PdfLayout.INK);
            return;
        }
        List<KeyFigureWords.Tile> tiles = keyFigureTiles();
        float tileWidth = pdf.width() / 3;
        float tileHeight = 52;
        for (int row = 0; row < tiles.size() / 3; row++) {
            float top = pdf.y - 4;
            for (int col = 0; col < 3; col++) {
                KeyFigureWords.Tile tile = tiles.get(row * 3 + col);
                float x = PdfLayout.MARGIN + col * tileWidth;
                pdf.fill(PdfLayout.SHADE, x + 2, top - tileHeight, tileWidth - 4, tileHeight);
                pdf.text(pdf.fitted(tile.title(), pdf.regular, 8.5f, tileWidth - 16), pdf.regular, 8.5f, PdfLayout.MUTED, x + 8,
                        top - 14);
                // a figure that should worry: in red and marked, as on the screen
                float size = pdf.fittingSize(tile.marked(), pdf.bold, 15, tileWidth - 16, 9);
                pdf.text(pdf.fitted(tile.marked(), pdf.bold, size, tileWidth - 16), pdf.bold, size,
                        tile.worrying() ? PdfLayout.ALERT : PdfLayout.INK, x + 8, top - 34);
                pdf.text(pdf.fitted(tile.detail(), pdf.regular, 8, tileWidth - 16), pdf.regular, 8, PdfLayout.MUTED, x + 8, top - 48);
            }
            pdf.y = top - tileHeight - 4;
        }
        pdf.gap(4);
        Optional<String> drivers = new KeyFigureWords(text).drivers(figures.figures());
        if (drivers.isPresent()) {
            pdf.paragraph(drivers.get(), pdf.bold, 9, PdfLayout.INK);
        }
        pdf.paragraph(text.get("pdf.indicatorsExplained"), pdf.regular, 8, PdfLayout.MUTED);
        pdf.gap(8);
        pdf.chart(CashFanChart.create(figures.projection(), figures.monteCarlo(), chartText, 515, 390), 390);
    }

    private void canvasPage(PdfLayout pdf) throws IOException {
        pdf.newPage(PdfLayout.LANDSCAPE);
        pdf.heading(text.get("pdf.canvas") + " — " + figures.canvas().getName(), 14);
        float top = pdf.y - 6;
        float cellWidth = pdf.width() / 3;
        float cellHeight = (top - PdfLayout.MARGIN - 24) / 3;
        List<CanvasBlocks.Block> nine = CanvasBlocks.ALL.subList(0, 9);
        for (int i = 0; i < nine.size(); i++) {
            CanvasBlocks.Block block = nine.get(i);
            float x = PdfLayout.MARGIN + (i % 3) * cellWidth;
            float cellTop = top - (i / 3) * cellHeight;
            pdf.fill(PdfLayout.SHADE, x + 3, cellTop - cellHeight + 3, cellWidth - 6, cellHeight - 6);
            pdf.text(text.get("pdf.block." + block.key()), pdf.bold, 10.5f, PdfLayout.INK, x + 10, cellTop - 18);
            List<String> lines = block.features().isEmpty() ? incomeLines() : names(block.items(figures.canvas()));
            int room = (int) ((cellHeight - 34) / 11.5f);
            float baseline = cellTop - 33;
            for (int l = 0; l < lines.size() && l < room; l++) {
                String line = l == room - 1 && lines.size() > room ? "… (+" + (lines.size() - l) + ")" : "• " + lines.get(l);
                pdf.text(pdf.fitted(line, pdf.regular, 8.5f, cellWidth - 22), pdf.regular, 8.5f, PdfLayout.INK, x + 10, baseline);
                baseline -= 11.5f;
            }
        }
    }

    private List<String> incomeLines() {
        List<String> lines = new ArrayList<>();
        for (IncomeMixChart.Stream stream : IncomeMixChart.Stream.values()) {
            double amount = stream.inYear(figures.projection(), 1);
            if (amount != 0) {
                lines.add(text.figures().labelled(chartText.get(stream.key()), text.euros(amount)));
            }
        }
        return lines;
    }

    private static List<String> names(List<EObject> items) {
        List<String> names = new ArrayList<>();
        for (EObject item : items) {
            if (item instanceof Element element && element.getName() != null) {
                names.add(element.getName());
            }
        }
        return names;
    }

    private void charts(PdfLayout pdf) throws IOException {
        pdf.newPage(PdfLayout.PORTRAIT);
        pdf.heading(text.get("pdf.charts"), 14);
        pdf.chart(IncomeMixChart.create(figures.projection(), chartText, 515, 380), 380);
        pdf.gap(10);
        pdf.chart(GrantDependencyChart.create(figures.indicators().yearly(), KeyFigureRows.DEPENDENCY_ALERT, chartText,
                515, 280), 280);
        pdf.newPage(PdfLayout.PORTRAIT);
        pdf.heading(text.get("pdf.tornado"), 14);
        pdf.paragraph(text.get("pdf.tornado.explained"), pdf.regular, 9, PdfLayout.MUTED);
        pdf.gap(6);
        pdf.chart(TornadoChart.create(figures.tornado(), text.get("keyFigure.lowest_cash"), chartText, 515, 340), 340);
    }

    private void scenarios(PdfLayout pdf) throws IOException {
        if (figures.scenarioName() != null) {
            return;
        }
        pdf.heading(text.get("pdf.scenarios"), 14);
        if (figures.scenarios().isEmpty()) {
            pdf.paragraph(text.get("pdf.scenarios.none"), pdf.regular, 9, PdfLayout.MUTED);
            return;
        }
        List<ReportFigures.Compared> columns = new ArrayList<>();
        columns.add(new ReportFigures.Compared(text.get("pdf.scenarios.base"), figures.figures()));
        columns.addAll(figures.scenarios());
        List<String> header = new ArrayList<>();
        header.add("");
        columns.forEach(c -> header.add(c.name()));
        List<List<String>> rows = new ArrayList<>();
        for (KeyFigureWords.Line line : new KeyFigureWords(text).compared(columns.stream().map(ReportFigures.Compared::figures).toList())) {
            List<String> row = new ArrayList<>(List.of(line.title()));
            line.cells().forEach(cell -> row.add(cell.marked()));
            rows.add(row);
        }
        pdf.table(header, rows, 170, 8.5f, Set.of());
        pdf.gap(10);
        Map<String, Projection> lines = new LinkedHashMap<>();
        columns.forEach(c -> lines.put(c.name(), c.figures().projection()));
        pdf.chart(ScenarioCashChart.create(lines, chartText, 515, 320), 320);
    }


    /**
     * The yearly income statement read for viability: own income, grants, costs, the result, the result
     * without operating grants, the subsidy needed to break even and the own-income share, year by year
     * (at most eight years a page).
     */
    private void viability(PdfLayout pdf) throws IOException {
        List<Indicators.Year> years = figures.indicators().yearly();
        int page = yearsPerPage(years.size(), YEARS);
        for (int first = 0; first < years.size(); first += page) {
            List<Indicators.Year> shown = years.subList(first, Math.min(years.size(), first + page));
            pdf.newPage(PdfLayout.LANDSCAPE);
            pdf.heading(text.get("pdf.viability"), 14);
            pdf.paragraph(text.get("pdf.viability.explained"), pdf.regular, 9, PdfLayout.MUTED);
            pdf.gap(6);
            List<String> header = new ArrayList<>();
            header.add("");
            shown.forEach(y -> header.add(text.get("pdf.yearColumn", y.year())));
            // read from the tables every export shares, so each figure is the CSV's and the workbook's
            ReportTable table = ReportTables.indicators(figures.indicators());
            int from = first;
            Function<String, List<String>> row = key -> yearRow(text.get("pdf.viability." + key), table, key, from, shown.size());
            List<List<String>> rows = new ArrayList<>(List.of(row.apply("own_income"), row.apply("operating_subsidies"),
                    row.apply("investment_subsidies"), row.apply("costs"), row.apply("result"),
                    row.apply("result_without_operating_subsidies"), row.apply("subsidy_needed"), row.apply("own_income_share"),
                    row.apply("grant_dependency")));
            pdf.table(header, rows, 280, 9, Set.of(4, 5));
            Map<String, List<String>> byFunder = new LinkedHashMap<>();
            ReportTable shares = ReportTables.funders(figures.indicators());
            int firstYear = shown.get(0).year();
            int lastYear = shown.get(shown.size() - 1).year();
            for (int r = 0; r < shares.rows().size(); r++) {
                Object[] share = shares.rows().get(r);
                if ((Integer) share[1] >= firstYear && (Integer) share[1] <= lastYear) {
                    byFunder.computeIfAbsent((String) share[0], name -> new ArrayList<>(List.of(name)))
                            .add(text.summaryCell(shares, r, shares.column("share_of_income")));
                }
            }
            List<List<String>> funders = new ArrayList<>(byFunder.values());
            if (!funders.isEmpty()) {
                pdf.gap(12);
                pdf.heading(text.get("table.funders"), 12);
                pdf.paragraph(text.get("pdf.funders.explained"), pdf.regular, 9, PdfLayout.MUTED);
                pdf.gap(4);
                pdf.table(header, funders, 280, 9, Set.of());
            }
        }
        impact(pdf);
    }

    /** At most this many years on a page of a yearly table; the budget's, with its account labels, at most {@link #BUDGET_YEARS}. */
    public static final int YEARS = 8, BUDGET_YEARS = 6;

    /** Years a page of a yearly table shows: at most {@code most}, shared evenly (ten years, at most eight: five and five). */
    public static int yearsPerPage(int years, int most) {
        int pages = Math.max(1, (years + most - 1) / most);
        return (years + pages - 1) / pages;
    }

    /** The Impact block's targets next to what the simulation counts, year by year (at most eight years a page). */
    private void impact(PdfLayout pdf) throws IOException {
        ReportTable impact = ReportTables.impact(figures.canvas(), figures.indicators(), text);
        int years = impact.columns().size() - 2;
        int page = yearsPerPage(years, YEARS);
        for (int first = 0; first < years; first += page) {
            int last = Math.min(years, first + page);
            pdf.gap(12);
            pdf.heading(text.get("table.impact"), 12);
            pdf.paragraph(text.get("pdf.impact.explained"), pdf.regular, 9, PdfLayout.MUTED);
            pdf.gap(4);
            List<String> header = new ArrayList<>(List.of("", text.title(impact.columns().get(1))));
            for (int c = 2 + first; c < 2 + last; c++) {
                header.add(text.title(impact.columns().get(c)));
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < impact.rows().size(); r++) {
                List<String> row = new ArrayList<>(List.of(text.cell(impact, r, 0), text.cell(impact, r, 1)));
                for (int c = 2 + first; c < 2 + last; c++) {
                    row.add(text.cell(impact, r, c));
                }
                rows.add(row);
            }
            pdf.table(header, rows, 200, 9, Set.of());
        }
    }

    /** A row of the viability table: a column of the indicators table, one cell per year shown. */
    private List<String> yearRow(String label, ReportTable table, String key, int first, int count) {
        List<String> row = new ArrayList<>();
        row.add(label);
        int column = table.column(key);
        for (int r = first; r < first + count; r++) {
            row.add(text.summaryCell(table, r, column));
        }
        return row;
    }

    /**
     * Plan versus actual, when the canvas holds its accounts: the actual closing cash over the forecast's
     * fan, then each year with accounts line by line (planned, actual, variance and its share of the plan),
     * and the accounts mapped to no line with their totals.
     */
    private void actuals(PdfLayout pdf) throws IOException {
        if (figures.canvas().getActuals() == null) {
            return;
        }
        PlanVersusActual plan = figures.planVersusActual();
        pdf.newPage(PdfLayout.PORTRAIT);
        pdf.heading(text.get("pdf.actuals"), 14);
        pdf.paragraph(text.get("pdf.actuals.explained"), pdf.regular, 9, PdfLayout.MUTED);
        pdf.gap(4);
        for (Reforecast ahead : figures.reforecast().stream().toList()) {
            MonteCarloResult risk = ahead.risk().orElseThrow();
            pdf.paragraph(text.get("pdf.actuals.reforecast", month(ahead.known()), text.euros(ahead.knownCash()),
                    text.euros(ahead.lowestCashAhead()), text.percent(risk.probabilityCashNegative()),
                    text.percent(risk.probabilityCashNegativeMargin()), risk.runs()), pdf.regular, 9, PdfLayout.MUTED);
        }
        pdf.chart(CashFanChart.create(figures.projection(), figures.monteCarlo(), plan.actualCash(), figures.reforecast().orElse(null),
                chartText, 515, 400), 400); // eight lines in its legend: the plot keeps its height
        ReportTable yearly = ReportTables.planVersusActualByYear(plan);
        List<String> header = List.of("", text.title(yearly.columns().get(2)), text.title(yearly.columns().get(3)),
                text.title(yearly.columns().get(4)), text.title(yearly.columns().get(5)));
        java.time.YearMonth shown = null;
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= yearly.rows().size(); r++) {
            java.time.YearMonth year = r < yearly.rows().size() ? (java.time.YearMonth) yearly.rows().get(r)[0] : null;
            if (!rows.isEmpty() && !java.util.Objects.equals(year, shown)) {
                pdf.gap(8);
                pdf.heading(text.get("pdf.actuals.year", month(shown)), 12);
                pdf.table(header, rows, 230, 9, Set.of());
                rows = new ArrayList<>();
            }
            if (year == null) {
                break;
            }
            shown = year;
            rows.add(List.of(text.cell(yearly, r, 1), text.cell(yearly, r, 2), text.cell(yearly, r, 3), text.cell(yearly, r, 4),
                    text.summaryCell(yearly, r, 5)));
        }
        if (!plan.unmapped().isEmpty()) {
            ReportTable unmapped = ReportTables.unmapped(plan);
            pdf.gap(8);
            pdf.heading(text.get("table.unmapped"), 12);
            pdf.paragraph(text.get("pdf.actuals.unmapped"), pdf.regular, 9, PdfLayout.MUTED);
            List<List<String>> accounts = new ArrayList<>();
            for (int r = 0; r < unmapped.rows().size(); r++) {
                accounts.add(List.of(text.cell(unmapped, r, 0) + " — " + text.cell(unmapped, r, 1), text.cell(unmapped, r, 2)));
            }
            pdf.table(List.of("", text.title(unmapped.columns().get(2))), accounts, 380, 9, Set.of());
        }
    }

    /** The budget, costs then income, at most six years a page. */
    private void budget(PdfLayout pdf) throws IOException {
        AssociationBudget budget = figures.budget();
        int page = yearsPerPage(budget.years(), BUDGET_YEARS);
        for (int first = 1; first <= budget.years(); first += page) {
            int last = Math.min(budget.years(), first + page - 1);
            pdf.newPage(PdfLayout.LANDSCAPE);
            pdf.heading(text.get("pdf.budget"), 14);
            for (boolean costs : new boolean[] { true, false }) {
                List<String> header = new ArrayList<>();
                header.add(text.get(costs ? "budget.costs" : "budget.income"));
                for (int y = first; y <= last; y++) {
                    header.add(text.get("pdf.yearColumn", y));
                }
                List<List<String>> rows = new ArrayList<>();
                Set<Integer> totals = new HashSet<>();
                for (AssociationBudget.Line line : budget.lines()) {
                    boolean costSide = line.side() == AssociationBudget.Side.COSTS || line.side() == AssociationBudget.Side.COSTS_TOTAL;
                    if (costSide != costs) {
                        continue;
                    }
                    if (line.side() == AssociationBudget.Side.COSTS_TOTAL || line.side() == AssociationBudget.Side.INCOME_TOTAL) {
                        totals.add(rows.size());
                    }
                    List<String> row = new ArrayList<>();
                    String words = text.get(line.key());
                    row.add(line.account().isEmpty() ? words : line.detail() ? "      " + words : line.account() + " — " + words);
                    for (int y = first; y <= last; y++) {
                        // to the cent: the lines add up to the totals as printed, as a funder checks them
                        row.add(text.figures().cents(line.cents()[y - 1] / 100.0));
                    }
                    rows.add(row);
                }
                pdf.table(header, rows, 330, 8, totals);
                pdf.gap(8);
            }
            pdf.paragraph(text.get("budget.note"), pdf.regular, 7.5f, PdfLayout.MUTED);
        }
    }

    private void assumptions(PdfLayout pdf) throws IOException {
        Canvas canvas = figures.canvas();
        pdf.newPage(PdfLayout.PORTRAIT);
        pdf.heading(text.get("pdf.assumptions"), 14);
        if (canvas.getDescription() != null && !canvas.getDescription().isBlank()) {
            pdf.paragraph(canvas.getDescription(), pdf.regular, 9, PdfLayout.INK);
        }
        pdf.paragraph(text.get("pdf.assumptions.settings", text.euros(canvas.getOpeningCash()), canvas.getInflationRate()),
                pdf.regular, 9, PdfLayout.INK);
        for (CanvasBlocks.Block block : CanvasBlocks.ALL.subList(0, 9)) {
            EObject holder = block.owner().apply(canvas);
            if (holder instanceof CanvasBlock owner && owner.getNotes() != null && !owner.getNotes().isBlank()) {
                pdf.paragraph(text.figures().labelled(text.get("pdf.block." + block.key()), owner.getNotes()), pdf.regular, 9, PdfLayout.INK);
            }
        }
        pdf.heading(text.get("pdf.assumptions.uncertain"), 11);
        if (canvas.getUncertainties().isEmpty()) {
            pdf.paragraph(text.get("pdf.assumptions.none"), pdf.regular, 9, PdfLayout.MUTED);
        }
        for (Uncertainty uncertainty : canvas.getUncertainties()) {
            pdf.paragraph("• " + uncertainty.getName() + " — " + law(uncertainty.getDistribution()), pdf.bold, 9, PdfLayout.INK);
            source(pdf, uncertainty);
        }
        if (!canvas.getDrivers().isEmpty()) {
            pdf.heading(text.get("pdf.assumptions.drivers"), 11);
            pdf.paragraph(text.get("pdf.assumptions.drivers.explained"), pdf.regular, 9, PdfLayout.MUTED);
        }
        for (org.perenne.model.Driver driver : canvas.getDrivers()) {
            List<String> followers = new ArrayList<>();
            for (Uncertainty uncertainty : canvas.getUncertainties()) {
                if (uncertainty.getDriver() == driver && uncertainty.getStrength() != 0) {
                    followers.add(text.get("pdf.assumptions.follower", uncertainty.getName(), strength(uncertainty.getStrength())));
                }
            }
            String name = driver.getName() != null && !driver.getName().isBlank() ? driver.getName() : driver.getId();
            pdf.paragraph("• " + text.get("pdf.assumptions.driver", name, driver.getPersistence(),
                    followers.isEmpty() ? text.get("pdf.assumptions.driver.nobody") : text.figures().list(followers)),
                    pdf.regular, 9, PdfLayout.INK);
            if (driver.getDescription() != null && !driver.getDescription().isBlank()) {
                pdf.paragraph(driver.getDescription(), pdf.regular, 8, PdfLayout.MUTED, 12);
            }
        }
        pdf.heading(text.get("pdf.assumptions.grants"), 11);
        if (canvas.getFunding() != null) {
            for (Grant grant : canvas.getFunding().getGrants()) {
                List<String> amounts = grant.getCommittedAmounts().stream().map(text::euros).toList();
                pdf.paragraph("• " + text.get("pdf.assumptions.grant", grant.getName(),
                        grant.getFunder() == null ? "—" : grant.getFunder().getName(), text.figures().list(amounts),
                        grant.getFirstGrantYear(), grant.getAdvanceShare(), grant.getAdvanceDelayMonths(),
                        grant.getBalanceDelayMonths()), pdf.regular, 9, PdfLayout.INK);
                source(pdf, grant);
            }
            for (ReimbursementGrant grant : canvas.getFunding().getReimbursementGrants()) {
                pdf.paragraph("• " + text.get("pdf.assumptions.reimbursement", grant.getName(),
                        grant.getFunder() == null ? "—" : grant.getFunder().getName(), grant.getRate(), text.euros(grant.getCap()),
                        grant.getClaimEveryMonths(), grant.getDelayMonths()), pdf.regular, 9, PdfLayout.INK);
                source(pdf, grant);
            }
            for (Loan loan : canvas.getFunding().getLoans()) {
                pdf.paragraph("• " + text.get("pdf.assumptions.loan", loan.getName(), text.euros(loan.getPrincipal()),
                        loan.getAnnualRate(), loan.getDurationMonths(), loan.getDeferralMonths()), pdf.regular, 9, PdfLayout.INK);
                source(pdf, loan);
            }
        }
    }

    private void source(PdfLayout pdf, Element element) throws IOException {
        if (element.getDescription() != null && !element.getDescription().isBlank()) {
            pdf.paragraph(text.get("pdf.assumptions.source", element.getDescription()), pdf.regular, 8, PdfLayout.MUTED, 12);
        }
    }

    private String law(Distribution d) {
        if (d == null) {
            return "—";
        }
        return switch (d.getKind()) {
            case FIXED -> text.get("law.fixed");
            case UNIFORM -> text.get("law.uniform", number(d.getMin()), number(d.getMax()));
            case TRIANGULAR -> text.get("law.triangular", number(d.getMin()), number(d.getMode()),
                    number(d.getMax()));
            case PERT -> text.get("law.pert", number(d.getMin()), number(d.getMode()), number(d.getMax()));
            case TRUNCATED_NORMAL -> text.get("law.normal", number(d.getMean()), number(d.getStandardDeviation()),
                    number(d.getMin()), number(d.getMax()));
            case BERNOULLI -> text.get("law.bernoulli", d.getProbability());
            case DISCRETE -> {
                List<String> choices = new ArrayList<>();
                for (int i = 0; i < d.getValues().size(); i++) {
                    double weight = i < d.getWeights().size() ? d.getWeights().get(i) : 0;
                    choices.add(text.get("law.choice", number(d.getValues().get(i)), weight));
                }
                yield text.get("law.discrete", text.figures().list(choices));
            }
            case GROUP_ESTIMATE -> {
                List<String> views = new ArrayList<>();
                for (int i = 0; i < d.getEstimates().size(); i++) {
                    org.perenne.model.Estimate e = d.getEstimates().get(i);
                    views.add(text.get("law.view", i + 1, number(e.getLow()), number(e.getLikely()), number(e.getHigh())));
                }
                yield text.get("law.group", d.getEstimates().size(), String.join(" ; ", views));
            }
        };
    }

    /** How strongly a figure follows its driver, in words and in number (docs/model-reference.md, "Common drivers"). */
    private String strength(double rho) {
        String words = rho >= 0.7 ? "strongly" : rho >= 0.3 ? "aLittle" : rho > 0 ? "barely"
                : rho <= -0.7 ? "againstStrongly" : rho <= -0.3 ? "against" : "againstBarely";
        return text.get("strength." + words, number(rho));
    }

    /** A figure of a law as the reader writes it (at most three decimals). */
    private String number(double value) {
        return text.figures().number(value, 3);
    }
}
