/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
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
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.RiskSettings;
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
 * File menu): the deterministic figures at once, then, while the view shows, the plan's fan and the
 * re-forecast's risk from the Monte Carlo of every key figure (same seed, same paths) in the background.
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
    @Inject
    private UISynchronize ui;
    /** The Monte Carlo of the last refresh, not run yet because the view was hidden; run when it shows. */
    private Runnable pathsWanted;
    private Job running;
    private int generation;

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
        parent.addListener(SWT.Show, event -> {
            if (pathsWanted != null) {
                pathsWanted.run();
            }
        });
        listener = PartListener.refreshing(parent, this::refresh);
        session.addListener(listener);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        pathsWanted = null;
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
            status.setText(words(plan, ahead, null));
            chart.show((width, height) -> CashFanChart.create(projection, null, plan.actualCash(), ahead.orElse(null), chartText, width,
                    height));
            Tables.show(table, ReportTables.planVersusActualByYear(plan), text);
            pathsWanted = () -> drawPaths(prepared, plan, projection);
            if (parent.isVisible()) {
                pathsWanted.run();
            }
        } catch (AmountTooLargeException e) {
            status.setText(Messages.get("dashboard.tooLarge"));
            table.removeAll();
        } finally {
            parent.layout(true, true);
        }
    }

    /**
     * In the background, the plan's Monte Carlo (its fan) and the re-forecast's (its band and risk), with
     * the seed and paths of every key figure; then drawn, unless the canvas changed meanwhile.
     */
    private void drawPaths(KeyFigures.Prepared prepared, PlanVersusActual plan, Projection projection) {
        pathsWanted = null;
        int current = generation;
        int threads = RiskSettings.processors();
        Job job = Job.create(Messages.get("actuals.job"), (IProgressMonitor monitor) -> {
            MonteCarlo.Progress progress = MonteCarlo.Progress.cancelledBy(monitor::isCanceled);
            try {
                MonteCarloResult fan = prepared.compute(KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED, threads, progress, false)
                        .monteCarlo().orElseThrow();
                Optional<Reforecast> ahead = Reforecast.of(prepared, plan, KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED, threads,
                        false, progress);
                ui.asyncExec(() -> {
                    if (current == generation && !parent.isDisposed()) {
                        status.setText(words(plan, ahead, ahead.flatMap(Reforecast::risk).orElse(null)));
                        chart.show((width, height) -> CashFanChart.create(projection, fan, plan.actualCash(), ahead.orElse(null),
                                chartText, width, height));
                        parent.layout(true, true);
                    }
                });
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (AmountTooLargeException e) {
                return Status.OK_STATUS; // the deterministic run said so already
            }
        });
        job.setSystem(true);
        running = job;
        job.schedule();
    }

    /** What the accounts cover and where the re-forecast goes, with its risk once its paths ran, in a sentence. */
    private static String words(PlanVersusActual plan, Optional<Reforecast> ahead, MonteCarloResult risk) {
        FigureFormat figures = FigureFormat.of(Messages.locale());
        List<YearMonth> months = plan.months();
        String covered = months.isEmpty() ? Messages.get("actuals.empty")
                : Messages.get("actuals.covered", figures.month(months.get(0)), figures.month(months.get(months.size() - 1)),
                        plan.unmapped().size());
        String said = ahead.map(r -> covered + " " + Messages.get("actuals.ahead", figures.month(r.known()), figures.euros(r.knownCash()),
                figures.euros(r.lowestCashAhead()))).orElse(covered);
        return risk == null ? said
                : said + " " + Messages.get("actuals.risk", Messages.percent(risk.probabilityCashNegative()),
                        risk.probabilityCashNegativeMargin() * 100, risk.runs());
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
        if (running != null) {
            running.cancel();
        }
        session.removeListener(listener);
    }
}
