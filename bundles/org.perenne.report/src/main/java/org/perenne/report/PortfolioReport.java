/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.perenne.simulation.KeyFigureRows;
import org.perenne.charts.ChartText;
import org.perenne.charts.PortfolioScatterChart;
import org.perenne.model.io.SafeFiles;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.StressTest;

/**
 * The committee note of a funder's portfolio (PDF, in the reader's language): what was analysed and
 * the totals in words, the places' figures, the funder's share of their income by calendar year, the
 * stress test, the minimum envelope, the scatter of share against risk, the funder's commitments and
 * payments by year, and the canvases left out. Every cell is the portfolio's tables' (the CSV files').
 */
public final class PortfolioReport {

    /** Calendar years shown side by side in one table. */
    private static final int YEARS_A_TABLE = 12;

    private final PortfolioTables tables;
    private final String funder;
    private final StressTest stress;
    private final ReportText text;
    private final LocalDate date;

    /** @param funder the funder looked at, or null for all; @param stress the stress test, or null */
    public PortfolioReport(PortfolioTables tables, String funder, StressTest stress, ReportText text, LocalDate date) {
        this.tables = tables;
        this.funder = funder;
        this.stress = stress;
        this.text = text;
        this.date = date;
    }

    public void write(Path file) throws IOException {
        SafeFiles.write(file, this::write);
    }

    void write(OutputStream out) throws IOException {
        try (PdfLayout pdf = new PdfLayout(text.figures())) {
            String title = text.get("portfolio.pdf.title", funder == null ? text.get("portfolio.pdf.allFunders") : funder);
            pdf.document.getDocumentInformation().setTitle(title);
            pdf.document.getDocumentInformation().setCreator("Pérenne");
            pdf.newPage(PdfLayout.PORTRAIT);
            pdf.y -= 10;
            pdf.paragraph(title, pdf.bold, 18, PdfLayout.INK);
            pdf.paragraph(text.get("portfolio.pdf.subtitle", text.figures().date(date)), pdf.regular, 10, PdfLayout.MUTED);
            pdf.gap(6);
            pdf.paragraph(text.get("portfolio.pdf.analysed", tables.placeCount(), tables.problemCount()), pdf.regular, 11,
                    PdfLayout.INK);
            if (stress != null) {
                pdf.paragraph(text.get("portfolio.pdf.stress." + stress.kind().name().toLowerCase(java.util.Locale.ROOT),
                        stress.value(), stress.year()), pdf.regular, 11, PdfLayout.INK);
                for (String line : tables.stressHeadline(text)) {
                    pdf.paragraph(line, pdf.bold, 11, PdfLayout.INK);
                }
            }
            if (tables.envelope() != null) {
                pdf.paragraph(text.get("portfolio.pdf.envelopeTotal",
                        text.cell(ReportTable.Kind.MONEY, tables.envelopeTotal())), pdf.bold, 11,
                        PdfLayout.INK);
            }
            pdf.gap(8);
            pdf.paragraph(text.get("portfolio.pdf.explained"), pdf.regular, 9, PdfLayout.MUTED);
            pdf.gap(8);
            List<PortfolioScatterChart.Place> points = tables.scatter();
            pdf.chart(PortfolioScatterChart.create(points, KeyFigureRows.RISK_ALERT, new ChartText(text.locale()), 515, 320), 320);
            Optional<String> key = PortfolioScatterChart.key(points);
            if (key.isPresent()) {
                pdf.paragraph(key.get(), pdf.regular, 8, PdfLayout.MUTED);
            }

            ReportTable places = tables.places();
            int keyColumns = places.column("structural_result") + 1;
            pdf.newPage(PdfLayout.LANDSCAPE);
            table(pdf, text.get("table.places"), places, columns(1, keyColumns), 170);
            List<Integer> shareColumns = new ArrayList<>();
            for (int c = keyColumns; c < places.column("first_calendar_year"); c++) {
                shareColumns.add(c);
            }
            for (int first = 0; first < shareColumns.size(); first += YEARS_A_TABLE) {
                List<Integer> shown = new ArrayList<>(List.of(1));
                shown.addAll(shareColumns.subList(first, Math.min(shareColumns.size(), first + YEARS_A_TABLE)));
                table(pdf, text.get("portfolio.pdf.shares"), places, shown, 170);
            }
            if (tables.stress() != null) {
                ReportTable stressed = tables.stress();
                table(pdf, text.get("table.stress"), stressed, named(stressed, "place", "min_cash_without_stress", "min_cash",
                        "bridge_due_to_stress", "p_negative_without_stress", "p_negative"), 170);
            }
            pdf.gap(14);
            pdf.need(120);
            pdf.heading(text.get("portfolio.pdf.dependency"), 13);
            pdf.paragraph(text.get("portfolio.pdf.dependency.explained"), pdf.regular, 9, PdfLayout.MUTED);
            table(pdf, "", places, named(places, "place", "hhi", "funders_for_80_percent", "days_of_cash", "operating_margin"), 170);
            List<Integer> daysColumns = new ArrayList<>();
            for (int c = 0; c < places.columns().size(); c++) {
                if (places.columns().get(c).key().startsWith("days_of_cash_y")) {
                    daysColumns.add(c);
                }
            }
            for (int first = 0; first < daysColumns.size(); first += YEARS_A_TABLE) {
                List<Integer> shown = new ArrayList<>(List.of(1));
                shown.addAll(daysColumns.subList(first, Math.min(daysColumns.size(), first + YEARS_A_TABLE)));
                table(pdf, text.get("portfolio.pdf.daysOfCash"), places, shown, 170);
            }
            if (tables.envelope() != null) {
                table(pdf, text.get("table.envelope"), tables.envelope(), columns(1, 5), 170);
            }
            table(pdf, text.get("table.commitments"), tables.commitments(), columns(0, 3), 120);
            ReportTable published = tables.published();
            if (published != null) {
                pdf.gap(14);
                pdf.need(120);
                pdf.heading(text.get("portfolio.pdf.published"), 13);
                pdf.paragraph(tables.publishedSummary(text), pdf.regular, 10, PdfLayout.INK);
                // every row that is not the same in the canvas, in words: its cells are too long for a table's columns
                int status = published.column("status");
                for (int r = 0; r < published.rows().size(); r++) {
                    if (!"matched".equals(published.rows().get(r)[status])) {
                        List<String> said = new ArrayList<>();
                        for (int c = 0; c < published.columns().size(); c++) {
                            if (published.rows().get(r)[c] != null && c != published.column("place_file")) {
                                said.add(text.get("portfolio.pdf.labelled", text.title(published, published.columns().get(c)),
                                        text.cell(published, r, c)));
                            }
                        }
                        pdf.paragraph(String.join(" — ", said), pdf.regular, 8, PdfLayout.INK);
                    }
                }
            }
            ReportTable problems = tables.problems();
            if (!problems.rows().isEmpty()) {
                pdf.gap(12);
                pdf.heading(text.get("table.problems"), 12);
                for (Object[] row : problems.rows()) {
                    pdf.paragraph(row[0] + " — " + row[1], pdf.regular, 9, PdfLayout.INK);
                }
            }
            pdf.footers("Pérenne — " + title, (page, pages) -> text.get("pdf.page", page, pages));
            pdf.document.save(out);
        }
    }

    private static List<Integer> named(ReportTable table, String... keys) {
        return java.util.Arrays.stream(keys).map(table::column).toList();
    }

    private static List<Integer> columns(int from, int to) {
        List<Integer> shown = new ArrayList<>();
        for (int c = from; c < to; c++) {
            shown.add(c);
        }
        return shown;
    }

    /**
     * A table of the chosen columns, after the previous one when the page has room (the layout turns
     * the page otherwise), titles wrapped by the layout, cells as the CSV's; a column numbered by its
     * calendar year is titled with the year alone, the table's title saying what it is.
     */
    private void table(PdfLayout pdf, String title, ReportTable table, List<Integer> shown, float firstWidth)
            throws IOException {
        pdf.gap(14);
        pdf.need(90);
        if (!title.isEmpty()) {
            pdf.heading(title, 13);
        }
        List<String> header = new ArrayList<>();
        shown.forEach(c -> {
            ReportTable.Column column = table.columns().get(c);
            header.add(column.titleArgument() != null ? column.titleArgument().toString() : text.title(table, column));
        });
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            int row = r;
            List<String> cells = new ArrayList<>();
            shown.forEach(c -> cells.add(text.cell(table, row, c)));
            rows.add(cells);
        }
        pdf.table(header, rows, firstWidth, 9, Set.of());
    }
}
