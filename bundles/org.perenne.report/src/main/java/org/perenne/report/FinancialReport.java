/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perenne.model.AccountBalance;
import org.perenne.model.Element;
import org.perenne.model.Funder;
import org.perenne.model.Grant;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.io.SafeFiles;
import org.perenne.report.ReportTable.Column;
import org.perenne.report.ReportTable.Kind;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.Projection;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;

/**
 * The compte rendu financier (CERFA 15059) of a grant for a calendar year: the budget's lines (CERFA 12156,
 * accounts 60 to 87) as the plan forecast them next to the actual accounts, over the months of that year
 * that have accounts, with the variance, its share of the forecast, and each variance above 15 % marked
 * to be explained, as the funder asks. The grant's own line ("dont …") sets the funder's subsidies
 * forecast against the 74 sub-accounts mapped to that funder ({@code funder:ID}).
 */
public final class FinancialReport {

    /** The share of the forecast above which a variance must be explained (CERFA 15059's notice). */
    public static final double TO_EXPLAIN = 0.15;

    private final ReportFigures figures;
    private final Element grant;
    private final int year;
    private final List<YearMonth> months;
    private final ReportTable table;
    private final boolean grantMapped;

    /**
     * @throws IllegalArgumentException when the canvas has no actual accounts in {@code year}
     */
    public FinancialReport(ReportFigures figures, Element grant, int year) {
        this.figures = figures;
        this.grant = grant;
        this.year = year;
        PlanVersusActual plan = figures.planVersusActual();
        months = plan.months().stream().filter(month -> month.getYear() == year).toList();
        if (months.isEmpty()) {
            throw new IllegalArgumentException("no actual accounts in " + year);
        }
        Map<AccountLine, long[]> byLine = new EnumMap<>(AccountLine.class);
        for (PlanVersusActual.Row row : plan.monthly()) {
            if (months.contains(row.month())) {
                long[] sums = byLine.computeIfAbsent(row.line(), line -> new long[2]);
                sums[0] += ReportTables.cents(row.planned());
                sums[1] += ReportTables.cents(row.actual());
            }
        }
        long[] own = grantLine();
        grantMapped = own[2] > 0;
        List<Object[]> rows = new ArrayList<>();
        long[] costs = new long[2];
        long[] income = new long[2];
        for (AssociationBudget.Group group : AssociationBudget.COSTS) {
            rows.add(row(group.account(), group.key(), sum(byLine, group), costs));
        }
        rows.add(row("", "budget.costsTotal", costs, null));
        for (AssociationBudget.Group group : AssociationBudget.INCOME) {
            rows.add(row(group.account(), group.key(), sum(byLine, group), income));
            if (group == AssociationBudget.SUBSIDIES) {
                // the grant's own line: its actual only when a 74 sub-account is mapped to its funder
                Object[] line = row(group.account(), "financial.grantLine", new long[] { own[0], own[1] }, null);
                if (!grantMapped) {
                    line[3] = null;
                    line[4] = null;
                    line[5] = null;
                    line[6] = null;
                }
                rows.add(line);
            }
        }
        rows.add(row("", "budget.incomeTotal", income, null));
        rows.add(row("", "financial.result", new long[] { income[0] - costs[0], income[1] - costs[1] }, null));
        rows.add(row(AssociationBudget.IN_KIND_USE.account(), AssociationBudget.IN_KIND_USE.key(), sum(byLine, AssociationBudget.IN_KIND_USE),
                null));
        rows.add(row(AssociationBudget.IN_KIND.account(), AssociationBudget.IN_KIND.key(), sum(byLine, AssociationBudget.IN_KIND), null));
        table = new ReportTable("financial-report", List.of(new Column("account", Kind.TEXT), new Column("line", Kind.TEXT),
                new Column("planned", Kind.MONEY), new Column("actual", Kind.MONEY), new Column("variance", Kind.MONEY),
                new Column("variance_share", Kind.PERCENTAGE), new Column("explanation_needed", Kind.YES_NO),
                new Column("explanation", Kind.TEXT)), rows);
    }

    /** A row: account, words' key, forecast, actual, variance, its share, whether to explain it, an empty explanation. */
    private static Object[] row(String account, String key, long[] sums, long[] total) {
        if (total != null) {
            total[0] += sums[0];
            total[1] += sums[1];
        }
        long variance = sums[1] - sums[0];
        Double share = sums[0] == 0 ? null : variance / (double) Math.abs(sums[0]);
        boolean explain = !account.isEmpty() && (share == null ? variance != 0 : Math.abs(share) > TO_EXPLAIN);
        return new Object[] { account, key, sums[0], sums[1], variance, share, explain, "" };
    }

    private static long[] sum(Map<AccountLine, long[]> byLine, AssociationBudget.Group group) {
        long[] sums = new long[2];
        for (AccountLine line : group.lines()) {
            long[] each = byLine.getOrDefault(line, new long[2]);
            sums[0] += each[0];
            sums[1] += each[1];
        }
        return sums;
    }

    /** The grant's forecast in those months, the accounts mapped to its funder, and how many accounts are. */
    private long[] grantLine() {
        Projection p = figures.projection();
        int g = grantIndex();
        long planned = 0;
        for (YearMonth month : months) {
            int m = (int) ChronoUnit.MONTHS.between(p.startMonth(), month);
            // under 74, the grant's part that counts there (without what refunds an investment, in 747)
            planned += ReportTables.cents(p.countsInDependency(g) ? p.grantRecognisedInDependency(g, m) : p.grantRecognised(g, m));
        }
        Funder funder = grant instanceof Grant own ? own.getFunder() : ((ReimbursementGrant) grant).getFunder();
        AccountChart chart = new AccountChart(figures.canvas());
        long actual = 0;
        long accounts = 0;
        for (AccountBalance balance : figures.canvas().getActuals().getBalances()) {
            boolean funders = funder != null
                    && chart.mappingOf(balance.getAccount()).filter(m -> m.equals(AccountChart.FUNDER + funder.getId())).isPresent();
            if (funders && months.contains(balance.getMonth())) {
                actual += ReportTables.cents(balance.getAmount());
            }
            accounts += funders ? 1 : 0;
        }
        return new long[] { planned, actual, accounts };
    }

    /** The grant's place among the projection's grants: the canvas's grants, then its reimbursement grants. */
    private int grantIndex() {
        var funding = figures.canvas().getFunding();
        int index = funding.getGrants().indexOf(grant);
        return index >= 0 ? index : funding.getGrants().size() + funding.getReimbursementGrants().indexOf(grant);
    }

    /** The table of the report: the workbook's sheet, and the PDF's. */
    public ReportTable table() {
        return table;
    }

    /** The months of the year that have accounts, which the comparison covers. */
    public List<YearMonth> months() {
        return months;
    }

    /** Whether some 74 sub-account is mapped to the grant's funder (else its own line has no actual). */
    public boolean grantMapped() {
        return grantMapped;
    }

    /** Writes the report as a PDF. */
    public void writePdf(Path file, ReportText text) throws IOException {
        SafeFiles.write(file, out -> writePdf(out, text));
    }

    private void writePdf(OutputStream out, ReportText text) throws IOException {
        try (PdfLayout pdf = new PdfLayout(text.figures())) {
            pdf.newPage(PdfLayout.PORTRAIT);
            String name = grant.getName() == null ? grant.getId() : grant.getName();
            pdf.document.getDocumentInformation().setTitle(text.get("pdf.financial.title", name));
            pdf.paragraph(text.get("pdf.financial.title", name), pdf.bold, 16, PdfLayout.INK);
            Funder funder = grant instanceof Grant own ? own.getFunder() : ((ReimbursementGrant) grant).getFunder();
            pdf.paragraph(text.get("pdf.financial.subtitle", funder == null ? "—" : funder.getName(), Integer.toString(year),
                    text.figures().month(months.get(0)), text.figures().month(months.get(months.size() - 1)),
                    figures.canvas().getName(), text.figures().date(figures.date())), pdf.regular, 10, PdfLayout.MUTED);
            pdf.gap(4);
            pdf.paragraph(text.get("pdf.financial.explained"), pdf.regular, 9, PdfLayout.MUTED);
            pdf.gap(6);
            List<String> header = List.of("", text.title(table.columns().get(2)), text.title(table.columns().get(3)),
                    text.title(table.columns().get(4)), text.title(table.columns().get(5)));
            List<List<String>> rows = new ArrayList<>();
            Set<Integer> totals = new java.util.HashSet<>();
            List<String> toExplain = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                Object[] row = table.rows().get(r);
                String account = (String) row[0];
                String words = row[1].equals("financial.grantLine") ? text.get("financial.grantLine", name) : text.get((String) row[1]);
                String label = account.isEmpty() ? words : row[1].equals("financial.grantLine") ? "      " + words : account + " — " + words;
                if (account.isEmpty()) {
                    totals.add(r);
                }
                rows.add(List.of(label + (Boolean.TRUE.equals(row[6]) ? " *" : ""), text.cell(table, r, 2),
                        row[3] == null ? text.get("financial.notMapped") : text.cell(table, r, 3), text.cell(table, r, 4),
                        text.summaryCell(table, r, 5)));
                if (Boolean.TRUE.equals(row[6])) {
                    toExplain.add(text.get("pdf.financial.variance", label, row[5] == null ? "—" : text.figures().percentInColumn((Double) row[5]),
                            text.cell(table, r, 3), text.cell(table, r, 2)));
                }
            }
            pdf.table(header, rows, 300, 8.5f, totals);
            if (!grantMapped) {
                pdf.gap(4);
                pdf.paragraph(text.get("pdf.financial.grantNotMapped", funder == null ? "" : funder.getId()), pdf.regular, 8.5f,
                        PdfLayout.MUTED);
            }
            pdf.gap(10);
            pdf.heading(text.get("pdf.financial.toExplain"), 12);
            if (toExplain.isEmpty()) {
                pdf.paragraph(text.get("pdf.financial.nothingToExplain"), pdf.regular, 9, PdfLayout.INK);
            }
            for (String variance : toExplain) {
                pdf.paragraph(variance, pdf.regular, 9, PdfLayout.INK);
                // room to write the explanation by hand, as on the paper form
                for (int line = 0; line < 3; line++) {
                    pdf.need(18);
                    pdf.gap(16);
                    pdf.line(PdfLayout.MARGIN, pdf.y, PdfLayout.MARGIN + pdf.width(), pdf.y);
                }
                pdf.gap(6);
            }
            pdf.footers("Pérenne — " + text.get("pdf.financial.title", name), (page, pages) -> text.get("pdf.page", page, pages));
            pdf.document.save(out);
        }
    }

    /** Writes the report as a workbook: its table, with an empty column for each explanation. */
    public void writeWorkbook(Path file, ReportText text) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        String name = grant.getName() == null ? grant.getId() : grant.getName();
        for (Object[] row : table.rows()) {
            Object[] shown = row.clone();
            shown[1] = row[1].equals("financial.grantLine") ? text.get("financial.grantLine", name) : text.get((String) row[1]);
            rows.add(shown);
        }
        WorkbookExport.write(List.of(new ReportTable(table.name(), table.columns(), rows)), text, file);
    }
}
