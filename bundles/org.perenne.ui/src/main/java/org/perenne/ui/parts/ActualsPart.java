/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.perenne.charts.CashFanChart;
import org.perenne.charts.ChartText;
import org.perenne.model.Canvas;
import org.perenne.model.FigureFormat;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.ReportTables;
import org.perenne.report.ReportText;
import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.Projection;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.simulation.actuals.Reforecast;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Plan versus actual: the actual cash of each month end the accounts know drawn over the plan, with the
 * re-forecast from the last one ("where are we heading from today's cash?"), and the year by year table of
 * each line planned and actual. Recomputed after every change (the accounts are imported and mapped from the
 * File menu).
 */
public final class ActualsPart {

    @Inject
    private CanvasSession session;

    private Composite parent;
    private Label status;
    private ChartCanvas chart;
    private Table table;
    private CanvasSession.Listener listener;
    private final ReportText text = new ReportText(Messages.locale());
    private final ChartText chartText = new ChartText(Messages.locale());

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        GridData statusLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusLayout.widthHint = 300;
        status.setLayoutData(statusLayout);
        chart = new ChartCanvas(parent, Messages.get("actuals.file.chart"));
        GridData chartLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartLayout.heightHint = 300;
        chart.control().setLayoutData(chartLayout);
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableLayout.heightHint = 200;
        table = Tables.table(parent, tableLayout);
        listener = PartListener.refreshing(parent, this::refresh);
        session.addListener(listener);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        try {
            CanvasDocument document = Tables.computable(session, status, table);
            if (document == null) {
                return;
            }
            Canvas canvas = document.canvas();
            KeyFigures.Prepared prepared = KeyFigures.prepare(canvas);
            Projection projection = prepared.compute(0, KeyFigures.DEFAULT_SEED, 1, MonteCarlo.Progress.NONE).projection();
            if (canvas.getActuals() == null) {
                status.setText(Messages.get("tables.noActuals"));
                chart.show((width, height) -> CashFanChart.create(projection, null, chartText, width, height));
                table.removeAll();
                return;
            }
            PlanVersusActual plan = new PlanVersusActual(canvas, projection, new AccountChart(canvas));
            Optional<Reforecast> ahead = Reforecast.of(prepared, plan, 0, KeyFigures.DEFAULT_SEED, 1);
            Map<YearMonth, Double> reforecast = new TreeMap<>();
            ahead.ifPresent(r -> {
                for (int m = r.knownIndex(); m < r.projection().months(); m++) {
                    reforecast.put(r.projection().monthOf(m), r.projection().closingCash(m));
                }
            });
            status.setText(words(plan, ahead));
            chart.show((width, height) -> CashFanChart.create(projection, null, plan.actualCash(), reforecast, chartText, width, height));
            Tables.show(table, ReportTables.planVersusActualByYear(plan), text);
        } catch (AmountTooLargeException e) {
            status.setText(Messages.get("dashboard.tooLarge"));
            table.removeAll();
        } finally {
            parent.layout(true, true);
        }
    }

    /** What the accounts cover and where the re-forecast goes, in a sentence. */
    private static String words(PlanVersusActual plan, Optional<Reforecast> ahead) {
        FigureFormat figures = FigureFormat.of(Messages.locale());
        List<YearMonth> months = plan.months();
        String covered = months.isEmpty() ? Messages.get("actuals.empty")
                : Messages.get("actuals.covered", figures.month(months.get(0)), figures.month(months.get(months.size() - 1)),
                        plan.unmapped().size());
        return ahead.map(r -> covered + " " + Messages.get("actuals.ahead", figures.month(r.known()), figures.euros(r.knownCash()),
                figures.euros(r.lowestCashAhead()))).orElse(covered);
    }

    /** The table shown (tests). */
    Table table() {
        return table;
    }

    /** The sentence above the chart (tests). */
    String status() {
        return status.getText();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
