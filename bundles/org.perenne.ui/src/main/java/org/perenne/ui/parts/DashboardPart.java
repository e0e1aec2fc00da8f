/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.knowm.xchart.internal.chartpart.Chart;
import org.perenne.charts.CashFanChart;
import org.perenne.charts.ChartHover;
import org.perenne.charts.ChartText;
import org.perenne.charts.GrantDependencyChart;
import org.perenne.charts.IncomeMixChart;
import org.perenne.model.FigureFormat;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.KeyFigureWords;
import org.perenne.report.ReportText;
import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.DependencyIndicators;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigureRows.Figure;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.RiskSettings;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;
import org.perenne.ui.WorkshopMode;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The dashboard beside the canvas, recomputed after every change: the key figures of
 * {@link KeyFigures} (lowest cash, lasting break-even, risk with its margin, structural result,
 * runway, own income), the closing cash with the Monte Carlo fan and the zero line, the income mix
 * and the grant dependency by year. A quick estimate ({@link KeyFigures#QUICK_RUNS} paths) shows at
 * once, then the final figure ({@link KeyFigures#DEFAULT_RUNS} paths, the same as everywhere else).
 * The canvas is compiled on the UI thread (the model is not shared with other threads); projection
 * and Monte Carlo run in a job.
 */
public final class DashboardPart {

    @Inject
    private CanvasSession session;
    @Inject
    private UISynchronize ui;
    @Inject
    private WorkshopMode workshop;

    private Scrolling scroll;
    private Label status;
    /** The tiles of the headline figures, in reading order: each its title, its value and its detail. */
    private final Map<Figure, Label[]> tiles = new EnumMap<>(Figure.class);
    private ChartCanvas cash;
    private ChartCanvas income;
    private ChartCanvas dependency;
    /** The last year's dependency indicators in words, under the grant dependency chart. */
    private Label dependencyFacts;
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

    /** What one recomputation gives, for the display: the quick estimate, then the final figures. */
    record Figures(KeyFigures key, long computeNanos) {

        Indicators indicators() {
            return key.indicators();
        }

        MonteCarloResult fan() {
            return key.monteCarlo().orElseThrow();
        }

        /** Whether the risk is the final figure (every path of the default count), not the quick estimate. */
        boolean isFinal() {
            return fan().runs() == KeyFigures.DEFAULT_RUNS;
        }
    }

    private volatile Figures shown;
    /** How long the first figures after the last change took (the quick estimate), for the tests' timings. */
    private volatile long firstFiguresNanos;
    /** Counts the changes of the canvas: figures computed before the last change, arriving late, are not shown. */
    private int generation;
    private long shownAt;
    /** The canvas's generation the figures shown were computed for. */
    private int shownGeneration = -1;

    @PostConstruct
    void create(Composite part) {
        // the figures scroll when the part is too short for them (a projector, workshop mode): a chart never
        // collapses to a strip; the charts share what height is left above their minimum
        part.setLayout(new FillLayout());
        scroll = new Scrolling(part);
        Composite parent = scroll.newContent();
        parent.setLayout(new GridLayout(1, false));
        sliders = new WorkshopSliders(parent, scroll::fit);
        Composite tiles = new Composite(parent, SWT.NONE);
        tiles.setLayout(new GridLayout(TILES.size() / 2, true));
        tiles.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        valueFont = TitleFont.of(parent, 1.5f);
        for (Figure figure : TILES) {
            this.tiles.put(figure, tile(tiles));
        }
        status = new Label(parent, SWT.WRAP);
        GridData statusLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusLayout.widthHint = 300; // wraps within the part's width instead of widening it
        status.setLayoutData(statusLayout);
        cash = chart(parent, Messages.get("dashboard.file.cash"), 2);
        yearly = new Composite(parent, SWT.NONE);
        GridLayout yearlyLayout = new GridLayout(2, true); // side by side on a wide dashboard, one under the other else
        yearlyLayout.marginWidth = 0;
        yearlyLayout.marginHeight = 0;
        yearly.setLayout(yearlyLayout);
        yearly.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        income = chart(yearly, Messages.get("dashboard.file.income"), 1);
        dependency = chart(yearly, Messages.get("dashboard.file.dependency"), 1);
        dependencyFacts = new Label(yearly, SWT.WRAP);
        GridData factsLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        factsLayout.widthHint = 300; // wraps within the part's width instead of widening it
        dependencyFacts.setLayoutData(factsLayout);
        dependencyFacts.setToolTipText(Messages.get("dashboard.dependencyFacts.explained"));
        ResponsiveColumns.apply(yearly, 2, YEARLY_SIDE_BY_SIDE_FROM, scroll::fit);
        session.addFirstListener(listener);
        workshop.addListener(workshopListener);
        showSliders();
        recompute();
    }

    /** The sliders show in workshop mode only. */
    private void showSliders() {
        Composite panel = sliders.control();
        if (panel.isDisposed()) {
            return;
        }
        panel.setVisible(workshop.isOn());
        ((GridData) panel.getLayoutData()).exclude = !workshop.isOn();
        // in workshop mode the status line and the yearly charts are not shown: the room reads the tiles and the cash
        for (org.eclipse.swt.widgets.Control shownOutside : List.of(status, yearly)) {
            shownOutside.setVisible(!workshop.isOn());
            ((GridData) shownOutside.getLayoutData()).exclude = workshop.isOn();
        }
        if (workshop.isOn()) {
            sliders.show(session.document().orElse(null));
            workshop.restyle(panel);
        }
        scroll.fit();
    }

    /** The figures of the tiles, in reading order (two rows of three). */
    static final List<Figure> TILES = List.of(Figure.LOWEST_CASH, Figure.LASTING_BREAK_EVEN, Figure.RISK, Figure.STRUCTURAL_RESULT,
            Figure.RUNWAY, Figure.OWN_INCOME_SHARE);

    /** A tile: its title, its value in large type and a line of detail, all wrapping within the tile. */
    private Label[] tile(Composite parent) {
        Composite tile = new Composite(parent, SWT.NONE);
        tile.setLayout(new GridLayout(1, false));
        tile.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label[] labels = new Label[3];
        for (int i = 0; i < 3; i++) {
            labels[i] = new Label(tile, SWT.WRAP);
            GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
            layout.widthHint = 80; // wraps within the tile instead of widening it
            labels[i].setLayoutData(layout);
        }
        labels[1].setFont(valueFont);
        titles.add(labels[0]);
        return labels;
    }

    /** Shows a figure in its tile: in red and marked when it should worry, its meaning on hover. */
    private void show(Figure figure, KeyFigureWords.Tile tile, boolean withValue, List<Label> changed) {
        Label[] labels = tiles.get(figure);
        setText(labels[0], tile.title(), changed);
        setText(labels[1], withValue ? tile.marked() : FigureFormat.UNDEFINED, changed);
        labels[1].setForeground(withValue && tile.worrying() ? labels[1].getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        setText(labels[2], withValue ? tile.detail() : "", changed);
        for (Label label : labels) {
            label.setToolTipText(tile.explained());
        }
    }

    /** Sets a label's text, noting the label when its text changed (its room may no longer fit). */
    private static void setText(Label label, String text, List<Label> changed) {
        if (!text.equals(label.getText())) {
            label.setText(text);
            changed.add(label);
        }
    }

    /** The least height a chart keeps, whatever the part's size: below, its plot cannot be read. */
    static final int MINIMUM_CHART_HEIGHT = 220;
    /** The width from which the yearly charts stand side by side (narrower, their legends would eat their plots). */
    static final int YEARLY_SIDE_BY_SIDE_FROM = 900;

    private static ChartCanvas chart(Composite parent, String exportName, int weight) {
        ChartCanvas chart = new ChartCanvas(parent, exportName);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = weight > 1 ? 120 * weight : MINIMUM_CHART_HEIGHT;
        layout.minimumHeight = MINIMUM_CHART_HEIGHT;
        chart.control().setLayoutData(layout);
        return chart;
    }

    private void recomputeLater() {
        generation++; // whatever is still being computed no longer matches the canvas
        if (status != null && !status.isDisposed() && !recomputeQueued) {
            recomputeQueued = true; // several changes in a row (an undo then a slider's step) make one recomputation
            status.getDisplay().asyncExec(this::recompute);
        }
    }

    /** On the UI thread: starts the figures' computation, then shows the sliders as the canvas now is. */
    private void recompute() {
        recomputeQueued = false;
        if (status.isDisposed()) {
            return;
        }
        try {
            startComputing();
        } finally {
            // the sliders follow the canvas while the figures are computed on another processor
            if (workshop.isOn()) {
                sliders.show(session.document().orElse(null));
            }
        }
    }

    /** Reads the canvas, then leaves the numbers to a job. */
    private void startComputing() {
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
            greyStale(true); // the figures shown no longer match the canvas
            return;
        }
        long started = System.nanoTime();
        int current = generation;
        KeyFigures.Prepared prepared = KeyFigures.prepare(document.canvas());
        // read here, on the window's thread: the job draws the charts at these sizes while the window goes on
        java.util.Map<java.time.YearMonth, Double> actual = actualCash(document);
        Point cashSize = cash.size();
        Point yearlySize = income.control().isVisible() ? income.size() : null;
        Point dependencySize = dependency.control().isVisible() ? dependency.size() : null;
        status.setText(Messages.get("dashboard.computing"));
        greyStale(true);
        Job job = Job.create(Messages.get("dashboard.job"), (IProgressMonitor monitor) -> {
            try {
                boolean first = true;
                for (int runs : new int[] { KeyFigures.QUICK_RUNS, KeyFigures.DEFAULT_RUNS }) {
                    Figures figures = compute(prepared, runs, started, monitor);
                    if (figures == null || monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    // the yearly charts change with the canvas, not with the paths: drawn with the first figures only
                    Drawn drawn = new Drawn(figures, actual, cashSize, first ? yearlySize : null, first ? dependencySize : null);
                    first = false;
                    ui.asyncExec(() -> {
                        if (current == generation) {
                            show(drawn, current);
                        }
                    });
                }
            } catch (AmountTooLargeException e) {
                ui.asyncExec(() -> {
                    if (current == generation && !status.isDisposed()) {
                        status.setText(Messages.get("dashboard.tooLarge"));
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        running = job;
        job.schedule();
    }

    /**
     * The key figures with a Monte Carlo run of {@code runs} paths; null when canceled.
     * {@code started}: when the edit began to be read (System.nanoTime), for the time it all took.
     */
    static Figures compute(KeyFigures.Prepared prepared, int runs, long started, IProgressMonitor monitor) {
        try {
            // the final run leaves a processor to the window, which is drawing the quick estimate meanwhile (the figures
            // are the same whatever the number of threads)
            int processors = RiskSettings.processors();
            int threads = runs == KeyFigures.DEFAULT_RUNS ? Math.max(1, processors - 1) : processors;
            // with common drivers, also the same paths with every figure alone: the risk tile says what the drivers add,
            // on the quick estimate too, so the tile keeps its lines and the window its layout from one to the other
            KeyFigures key = prepared.compute(runs, KeyFigures.DEFAULT_SEED, threads, MonteCarlo.Progress.cancelledBy(monitor::isCanceled));
            return new Figures(key, System.nanoTime() - started);
        } catch (java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    /** Greys the figures while they are being recomputed (they no longer match the canvas). */
    private void greyStale(boolean stale) {
        for (Label[] tile : tiles.values()) {
            tile[1].setForeground(stale ? tile[1].getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND) : null);
        }
    }

    /**
     * Shows the figures of the canvas as it was at {@code figuresGeneration}. The final figures of the same canvas as the
     * quick estimate shown change only the risk: the yearly charts, drawn from the same projection, are not drawn again.
     */
    private void show(Drawn drawn, int figuresGeneration) {
        Figures figures = drawn.figures;
        if (status.isDisposed()) {
            return;
        }
        if (shown == null) {
            Platform.getLog(DashboardPart.class).info("First dashboard shown "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                    + " ms after the Java VM started");
        }
        boolean yearlyCurrent = shown != null && shownGeneration == figuresGeneration;
        shown = figures;
        shownGeneration = figuresGeneration;
        shownAt = System.nanoTime();
        if (!figures.isFinal()) {
            firstFiguresNanos = figures.computeNanos();
        }
        KeyFigures key = figures.key();
        greyStale(false);
        KeyFigureWords words = new KeyFigureWords(new ReportText(Messages.locale()));
        List<Label> changed = new java.util.ArrayList<>();
        for (Figure figure : TILES) {
            KeyFigureWords.Tile tile = words.tile(figure, key);
            if (figure == Figure.RISK && words.drivers(key).isPresent()) {
                // figures that follow common drivers: what the drivers add, under the risk
                tile = new KeyFigureWords.Tile(tile.title(), tile.value(), tile.detail() + "\n" + words.drivers(key).get(),
                        tile.explained(), tile.worrying());
            }
            show(figure, tile, key.hasHeadline(), changed);
        }
        if (!key.hasHeadline()) {
            StringBuilder missing = new StringBuilder();
            for (KeyFigures.Missing item : key.missing()) {
                missing.append(Messages.get("dashboard.missing." + item.name().toLowerCase(java.util.Locale.ROOT))).append('\n');
            }
            status.setText(missing.append(Messages.get("dashboard.noHeadline")).toString());
            scroll.fit();
            for (ChartCanvas chart : List.of(cash, income, dependency)) {
                chart.showNothing(Messages.get("dashboard.nothingToDraw"));
            }
            dependencyFacts.setText("");
            return;
        }
        setText(status, Messages.get("dashboard.shown", figures.fan().runs()), changed);
        Projection projection = key.projection();
        Indicators indicators = key.indicators();
        cash.show(drawn.cash, ChartHover.euros(text), drawn.cashReady);
        if (!yearlyCurrent) {
            income.show(drawn.income, ChartHover.euros(text), drawn.incomeReady);
            dependency.show(drawn.dependency, ChartHover.percentagePoints(text), drawn.dependencyReady);
            setText(dependencyFacts, dependencyFacts(indicators.year(projection.years()).dependency(), projection.years()), changed);
        }
        scroll.fitIfMoved(changed); // the tiles, the status line and the facts, whose heights follow their text
    }

    /** Once the accounts are imported, the actual cash of each month end, drawn over the fan. */
    private static java.util.Map<java.time.YearMonth, Double> actualCash(CanvasDocument document) {
        java.util.Map<java.time.YearMonth, Double> actual = new java.util.TreeMap<>();
        if (document.canvas().getActuals() != null) {
            document.canvas().getActuals().getCash().forEach(month -> actual.put(month.getMonth(), month.getAmount()));
        }
        return actual;
    }

    /**
     * The figures with their charts, drawn by the job at the sizes the canvases had (a chart whose size is null is not
     * drawn ahead: hidden, or already on the screen): the window only puts the images on the screen.
     */
    private final class Drawn {
        final Figures figures;
        final BiFunction<Integer, Integer, Chart<?, ?>> cash;
        final BiFunction<Integer, Integer, Chart<?, ?>> income;
        final BiFunction<Integer, Integer, Chart<?, ?>> dependency;
        final ChartCanvas.Rendered cashReady;
        final ChartCanvas.Rendered incomeReady;
        final ChartCanvas.Rendered dependencyReady;

        Drawn(Figures figures, java.util.Map<java.time.YearMonth, Double> actual, Point cashSize, Point incomeSize,
                Point dependencySize) {
            this.figures = figures;
            KeyFigures key = figures.key();
            Projection projection = key.projection();
            cash = (width, height) -> CashFanChart.create(projection, figures.fan(), actual, text, width, height);
            income = (width, height) -> IncomeMixChart.create(projection, text, width, height);
            dependency = (width, height) -> GrantDependencyChart.create(key.indicators().yearly(), KeyFigureRows.DEPENDENCY_ALERT,
                    text, width, height);
            boolean charted = key.hasHeadline();
            // the yearly charts drawn beside the fan, on another processor when there is one: the window waits for all three
            java.util.concurrent.CompletableFuture<ChartCanvas.Rendered> yearly = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> charted ? ahead(income, incomeSize) : null);
            java.util.concurrent.CompletableFuture<ChartCanvas.Rendered> grants = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> charted ? ahead(dependency, dependencySize) : null);
            cashReady = charted ? ahead(cash, cashSize) : null;
            incomeReady = joined(yearly);
            dependencyReady = joined(grants);
        }

        /** A chart drawn on another thread, its failure thrown here as it was thrown there. */
        private static ChartCanvas.Rendered joined(java.util.concurrent.CompletableFuture<ChartCanvas.Rendered> drawing) {
            try {
                return drawing.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        private static ChartCanvas.Rendered ahead(BiFunction<Integer, Integer, Chart<?, ?>> chart, Point size) {
            return size == null || size.x < 50 || size.y < 50 ? null : ChartCanvas.render(chart, size.x, size.y);
        }
    }

    /** The dependency indicators of the last year as facts in a sentence, never a verdict; "—" where one has no meaning. */
    private static String dependencyFacts(DependencyIndicators d, int year) {
        FigureFormat format = FigureFormat.of(Messages.locale());
        return Messages.get("dashboard.dependencyFacts", year,
                d.hhi().isPresent() ? format.number(d.hhi().getAsDouble(), 2) : FigureFormat.UNDEFINED,
                d.fundersFor80Percent().isPresent() ? d.fundersFor80Percent().getAsInt() : 0,
                d.daysOfCash().isPresent() ? format.number(d.daysOfCash().getAsDouble(), 0) : FigureFormat.UNDEFINED,
                DependencyIndicators.ADVISED_DAYS_OF_CASH,
                d.operatingMargin().isPresent() ? format.percent(d.operatingMargin().getAsDouble()) : FigureFormat.UNDEFINED);
    }

    /** When the figures shown were put in the tiles, System.nanoTime (tests). */
    long shownAt() {
        return shownAt;
    }

    /** The charts, in reading order (tests). */
    List<ChartCanvas> charts() {
        return List.of(cash, income, dependency);
    }

    /** What the dashboard shows now (tests). */
    Figures shown() {
        return shown;
    }

    /** The time from a change to its first figures (the quick estimate), in nanoseconds (tests). */
    long firstFiguresNanos() {
        return firstFiguresNanos;
    }

    WorkshopSliders sliders() {
        return sliders;
    }

    String[] tileTitles() {
        return titles.stream().map(Label::getText).toArray(String[]::new);
    }

    String statusText() {
        return status.getText();
    }

    String minimumCashText() {
        return tiles.get(Figure.LOWEST_CASH)[1].getText();
    }

    /** The value shown in a figure's tile (tests). */
    String tileValue(Figure figure) {
        return tiles.get(figure)[1].getText();
    }

    /** The words under the value of a figure's tile (tests). */
    String tileDetail(Figure figure) {
        return tiles.get(figure)[2].getText();
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
