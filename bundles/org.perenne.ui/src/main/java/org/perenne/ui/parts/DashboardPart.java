/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.lang.management.ManagementFactory;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.perenne.charts.CashFanChart;
import org.perenne.charts.ChartText;
import org.perenne.charts.GrantDependencyChart;
import org.perenne.charts.IncomeMixChart;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.UncertainAssumption;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;
import org.perenne.ui.WorkshopMode;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The dashboard beside the canvas, recomputed after every change: the key indicators, the closing cash
 * with the Monte Carlo fan (a quick run of {@value #QUICK_RUNS} paths) and the zero line, the income
 * mix and the grant dependency by year. The canvas is compiled on the UI thread (the model is not
 * shared with other threads); projection and Monte Carlo run in a job.
 */
public final class DashboardPart {

    /** Paths of the quick Monte Carlo run after each change. */
    static final int QUICK_RUNS = 1_000;
    private static final long SEED = 2026;

    @Inject
    private CanvasSession session;
    @Inject
    private UISynchronize ui;
    @Inject
    private WorkshopMode workshop;

    private Label status;
    private Label minimumCash;
    private Label breakEven;
    private Label risk;
    private Label runway;
    private ChartCanvas cash;
    private ChartCanvas income;
    private ChartCanvas dependency;
    /** The income and grant dependency charts, one above the other (side by side in workshop mode). */
    private Composite yearly;
    private Font valueFont;
    private Job running;
    private WorkshopSliders sliders;
    private final List<Label> titles = new java.util.ArrayList<>();
    private boolean recomputeQueued;
    private final java.util.function.Consumer<Boolean> workshopListener = on -> showSliders();
    private final ChartText text = new ChartText(Messages.locale());
    private final CanvasSession.Listener listener = changed -> recomputeLater();

    /** What one recomputation gives, for the display. */
    record Figures(Projection projection, CompiledCanvas canvas, MonteCarloResult fan, Indicators indicators,
            long computeNanos) {
    }

    private volatile Figures shown;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        sliders = new WorkshopSliders(parent);
        Composite tiles = new Composite(parent, SWT.NONE);
        tiles.setLayout(new GridLayout(4, true));
        tiles.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        valueFont = TitleFont.of(parent, 1.5f);
        minimumCash = tile(tiles, "dashboard.minimumCash");
        breakEven = tile(tiles, "dashboard.breakEven");
        risk = tile(tiles, "dashboard.risk");
        runway = tile(tiles, "dashboard.runway");
        status = new Label(parent, SWT.WRAP);
        GridData statusLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusLayout.widthHint = 300; // wraps within the part's width instead of widening it
        status.setLayoutData(statusLayout);
        cash = chart(parent, Messages.get("dashboard.file.cash"), 2);
        yearly = new Composite(parent, SWT.NONE);
        GridLayout yearlyLayout = new GridLayout(1, true);
        yearlyLayout.marginWidth = 0;
        yearlyLayout.marginHeight = 0;
        yearly.setLayout(yearlyLayout);
        GridData yearlyData = new GridData(SWT.FILL, SWT.FILL, true, true);
        yearlyData.heightHint = 240;
        yearly.setLayoutData(yearlyData);
        income = chart(yearly, Messages.get("dashboard.file.income"), 1);
        dependency = chart(yearly, Messages.get("dashboard.file.dependency"), 1);
        session.addListener(listener);
        workshop.addListener(workshopListener);
        showSliders();
        recompute();
    }

    /** The sliders show in workshop mode only; the yearly charts then sit side by side. */
    private void showSliders() {
        Composite panel = sliders.control();
        if (panel.isDisposed()) {
            return;
        }
        panel.setVisible(workshop.isOn());
        ((GridData) panel.getLayoutData()).exclude = !workshop.isOn();
        // in workshop mode the yearly charts sit side by side, and the computing time is not shown
        ((GridLayout) yearly.getLayout()).numColumns = workshop.isOn() ? 2 : 1;
        status.setVisible(!workshop.isOn());
        ((GridData) status.getLayoutData()).exclude = workshop.isOn();
        if (workshop.isOn()) {
            sliders.show(session.document().orElse(null));
            workshop.restyle(panel);
        }
        panel.getParent().layout(true, true);
    }

    private static final String DETAIL = "detail";

    private static void setTile(Label value, String text, String detail) {
        value.setText(text);
        ((Label) value.getData(DETAIL)).setText(detail);
    }

    private Label tile(Composite parent, String key) {
        Composite tile = new Composite(parent, SWT.NONE);
        tile.setLayout(new GridLayout(1, false));
        tile.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label title = new Label(tile, SWT.WRAP);
        title.setText(Messages.get(key));
        titles.add(title);
        title.setToolTipText(Messages.get(key + ".explained"));
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label value = new Label(tile, SWT.NONE);
        value.setFont(valueFont);
        // the second line (a month) in the normal font
        Label detail = new Label(tile, SWT.NONE);
        detail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        value.setData(DETAIL, detail);
        value.setToolTipText(Messages.get(key + ".explained"));
        value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tile.setToolTipText(Messages.get(key + ".explained"));
        return value;
    }

    private static ChartCanvas chart(Composite parent, String exportName, int weight) {
        ChartCanvas chart = new ChartCanvas(parent, exportName);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = 120 * weight;
        chart.control().setLayoutData(layout);
        return chart;
    }

    private void recomputeLater() {
        if (status != null && !status.isDisposed() && !recomputeQueued) {
            recomputeQueued = true; // several changes in a row (an undo then a slider's step) make one recomputation
            status.getDisplay().asyncExec(this::recompute);
        }
    }

    /** On the UI thread: reads the canvas, then leaves the numbers to a job. */
    private void recompute() {
        recomputeQueued = false;
        if (status.isDisposed()) {
            return;
        }
        if (workshop.isOn()) {
            sliders.show(session.document().orElse(null));
        }
        if (running != null) {
            running.cancel();
        }
        CanvasDocument document = session.document().orElse(null);
        if (document == null) {
            status.setText(Messages.get("dashboard.noCanvas"));
            return;
        }
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            status.setText(Messages.get("dashboard.invalid"));
            return;
        }
        long started = System.nanoTime();
        CompiledCanvas compiled = CanvasCompiler.compile(document.canvas());
        List<UncertainAssumption> uncertainties = UncertainAssumption.of(document.canvas(), compiled);
        status.setText(Messages.get("dashboard.computing"));
        Job job = Job.create(Messages.get("dashboard.job"), (IProgressMonitor monitor) -> {
            Figures figures = compute(compiled, uncertainties, started, monitor);
            if (figures != null && !monitor.isCanceled()) {
                ui.asyncExec(() -> show(figures));
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setSystem(true);
        running = job;
        job.schedule();
    }

    /**
     * The deterministic projection, its indicators and the quick Monte Carlo run; null when canceled.
     * {@code started}: when the edit began to be read (System.nanoTime), for the time it all took.
     */
    static Figures compute(CompiledCanvas compiled, List<UncertainAssumption> uncertainties, long started,
            IProgressMonitor monitor) {
        Projection projection = new CashFlowEngine(compiled).project();
        MonteCarloResult fan;
        try {
            fan = new MonteCarlo(compiled, uncertainties).run(QUICK_RUNS, SEED, Runtime.getRuntime().availableProcessors(),
                    new MonteCarlo.Progress() {
                        @Override
                        public void pathsDone(int done, int total) {
                            // too quick to show
                        }

                        @Override
                        public boolean isCanceled() {
                            return monitor.isCanceled();
                        }
                    });
        } catch (java.util.concurrent.CancellationException e) {
            return null;
        }
        Indicators indicators = new Indicators(projection, compiled);
        return new Figures(projection, compiled, fan, indicators, System.nanoTime() - started);
    }

    private void show(Figures figures) {
        if (status.isDisposed()) {
            return;
        }
        if (shown == null) {
            Platform.getLog(DashboardPart.class).info("First dashboard shown "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                    + " ms after the Java VM started");
        }
        shown = figures;
        Indicators indicators = figures.indicators();
        Projection projection = figures.projection();
        NumberFormat euros = NumberFormat.getIntegerInstance(Messages.locale());
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Messages.locale());
        setTile(minimumCash, Messages.get("dashboard.minimumCash.value", euros.format(Math.round(indicators.minimumCash()))),
                month.format(projection.monthOf(indicators.minimumCashMonthIndex())));
        OptionalInt balanced = indicators.breakEvenMonth();
        setTile(breakEven, balanced.isPresent() ? month.format(projection.monthOf(balanced.getAsInt()))
                : Messages.get("dashboard.breakEven.never"), "");
        setTile(risk, Messages.get("dashboard.risk.value", figures.fan().probabilityCashNegative()),
                Messages.get("dashboard.risk.detail", QUICK_RUNS));
        OptionalDouble months = indicators.runwayMonths();
        setTile(runway, months.isPresent() ? Messages.get("dashboard.runway.value", months.getAsDouble())
                : Messages.get("dashboard.runway.notNeeded"), "");
        status.setText(Messages.get("dashboard.shown", figures.computeNanos() / 1e6, QUICK_RUNS));
        minimumCash.getParent().getParent().layout(true, true);
        cash.show((width, height) -> CashFanChart.create(projection, figures.fan(), text, width, height));
        income.show((width, height) -> IncomeMixChart.create(projection, text, width, height));
        dependency.show((width, height) -> GrantDependencyChart.create(indicators.yearly(),
                GrantDependencyChart.DEFAULT_THRESHOLD, text, width, height));
    }

    /** What the dashboard shows now (tests). */
    Figures shown() {
        return shown;
    }

    WorkshopSliders sliders() {
        return sliders;
    }

    String[] tileTitles() {
        return titles.stream().map(Label::getText).toArray(String[]::new);
    }

    String minimumCashText() {
        return minimumCash.getText();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
        workshop.removeListener(workshopListener);
        if (running != null) {
            running.cancel();
        }
    }
}
