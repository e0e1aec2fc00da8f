/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.UncertainAssumption;

/** The charts' series carry the simulation's numbers; files are written as PNG and SVG. */
class ChartsTest {

    private static final ChartText FRENCH = new ChartText(Locale.FRENCH);

    private final Canvas canvas = CanvasFiles.load(Path.of("../../model-samples/tiers-lieu-hybride.perenne"), Locale.FRENCH)
            .canvas();
    private final CompiledCanvas compiled = CanvasCompiler.compile(canvas);
    private final Projection projection = new CashFlowEngine(compiled).project();

    private static double[] y(XYChart chart, String key) {
        return chart.getSeriesMap().get(FRENCH.get(key)).getYData();
    }

    @Test
    void theCashChartShowsTheForecastTheFanAndTheZeroLine() {
        MonteCarloResult fan = new MonteCarlo(compiled, UncertainAssumption.of(canvas, compiled)).run(500, 7, 1,
                MonteCarlo.Progress.NONE);
        XYChart chart = CashFanChart.create(projection, fan, FRENCH, 800, 400);
        assertEquals(List.of("9 trajectoires sur 10 (P5–P95)", "1 trajectoire sur 2 (P25–P75)", "Médiane des trajectoires",
                "Prévision (argent engagé seulement)", "Ligne du zéro : en dessous, plus de trésorerie"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(projection.closingCash(), y(chart, CashFanChart.FORECAST));
        assertArrayEquals(fan.percentiles()[2], y(chart, CashFanChart.MEDIAN));
        double[] band = y(chart, CashFanChart.BAND_90);
        int months = projection.months();
        assertEquals(2 * months, band.length, "up along P95, back along P5");
        for (int m = 0; m < months; m++) {
            assertEquals(fan.percentile(4, m), band[m]);
            assertEquals(fan.percentile(0, m), band[2 * months - 1 - m]);
        }
        assertArrayEquals(new double[] { 0, 0 }, y(chart, CashFanChart.ZERO));
    }

    @Test
    void theActualCashIsDrawnOverTheFanWhereTheAccountsKnowIt() {
        java.time.YearMonth start = projection.startMonth();
        XYChart chart = CashFanChart.create(projection, null, java.util.Map.of(start.plusMonths(1), -500.0, start, 1_200.0),
                FRENCH, 800, 400);
        assertArrayEquals(new double[] { 1_200, -500 }, y(chart, CashFanChart.ACTUAL), "month by month, in order");
        assertEquals(null, CashFanChart.create(projection, null, FRENCH, 800, 400).getSeriesMap().get(FRENCH.get(CashFanChart.ACTUAL)),
                "no accounts, no actual line");
    }

    @Test
    void theReforecastIsDrawnFromTheKnownMonthWithTheBandOfItsPaths() {
        int known = 14;
        MonteCarloResult paths = new MonteCarlo(compiled, UncertainAssumption.of(canvas, compiled)).restartedAt(known, -2_000)
                .run(300, 7, 1, MonteCarlo.Progress.NONE);
        Projection ahead = projection.restartedAt(known, -2_000);
        var reforecast = new org.perenne.simulation.actuals.Reforecast(projection.monthOf(known), known, -2_000, ahead,
                java.util.Optional.of(paths), java.util.Optional.empty());
        XYChart chart = CashFanChart.create(projection, null, java.util.Map.of(projection.monthOf(known), -2_000.0), reforecast,
                FRENCH, 800, 400);
        int months = projection.months();
        double[] line = y(chart, CashFanChart.REFORECAST);
        assertEquals(months - known, line.length, "from the known month to the end");
        assertEquals(-2_000, line[0], 0.001);
        assertArrayEquals(java.util.Arrays.copyOfRange(ahead.closingCash(), known, months), line);
        double[] band = y(chart, CashFanChart.REFORECAST_BAND);
        assertEquals(2 * (months - known), band.length, "up along P95, back along P5, from the known month");
        assertEquals(paths.percentile(4, months - 1), band[months - known - 1]);
        assertEquals(paths.percentile(0, known), band[band.length - 1]);
        assertEquals(null, CashFanChart.create(projection, null, java.util.Map.of(), null, FRENCH, 800, 400).getSeriesMap()
                .get(FRENCH.get(CashFanChart.REFORECAST)), "no accounts, no re-forecast");
    }

    @Test
    void legendsSitOutsideThePlotNeverOverALine() {
        XYChart cash = CashFanChart.create(projection, null, new ChartText(Locale.ENGLISH), 800, 400);
        XYChart scenarios = ScenarioCashChart.create(java.util.Map.of("Base", projection), new ChartText(Locale.ENGLISH), 800, 400);
        for (var styler : List.of(cash.getStyler(), scenarios.getStyler())) {
            assertEquals(Styler.LegendPosition.OutsideS, styler.getLegendPosition());
        }
    }

    @Test
    void theIncomeLegendAndTheTitlesFitTheChartsWidth() {
        // the whole dashboard's width: the streams' names on one line under the bars
        CategoryChart wide = IncomeMixChart.create(projection, FRENCH, 1400, 300);
        assertEquals(Styler.LegendPosition.OutsideS, wide.getStyler().getLegendPosition());
        assertEquals(Styler.LegendLayout.Horizontal, wide.getStyler().getLegendLayout());
        // beside its neighbour at 1280×800: a column, under the bars or beside them, never a line cut at the edge
        CategoryChart narrow = IncomeMixChart.create(projection, FRENCH, 300, 240);
        assertEquals(Styler.LegendLayout.Vertical, narrow.getStyler().getLegendLayout());
        assertEquals(Styler.LegendPosition.OutsideS, narrow.getStyler().getLegendPosition(), "beside, the bars would keep too little");
        CategoryChart dependency = GrantDependencyChart.create(new Indicators(projection, compiled).yearly(), 0.5, FRENCH, 200, 240);
        java.awt.Font title = dependency.getStyler().getChartTitleFont();
        assertTrue(title.getSize() < 14, "a smaller title on a narrow chart");
        assertTrue(ChartStyle.textWidth(dependency.getTitle(), title) <= 200 - 12, "« Dépendance aux subventions » whole");
        assertEquals(14, IncomeMixChart.create(projection, FRENCH, 800, 300).getStyler().getChartTitleFont().getSize(),
                "the usual title where there is room");
    }

    @Test
    void withoutMonteCarloOnlyTheForecastAndTheZeroLineAreDrawn() {
        XYChart chart = CashFanChart.create(projection, null, new ChartText(Locale.ENGLISH), 800, 400);
        assertEquals(List.of("Forecast (committed money only)", "Zero line: below it, out of cash"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void theIncomeMixAddsUpToTheYearsIncomeAndGrants() {
        CategoryChart chart = IncomeMixChart.create(projection, FRENCH, 800, 400);
        List<Indicators.Year> years = new Indicators(projection, compiled).yearly();
        for (int y = 0; y < years.size(); y++) {
            double stacked = 0;
            for (IncomeMixChart.Stream stream : IncomeMixChart.Stream.values()) {
                var series = chart.getSeriesMap().get(FRENCH.get(stream.key()));
                // a stream the place does not have is not drawn (nor named in the legend)
                stacked += series == null ? stream.inYear(projection, y + 1) : List.copyOf(series.getYData()).get(y).doubleValue();
                assertTrue(series != null || stream.inYear(projection, y + 1) == 0, stream + " has money but no bars");
            }
            Indicators.Year year = years.get(y);
            assertEquals(year.ownIncome() + year.operatingSubsidies() + year.investmentSubsidies(), stacked, 1e-6,
                    "year " + (y + 1));
        }
        assertEquals(List.of("1", "2", "3", "4", "5"),
                List.copyOf(chart.getSeriesMap().values().iterator().next().getXData()));
    }

    @Test
    void theGrantDependencyChartShowsEachYearsShareAndTheThreshold() {
        List<Indicators.Year> years = new Indicators(projection, compiled).yearly();
        CategoryChart chart = GrantDependencyChart.create(years, 0.5, FRENCH, 800, 400);
        List<? extends Number> shares = chart.getSeriesMap().get("Dépendance aux subventions").getYData().stream().toList();
        for (int y = 0; y < years.size(); y++) {
            assertEquals(100 * years.get(y).grantDependency().getAsDouble(), shares.get(y).doubleValue(), 1e-9);
        }
        assertTrue(shares.get(0).doubleValue() > 40, "La Passerelle starts with about half its income from grants");
        assertTrue(chart.getSeriesMap().get(FRENCH.get("dependency.threshold", 0.5)).getYData().stream().allMatch(v -> v.doubleValue() == 50),
                chart.getSeriesMap().keySet().toString());
    }

    @Test
    void chartsAreSavedAsPngAndSvg(@TempDir Path folder) throws Exception {
        XYChart chart = CashFanChart.create(projection, null, FRENCH, 640, 360);
        Path png = folder.resolve("tresorerie.png");
        Path svg = folder.resolve("tresorerie.svg");
        ChartFiles.save(chart, png);
        ChartFiles.save(chart, svg);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(bytes, 4));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        assertFalse(Files.list(folder).anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left");
        assertEquals(360, ChartFiles.image(chart).getHeight());
    }

    @Test
    void theScenarioChartDrawsEachScenariosClosingCash() {
        org.perenne.model.Scenario scenario = canvas.getScenarios().get(0);
        Projection other = new CashFlowEngine(CanvasCompiler.compile(org.perenne.simulation.Scenarios.apply(canvas, scenario)))
                .project();
        java.util.Map<String, Projection> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("Base", projection);
        scenarios.put(scenario.getName(), other);
        XYChart chart = ScenarioCashChart.create(scenarios, FRENCH, 800, 400);
        assertEquals(List.of("Base", scenario.getName(), "Ligne du zéro : en dessous, plus de trésorerie"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(projection.closingCash(), chart.getSeriesMap().get("Base").getYData());
        assertArrayEquals(other.closingCash(), chart.getSeriesMap().get(scenario.getName()).getYData());
        assertFalse(java.util.Arrays.equals(projection.closingCash(), other.closingCash()), "the scenario changes something");
    }

    @Test
    void theTornadoDrawsEachAssumptionsSwingFromTheBaseAsHorizontalBarsWidestOnTop() {
        org.perenne.simulation.Output lowest = org.perenne.simulation.Output.parse("min_cash", canvas.getHorizonYears());
        org.perenne.simulation.Sensitivity.Tornado tornado = org.perenne.simulation.Sensitivity.of(compiled,
                UncertainAssumption.of(canvas, compiled), lowest);
        XYChart chart = TornadoChart.create(tornado, "trésorerie la plus basse", FRENCH, 800, 400);
        assertEquals("Ce qui fait bouger «\u00a0trésorerie la plus basse\u00a0»", chart.getTitle());
        double[] lowX = chart.getSeriesMap().get(FRENCH.get("tornado.low")).getXData();
        double[] lowY = chart.getSeriesMap().get(FRENCH.get("tornado.low")).getYData();
        double[] highX = chart.getSeriesMap().get(FRENCH.get("tornado.high")).getXData();
        double[] highY = chart.getSeriesMap().get(FRENCH.get("tornado.high")).getYData();
        List<org.perenne.simulation.Sensitivity.Bar> drawn = TornadoChart.bars(tornado, 400);
        int rows = drawn.size();
        assertEquals(Math.min((400 - 130) / TornadoChart.ROW_PIXELS, tornado.bars().size() - TornadoChart.withoutEffect(tornado, FRENCH).size()),
                rows, "as many bars as 400 px hold, none for an assumption without effect");
        assertTrue(rows > 1 && lowX.length == 4 * rows, "a rectangle per bar: " + lowX.length);
        for (int i = 0; i < rows; i++) {
            org.perenne.simulation.Sensitivity.Bar bar = drawn.get(i);
            // each rectangle: from the base (0) to the change, below (low) or above (high) the row's centre
            assertEquals(0, lowX[4 * i]);
            assertEquals(bar.outputAtLow() - tornado.base(), lowX[4 * i + 1], 1e-9);
            assertEquals(bar.outputAtHigh() - tornado.base(), highX[4 * i + 1], 1e-9);
            assertTrue(lowY[4 * i + 2] == rows - i && highY[4 * i] == rows - i, "row " + i + " centred on " + (rows - i));
        }
        List<String> names = annotations(chart);
        assertEquals(drawn.stream().map(bar -> TornadoChart.name(bar, FRENCH)).toList(), names,
                "each name written over its bars, widest on top");
        ChartFiles.image(chart);
        List<Double> heights = annotationHeights(chart);
        for (int i = 0; i < rows; i++) {
            double centre = chart.getHeight() - heights.get(i); // from the top, as the screen counts
            assertTrue(centre < chart.getScreenYFromChart(rows - i + 0.3) && centre > chart.getScreenYFromChart(rows - i + 0.7),
                    drawn.get(i).assumption() + ": its name between its own bar and the row above, at " + centre);
        }
        // on hover, the bar under the pointer in words (the chart as painted)
        ChartFiles.image(chart);
        org.perenne.simulation.Sensitivity.Bar top = tornado.bars().get(0);
        ChartHover hover = TornadoChart.hover(tornado, "trésorerie la plus basse", FRENCH);
        int x = (int) chart.getScreenXFromChart((top.outputAtHigh() - tornado.base()) / 2);
        String words = hover.at(chart, x, (int) chart.getScreenYFromChart(rows + 0.1)).orElseThrow();
        assertTrue(words.startsWith(TornadoChart.name(top, FRENCH) + " à sa valeur haute → trésorerie la plus basse\u00a0: "), words);
        assertTrue(hover.at(chart, x, (int) chart.getScreenYFromChart(rows - 0.5)).isEmpty(), "between two rows");
    }

    /** Where the texts written on a chart are, from its bottom (in screen space), in order. */
    private static List<Double> annotationHeights(XYChart chart) {
        try {
            java.lang.reflect.Field field = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("annotations");
            field.setAccessible(true);
            java.lang.reflect.Field y = org.knowm.xchart.AnnotationText.class.getDeclaredField("y");
            y.setAccessible(true);
            List<Double> heights = new java.util.ArrayList<>();
            for (Object annotation : (List<?>) field.get(chart)) {
                heights.add((Double) y.get(annotation));
            }
            return heights;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The texts written on a chart, in order. */
    private static List<String> annotations(XYChart chart) {
        try {
            java.lang.reflect.Field field = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("annotations");
            field.setAccessible(true);
            List<String> texts = new java.util.ArrayList<>();
            for (Object annotation : (List<?>) field.get(chart)) {
                java.lang.reflect.Field text = org.knowm.xchart.AnnotationText.class.getDeclaredField("text");
                text.setAccessible(true);
                texts.add((String) text.get(annotation));
            }
            return texts;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theCashChartSaysEachLinesValueAtTheMonthUnderThePointer() {
        MonteCarloResult fan = new MonteCarlo(compiled, UncertainAssumption.of(canvas, compiled)).run(200, 7, 1,
                MonteCarlo.Progress.NONE);
        XYChart chart = CashFanChart.create(projection, fan, FRENCH, 800, 400);
        ChartFiles.image(chart);
        java.time.YearMonth month = projection.startMonth().plusMonths(13);
        double when = java.util.Date.from(month.atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)).getTime();
        String words = ChartHover.euros(FRENCH).at(chart, (int) chart.getScreenXFromChart(when) + 2, 200).orElseThrow();
        org.perenne.model.FigureFormat euros = org.perenne.model.FigureFormat.of(Locale.FRENCH);
        List<String> lines = List.of(words.split("\n"));
        assertEquals(euros.month(month), lines.get(0));
        assertTrue(lines.contains("Prévision (argent engagé seulement)\u00a0: " + euros.euros(projection.closingCash(13))), words);
        assertTrue(lines.contains("9 trajectoires sur 10 (P5–P95)\u00a0: de " + euros.euros(fan.percentile(0, 13)) + " à "
                + euros.euros(fan.percentile(4, 13))), words);
        assertFalse(words.contains("Ligne du zéro"), words);
        assertTrue(ChartHover.euros(FRENCH).at(chart, 2, 200).isEmpty(), "left of the plot");
    }

    @Test
    void aChartOfYearsSaysEachSeriesValueInTheYearUnderThePointer() {
        Indicators indicators = new Indicators(projection, compiled);
        CategoryChart chart = GrantDependencyChart.create(indicators.yearly(), KeyFigureRows.DEPENDENCY_ALERT, FRENCH, 800, 400);
        ChartFiles.image(chart);
        String words = ChartHover.percentagePoints(FRENCH).at(chart, (int) chart.getScreenXFromChart(1.5), 200).orElseThrow();
        org.perenne.model.FigureFormat format = org.perenne.model.FigureFormat.of(Locale.FRENCH);
        assertTrue(words.startsWith("Année 2\n"), words);
        assertTrue(words.contains(format.percent(indicators.yearly().get(1).grantDependency().orElse(0))), words);
    }

    /** A group estimate: a thin triangle per participant (one named in the legend) and the pooled curve, their mean. */
    @Test
    void theGroupEstimateDrawsEachParticipantsTriangleAndTheirAverage() {
        double[] low = { 0.1, 0.2, 0.15 }, likely = { 0.25, 0.3, 0.2 }, high = { 0.4, 0.5, 0.6 };
        org.knowm.xchart.XYChart chart = GroupEstimateChart.create(low, likely, high, "Occupation", FRENCH, 600, 300);
        assertEquals(4, chart.getSeriesMap().size(), "three participants and the group");
        org.knowm.xchart.XYSeries pooled = chart.getSeriesMap().get(FRENCH.get("group.pooled", 3));
        double[] x = pooled.getXData(), y = pooled.getYData();
        for (int i = 0; i < x.length; i++) {
            double mean = 0;
            for (int p = 0; p < 3; p++) {
                mean += org.perenne.simulation.GroupEstimate.density(x[i], low[p], likely[p], high[p]) / 3;
            }
            assertEquals(mean, y[i], 1e-12, "the pooled curve is the participants' average at " + x[i]);
        }
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        assertEquals(1, area, 0.01, "a density: its area is 1");
        assertEquals(2, chart.getSeriesMap().values().stream().filter(series -> series.isShowInLegend()).count(),
                "one participant and the group in the legend");
        ChartFiles.image(chart);
    }
}
