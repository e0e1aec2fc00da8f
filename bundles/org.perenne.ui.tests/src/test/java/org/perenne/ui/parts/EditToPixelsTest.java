/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perenne.model.MembershipTier;
import org.perenne.model.PerennePackage.Literals;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.handlers.WorkshopHandler;

/**
 * What people wait for is pixels: from an edit (a field of the details, a slider of the workshop) to the dashboard's
 * tiles and charts drawn on the screen with the new figures, in the window the model lays out at 1280×800. Measured
 * over 30 edits each: the quick estimate's median and worst, and the time until the 10,000-path figures are drawn.
 * The figures are printed (a machine's speed is not a test's verdict); the test checks that every edit is drawn.
 */
class EditToPixelsTest {

    private static final int EDITS = 30;
    private DesktopTestBench bench;

    @AfterEach
    void close() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void everyEditIsDrawnAndTheTimesArePrinted() throws Exception {
        bench = new DesktopTestBench(1280, 800, Locale.FRENCH);
        ModelWindow window = new ModelWindow(bench, Locale.FRENCH);
        CanvasDocument document = bench.openSample();
        bench.open();
        DashboardPart dashboard = window.part(DashboardPart.class);
        bench.waitFor(() -> dashboard.shown() != null && dashboard.shown().isFinal() && drawn(dashboard, 1),
                Duration.ofSeconds(60), "the first figures");
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");
        double fee = resident.getMonthlyFee();
        Times field = measure(dashboard, edit -> document.execute(SetCommand.create(document.editingDomain(), resident,
                Literals.MEMBERSHIP_TIER__MONTHLY_FEE, fee + 5 * (edit % 7 + 1))));

        WorkshopHandler workshop = org.eclipse.e4.core.contexts.ContextInjectionFactory.make(WorkshopHandler.class, bench.context());
        bench.provide(Shell.class, bench.shell);
        org.eclipse.e4.core.contexts.ContextInjectionFactory.invoke(workshop, org.eclipse.e4.core.di.annotations.Execute.class,
                bench.context());
        bench.shell.setSize(1280, 800);
        window.sync();
        bench.waitFor(() -> dashboard.shown().isFinal() && drawn(dashboard, 1), Duration.ofSeconds(60),
                "the workshop's figures");
        // each move goes somewhere else than where the slider stands (a move to the same place changes nothing)
        Times slider = measure(dashboard, edit -> {
            int target = 10 + edit % 9;
            dashboard.sliders().moveTo(0, target == dashboard.sliders().position(0) ? target + 1 : target);
        });

        String report = "Edit to pixels at 1280×800, " + EDITS + " edits each, " + Runtime.getRuntime().availableProcessors()
                + " processors:\n  field edit   " + field + "\n  slider move  " + slider;
        System.out.println(report);
        Platform.getLog(EditToPixelsTest.class).info(report);
    }

    /** The times of a series of edits, in milliseconds. */
    private record Times(List<Double> quick, List<Double> full) {
        static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "quick figures drawn: median %.0f ms, worst %.0f ms; 10,000 paths drawn: median %.0f ms, worst %.0f ms",
                    median(quick), quick.stream().mapToDouble(Double::doubleValue).max().orElse(0), median(full),
                    full.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }

    /** Makes each edit, then runs the event loop until its figures are drawn: first the quick ones, then the final. */
    private Times measure(DashboardPart dashboard, IntConsumer edit) {
        List<Double> quick = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            DashboardPart.Figures before = dashboard.shown();
            String tile = dashboard.minimumCashText();
            long start = System.nanoTime();
            edit.accept(i);
            long quickAt = 0;
            while (true) {
                long shownAt = dashboard.shownAt();
                ChartCanvas fan = dashboard.charts().get(0); // the cash's fan is the figures shown, when it is in sight
                if (shownAt > start && dashboard.shown() != before && drawn(dashboard, start)
                        && (!onScreen(fan) || fan.drawnAt() >= shownAt)) {
                    long at = latest(dashboard);
                    if (quickAt == 0) {
                        quickAt = at;
                    }
                    if (dashboard.shown().isFinal()) {
                        full.add((at - start) / 1e6);
                        break;
                    }
                }
                if (System.nanoTime() - start > 60_000_000_000L) {
                    throw new AssertionError("edit " + i + " was not drawn within a minute");
                }
                if (!bench.display.readAndDispatch()) {
                    bench.display.timerExec(100, () -> { }); // wakes the loop to look at the clock
                    bench.display.sleep();
                }
            }
            quick.add((quickAt - start) / 1e6);
            assertNotEquals(tile, dashboard.minimumCashText(), "the tile shows the new figure"); // each edit changes the fee
        }
        assertTrue(quick.size() == EDITS && full.size() == EDITS);
        return new Times(quick, full);
    }

    /** Whether every chart the dashboard shows on the screen has been drawn since {@code since}. */
    private static boolean drawn(DashboardPart dashboard, long since) {
        return dashboard.charts().stream().filter(EditToPixelsTest::onScreen).allMatch(chart -> chart.drawnAt() >= since);
    }

    private static long latest(DashboardPart dashboard) {
        return dashboard.charts().stream().filter(EditToPixelsTest::onScreen).mapToLong(ChartCanvas::drawnAt).max()
                .orElse(dashboard.shownAt());
    }

    /** A chart with something to draw and a part of it in sight: a chart scrolled below the fold is never painted. */
    private static boolean onScreen(ChartCanvas chart) {
        Control control = chart.control();
        if (!control.isVisible() || !chart.hasChart()) {
            return false;
        }
        Rectangle size = control.getBounds();
        Rectangle seen = control.getDisplay().map(control, null, new Rectangle(0, 0, size.width, size.height));
        for (Composite parent = control.getParent(); parent != null && !seen.isEmpty(); parent = parent.getParent()) {
            seen = seen.intersection(control.getDisplay().map(parent, null, parent.getClientArea()));
        }
        return !seen.isEmpty();
    }
}
