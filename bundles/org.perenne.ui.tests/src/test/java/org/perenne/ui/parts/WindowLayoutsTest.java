/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.charts.ChartText;
import org.perenne.model.Scenario;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.handlers.WorkshopHandler;

/**
 * Every view of the window its model lays out, in three layouts — as it opens, each view maximised, and workshop mode —
 * at 1280×800 (a workshop's projector) and 1920×1080, in French and in English, with sample 1 open and every view
 * given its work (a comparison, a tornado, a timetable, a portfolio): no text cut and every chart and week drawn.
 * At 1280×800 a picture of each view in the opening and the workshop layouts goes to docs/screens.
 */
class WindowLayoutsTest {

    private static final List<Locale> LANGUAGES = java.util.Arrays.stream(System.getProperty("perenne.testLanguages", "fr,en").split(","))
            .map(Locale::forLanguageTag).toList();
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path folder;
    private DesktopTestBench bench;

    @AfterEach
    void close() {
        org.perenne.ui.Messages.use(Locale.FRENCH);
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void projector() throws Exception {
        for (Locale language : LANGUAGES) {
            everyLayout(1280, 800, language);
        }
    }

    @Test
    void fullHd() throws Exception {
        for (Locale language : LANGUAGES) {
            everyLayout(1920, 1080, language);
        }
    }

    private void everyLayout(int width, int height, Locale language) throws Exception {
        bench = new DesktopTestBench(width, height, language);
        ModelWindow window = new ModelWindow(bench, language);
        CanvasDocument document = bench.openSample();
        bench.open();
        giveEveryViewItsWork(window, document);
        String size = width + "×" + height + " " + language.getLanguage();
        boolean pictures = width == 1280;
        ScreenCheck check = new ScreenCheck();
        Runnable settle = () -> bench.runFor(Duration.ofMillis(500));
        for (String id : window.partIds()) {
            window.show(id);
            check.at("as it opens, " + size + ", " + id).checkSettled(bench.shell, settle);
            if (pictures) {
                bench.screenshot("screens/" + language.getLanguage() + "-" + short_(id));
            }
            window.maximise(id);
            check.at("maximised, " + size + ", " + id).checkSettled(bench.shell, settle);
            window.sync();
        }
        // workshop mode as F11 makes it: the handler changes the model, the window follows it
        WorkshopHandler workshop = ContextInjectionFactory.make(WorkshopHandler.class, bench.context());
        bench.provide(Shell.class, bench.shell);
        ContextInjectionFactory.invoke(workshop, Execute.class, bench.context());
        bench.shell.setSize(width, height); // the test's display has no window manager to give the full screen
        window.sync();
        bench.runFor(Duration.ofMillis(300));
        for (String id : window.partIds()) {
            if (!window.tab(id).getParent().isVisible()) {
                continue; // put away in workshop mode (the details)
            }
            window.show(id);
            check.at("workshop, " + size + ", " + id).checkSettled(bench.shell, settle);
            if (pictures) {
                bench.screenshot("screens/" + language.getLanguage() + "-workshop-" + short_(id));
            }
        }
        ContextInjectionFactory.invoke(workshop, Execute.class, bench.context());
        assertTrue(check.texts > 200, "only " + check.texts + " texts were looked at");
        assertTrue(check.charts >= 8, "only " + check.charts + " charts were looked at");
        assertEquals(List.of(), check.cut, check.cut.size() + " texts cut at " + size);
        assertEquals(List.of(), check.undrawn, check.undrawn.size() + " charts not drawn at " + size);
        bench.close();
        bench = null;
    }

    private static String short_(String id) {
        return id.substring(id.lastIndexOf('.') + 1);
    }

    /** What a user does in each view before reading it: scenarios compared, a timetable, a portfolio analysed. */
    private void giveEveryViewItsWork(ModelWindow window, CanvasDocument document) throws Exception {
        DashboardPart dashboard = window.part(DashboardPart.class);
        bench.waitFor(() -> dashboard.shown() != null && dashboard.shown().isFinal(), WAIT, "the dashboard's final figures");
        bench.session.select(document.canvas().eResource().getEObject("tier-resident"));
        ScenariosPart scenarios = window.part(ScenariosPart.class);
        window.show("org.perenne.ui.part.scenarios"); // a view out of sight catches up when shown
        for (Scenario scenario : document.canvas().getScenarios()) {
            scenarios.tick(scenario, true);
        }
        scenarios.compare();
        bench.waitFor(() -> scenarios.compared().size() > 1, WAIT, "the scenarios compared");
        SensitivityPart sensitivity = window.part(SensitivityPart.class);
        window.show("org.perenne.ui.part.sensitivity");
        bench.waitFor(() -> sensitivity.tornado() != null, WAIT, "the tornado");
        OptimisationPart optimisation = window.part(OptimisationPart.class);
        window.show("org.perenne.ui.part.optimisation");
        optimisation.choose(true, 2);
        optimisation.start();
        bench.waitFor(() -> !optimisation.isRunning() && optimisation.timetable() != null, WAIT, "the week's timetable");
        for (String name : List.of("coworking-rural", "fablab", "tiers-lieu-hybride")) {
            Files.copy(DesktopTestBench.SAMPLE.getParent().resolve(name + ".perenne"), folder.resolve(name + ".perenne"));
        }
        PortfolioPart portfolio = window.part(PortfolioPart.class);
        portfolio.analyse(folder, "Ville", 1, "30", "2028", false, 300);
        bench.waitFor(portfolio::idle, WAIT, "the portfolio's analysis");
        window.show("org.perenne.ui.part.dashboard");
    }

    @Test
    void theCheckSeesCutWordsAndChartsSquashedOrLeftBlank() {
        bench = new DesktopTestBench(600, 500, Locale.FRENCH);
        Composite area = new Composite(bench.shell, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Label label = new Label(area, SWT.NONE);
        label.setText("Une étiquette bien trop longue pour la place qu’on lui donne ici");
        label.setLayoutData(new GridData(80, SWT.DEFAULT));
        Button button = new Button(area, SWT.PUSH);
        button.setText("Un bouton trop long");
        button.setLayoutData(new GridData(40, SWT.DEFAULT));
        ChartText text = new ChartText(Locale.FRENCH);
        ChartCanvas squashed = new ChartCanvas(area, "a");
        squashed.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ((GridData) squashed.control().getLayoutData()).heightHint = 20; // a chart given no height
        ChartCanvas blank = new ChartCanvas(area, "b"); // a place for a chart, never given one nor a reason
        blank.control().setLayoutData(new GridData(300, 200));
        ChartCanvas drawn = new ChartCanvas(area, "c");
        drawn.control().setLayoutData(new GridData(300, 200));
        var projection = new org.perenne.simulation.CashFlowEngine(org.perenne.simulation.CanvasCompiler.compile(
                CanvasDocument.openCopy(DesktopTestBench.SAMPLE, Locale.FRENCH).document().canvas())).project();
        squashed.show((w, h) -> org.perenne.charts.IncomeMixChart.create(projection, text, w, h));
        drawn.show((w, h) -> org.perenne.charts.IncomeMixChart.create(projection, text, w, h));
        bench.shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        bench.open();
        ScreenCheck check = new ScreenCheck();
        check.check(area);
        assertEquals(2, check.cut.size(), check.cut.toString());
        assertEquals(2, check.undrawn.size(), check.undrawn.toString());
        assertTrue(check.undrawn.get(0).contains("squashed") && check.undrawn.get(1).contains("left blank"), check.undrawn.toString());
    }
}
