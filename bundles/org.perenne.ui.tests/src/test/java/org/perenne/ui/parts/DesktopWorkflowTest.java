/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.Grant;
import org.perenne.model.MembershipTier;
import org.perenne.model.OverrideMode;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage.Literals;
import org.perenne.model.RoomRental;
import org.perenne.model.Scenario;
import org.perenne.model.ScenarioOverride;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.edit.Levers;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.solver.TimetableMapping;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.Output;
import org.perenne.simulation.Projection;
import org.perenne.simulation.Scenarios;
import org.perenne.simulation.Sensitivity;
import org.perenne.simulation.SolveFor;
import org.perenne.simulation.UncertainAssumption;
import org.perenne.optimisation.timetable.solver.TimetableSolver;
import org.perenne.ui.Messages;
import org.perenne.ui.RecoveryFile;

/**
 * What a user does in the desktop application, with the real parts in a plain SWT window under Xvfb:
 * open a sample, edit a fee and see the figures change, undo; create and compare scenarios; run the
 * timetable and apply it; workshop sliders; switch language; recovery after a crash.
 */
class DesktopWorkflowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The figures shown add up lines rounded to the cent month by month; an unrounded sum may drift by some cents. */
    private static final double ROUNDING = 1.0;
    private DesktopTestBench bench;

    @AfterEach
    void close() {
        Messages.use(Locale.FRENCH);
        if (bench != null) {
            bench.close();
        }
    }

    /** The canvas and its details on the left, the dashboard on the right: the main window's layout. */
    private record Window(CanvasCardsPart cards, DetailsPart details, DashboardPart dashboard, SashForm sides,
            Composite detailsArea) {

        /** What the workshop mode handler does to the window: details put away, the dashboard wider. */
        void workshopLayout() {
            detailsArea.setVisible(false);
            sides.setWeights(48, 52);
        }
    }

    private Window mainWindow() {
        return mainWindow(Locale.FRENCH);
    }

    private Window mainWindow(Locale language) {
        bench = new DesktopTestBench(1400, 860, language);
        SashForm sides = new SashForm(bench.shell, SWT.HORIZONTAL);
        SashForm left = new SashForm(sides, SWT.VERTICAL);
        CanvasCardsPart cards = bench.part(CanvasCardsPart.class, new Composite(left, SWT.NONE));
        Composite detailsArea = new Composite(left, SWT.NONE);
        DetailsPart details = bench.part(DetailsPart.class, detailsArea);
        left.setWeights(64, 36);
        DashboardPart dashboard = bench.part(DashboardPart.class, new Composite(sides, SWT.NONE));
        sides.setWeights(57, 43);
        return new Window(cards, details, dashboard, sides, detailsArea);
    }

    /** The risk of running out of cash as the command line and the report give it (default seed and paths). */
    private static double riskOf(Canvas canvas, Scenario scenario) {
        return KeyFigures.of(canvas, scenario, KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED, 1, MonteCarlo.Progress.NONE)
                .monteCarlo().orElseThrow().probabilityCashNegative();
    }

    /** The lowest cash worked out here, unrounded: the figures shown are rounded to the cent (docs/model-reference.md, "Rounding"). */
    private static double minimumCashOf(Canvas canvas) {
        return new Indicators(new CashFlowEngine(CanvasCompiler.compile(canvas)).project(), CanvasCompiler.compile(canvas))
                .minimumCash();
    }

    private void click(Table table, int row) {
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
        bench.settle();
    }

    @Test
    void theTablesShowTheRoundedFiguresOfTheReportAndFollowAnEdit() throws Exception {
        bench = new DesktopTestBench(1280, 800, Locale.FRENCH);
        TablesPart tables = bench.part(TablesPart.class, new Composite(bench.shell, SWT.NONE));
        CanvasDocument document = bench.openSample();
        bench.open();
        KeyFigures figures = KeyFigures.of(document.canvas(), null, 0, KeyFigures.DEFAULT_SEED, 1, MonteCarlo.Progress.NONE);
        Table table = tables.table();
        assertEquals(figures.projection().months(), table.getItemCount(), "one row a month");
        org.perenne.report.ReportText text = new org.perenne.report.ReportText(Locale.FRENCH);
        org.perenne.report.ReportTable cash = org.perenne.report.ReportTables.cashflow(figures.projection());
        int closing = cash.columns().size() - 1;
        Object[] last = cash.rows().get(cash.rows().size() - 1);
        assertEquals(text.cell(cash.columns().get(closing).kind(), last[closing]), table.getItem(table.getItemCount() - 1).getText(closing));
        assertEquals(Math.round(figures.cashAtEnd() * 100), (long) (Long) last[closing], "the report's table, to the cent");
        assertEquals("Trésorerie en fin de mois", table.getColumn(closing).getText());
        tables.choose(1);
        assertEquals(figures.projection().years(), table.getItemCount(), "one row a year");
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");
        String before = table.getItem(0).getText(table.getColumnCount() - 1);
        document.execute(org.eclipse.emf.edit.command.SetCommand.create(document.editingDomain(), resident,
                Literals.MEMBERSHIP_TIER__MONTHLY_FEE, 100.0));
        bench.settle();
        assertNotEquals(before, table.getItem(0).getText(table.getColumnCount() - 1), "the year's result follows the edit");
        tables.choose(0);
        bench.screenshot("perenne-tableaux");
    }

    /** Imports monthly accounts (mois;ligne;montant) into the canvas as File › Import does, months replaced if asked. */
    private void importMonths(CanvasDocument document, java.nio.file.Path folder, String months) throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(folder.resolve("mois.csv"), months, java.nio.charset.StandardCharsets.UTF_8);
        org.perenne.ui.handlers.ImportAccountsHandler.importInto(document, csv, answer -> true);
        bench.settle();
    }

    @Test
    void theTablesShowPlanVersusActualOnceTheAccountsAreImported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        bench = new DesktopTestBench(1280, 800, Locale.FRENCH);
        TablesPart tables = bench.part(TablesPart.class, new Composite(bench.shell, SWT.NONE));
        CanvasDocument document = bench.openSample();
        bench.open();
        tables.choose(6);
        assertEquals(0, tables.table().getItemCount(), "no accounts yet: the view says how to import them");
        importMonths(document, folder, "mois;ligne;montant\n2027-01;staff;7000\n2027-01;rent;2400\n2027-01;cash;20000\n");
        Table table = tables.table();
        assertTrue(table.getItemCount() >= 2, "the month's lines planned and actual");
        List<String> lines = new java.util.ArrayList<>();
        for (int r = 0; r < table.getItemCount(); r++) {
            lines.add(table.getItem(r).getText(1));
        }
        assertTrue(lines.contains("Salaires et charges") && lines.contains("Loyer"), "lines by their names, not their keys: " + lines);
        assertEquals("Réalisé", table.getColumn(3).getText());
        bench.screenshot("perenne-prevu-realise");
    }

    @Test
    void thePlanAndActualViewDrawsWhereRealityFellAndWhereItHeads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        bench = new DesktopTestBench(1280, 800, Locale.FRENCH);
        ActualsPart actuals = bench.part(ActualsPart.class, new Composite(bench.shell, SWT.NONE));
        CanvasDocument document = bench.openSample();
        bench.open();
        assertTrue(actuals.status().contains("importez le FEC"), "no accounts yet: " + actuals.status());
        StringBuilder months = new StringBuilder("mois;ligne;montant\n");
        for (int m = 1; m <= 6; m++) {
            months.append("2027-0").append(m).append(";staff;7000\n2027-0").append(m).append(";rent;2400\n2027-0").append(m)
                    .append(";cash;").append(20000 - 1500 * m).append('\n');
        }
        importMonths(document, folder, months.toString());
        assertTrue(actuals.status().startsWith("Comptes réels de janv. 2027 à juin 2027"), actuals.status());
        assertTrue(actuals.status().contains("Trésorerie réelle de juin 2027\u00a0: 11\u202f000\u00a0€"), actuals.status());
        assertTrue(actuals.table().getItemCount() > 5, "each line of the year, planned and actual");
        // then the plan's fan and the re-forecast's risk, with the paths and seed of every key figure
        bench.waitFor(() -> actuals.status().contains("Risque de manquer de trésorerie dans les mois à venir"), WAIT,
                "the re-forecast's Monte Carlo");
        org.perenne.model.Canvas canvas = document.canvas();
        org.perenne.simulation.KeyFigures.Prepared prepared = org.perenne.simulation.KeyFigures.prepare(canvas);
        var plan = new org.perenne.simulation.actuals.PlanVersusActual(canvas, prepared.compute(0, 1, 1,
                org.perenne.simulation.MonteCarlo.Progress.NONE).projection(), new org.perenne.simulation.actuals.AccountChart(canvas));
        var risk = org.perenne.simulation.actuals.Reforecast.of(prepared, plan, 10_000, 1, 2, false,
                org.perenne.simulation.MonteCarlo.Progress.NONE).orElseThrow().risk().orElseThrow();
        String expected = "à venir : " + org.perenne.ui.Messages.percent(risk.probabilityCashNegative()) + " (± ";
        assertTrue(actuals.status().contains(expected) && actuals.status().contains("10 000 tirages"),
                "the risk a headless re-forecast of 10,000 paths gives (" + expected + "): " + actuals.status());
        bench.screenshot("perenne-prevu-realise-vue");
    }

    @Test
    void aNewCanvasShowsNoHeadlineAndSaysWhatToAdd() throws Exception {
        Window window = mainWindow();
        CanvasDocument document = CanvasDocument.create(
                org.perenne.model.templates.CanvasTemplates.empty("Nouveau lieu", java.time.YearMonth.of(2027, 1), 3),
                Locale.FRENCH);
        bench.session.show(document);
        bench.open();
        bench.waitFor(() -> window.dashboard().shown() != null, WAIT, "the dashboard's figures");
        assertEquals("—", window.dashboard().minimumCashText(), "no lowest cash for a canvas with nothing in it");
        String status = window.dashboard().statusText();
        assertTrue(status.contains("Manque\u00a0: aucune recette") && status.contains("Manque\u00a0: aucune charge"), status);
        bench.screenshot("perenne-nouveau-canevas");
    }

    /**
     * Sample 1's figures follow two common drivers: the risk tile says the risk with independent figures beside the
     * risk with the drivers. A workshop's views of the meeting room's occupancy become a group estimate in one undoable
     * edit; its details draw each participant's triangle and the group's curve, and the risk follows.
     */
    @Test
    void theDriversRiskAndAGroupEstimateDrawnWithEachView() throws Exception {
        Window window = mainWindow();
        CanvasDocument document = bench.openSample();
        bench.open();
        bench.waitFor(() -> window.dashboard().shown() != null && window.dashboard().shown().isFinal(), WAIT,
                "the dashboard's final figures");
        String detail = window.dashboard().tileDetail(org.perenne.simulation.KeyFigureRows.Figure.RISK);
        assertTrue(detail.matches("(?s).*Avec des chiffres indépendants.: [0-9,]+.%.; avec les facteurs communs.: [0-9,]+.%\\..*"),
                detail);

        org.perenne.model.Uncertainty occupancy = (org.perenne.model.Uncertainty) document.canvas().eResource()
                .getEObject("unc-occupation");
        org.perenne.model.Distribution law = occupancy.getDistribution();
        org.eclipse.emf.common.command.CompoundCommand views = new org.eclipse.emf.common.command.CompoundCommand();
        views.append(org.eclipse.emf.edit.command.SetCommand.create(document.editingDomain(), law,
                org.perenne.model.PerennePackage.Literals.DISTRIBUTION__KIND, org.perenne.model.DistributionKind.GROUP_ESTIMATE));
        for (double[] view : new double[][] { { 0.1, 0.25, 0.4 }, { 0.2, 0.3, 0.5 }, { 0.05, 0.15, 0.3 } }) {
            org.perenne.model.Estimate estimate = org.perenne.model.PerenneFactory.eINSTANCE.createEstimate();
            estimate.setLow(view[0]);
            estimate.setLikely(view[1]);
            estimate.setHigh(view[2]);
            views.append(org.eclipse.emf.edit.command.AddCommand.create(document.editingDomain(), law,
                    org.perenne.model.PerennePackage.Literals.DISTRIBUTION__ESTIMATES, estimate));
        }
        DashboardPart.Figures before = window.dashboard().shown();
        document.execute(views);
        assertTrue(document.validate().getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR, "three views are a valid law");
        bench.session.select(law);
        bench.settle();
        ChartCanvas chart = window.details().groupEstimateChart();
        assertTrue(chart != null && chart.hasChart(), "the views drawn under the law's details");
        bench.waitFor(() -> window.dashboard().shown() != before && window.dashboard().shown().isFinal(), WAIT,
                "the figures with the group's law");
        for (Composite area = chart.control().getParent(); area != null; area = area.getParent()) {
            if (area instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                scrolled.showControl(chart.control()); // the drawing in sight, as a user scrolls to it
                break;
            }
        }
        bench.settle();
        bench.screenshot("perenne-estimation-groupe");
        document.undo();
        assertEquals(org.perenne.model.DistributionKind.PERT, law.getKind(), "one undo takes the views back");
        assertTrue(law.getEstimates().isEmpty());
    }

    @Test
    void editAFeeInTheCanvasTheDashboardFollowsAndUndoRestoresIt() throws Exception {
        Window window = mainWindow();
        CanvasDocument document = bench.openSample();
        bench.open();
        bench.waitFor(() -> window.dashboard().shown() != null, WAIT, "the dashboard's first figures");
        bench.waitFor(() -> window.dashboard().shown().isFinal(), WAIT, "the dashboard's final figures");
        DashboardPart.Figures before = window.dashboard().shown();
        String shownBefore = window.dashboard().minimumCashText();
        assertEquals(minimumCashOf(document.canvas()), before.indicators().minimumCash(), ROUNDING);
        // the risk shown is the one every other output gives for this canvas (same seed, same paths)
        assertEquals(riskOf(document.canvas(), null), before.fan().probabilityCashNegative(), 0);

        Table offers = window.cards().itemsOf("offers");
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");
        int row = -1;
        for (int i = 0; i < offers.getItemCount(); i++) {
            if (offers.getItem(i).getText().equals(resident.getName())) {
                row = i;
            }
        }
        click(offers, row);
        assertEquals(Optional.of(resident), bench.session.selection(), "the card selects the tier");
        Text fee = window.details().textField("monthlyFee");
        assertEquals("220", fee.getText());
        bench.screenshot("perenne-canevas");

        fee.setText("120,5");
        fee.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(120.5, resident.getMonthlyFee(), "typed with a decimal comma, as in French");
        bench.waitFor(() -> window.dashboard().shown() != before, WAIT, "the figures after the edit");
        assertEquals(minimumCashOf(document.canvas()), window.dashboard().shown().indicators().minimumCash(), ROUNDING);
        assertTrue(window.dashboard().shown().indicators().minimumCash() < before.indicators().minimumCash(),
                "a lower fee leaves less cash");
        assertNotEquals(shownBefore, window.dashboard().minimumCashText());

        DashboardPart.Figures edited = window.dashboard().shown();
        document.undo();
        bench.waitFor(() -> window.dashboard().shown() != edited, WAIT, "the figures after undo");
        assertEquals(220.0, resident.getMonthlyFee());
        assertEquals(shownBefore, window.dashboard().minimumCashText(), "undo brings the lowest cash back");
        assertEquals("220", window.details().textField("monthlyFee").getText());

        // a value that is not a number stays typed, marked; a value the canvas refuses is said under its field
        Text typed = window.details().textField("monthlyFee");
        typed.setText("deux cents");
        typed.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(220.0, resident.getMonthlyFee(), "nothing changed");
        assertEquals(new org.eclipse.swt.graphics.RGB(0xFF, 0xE3, 0xE0), typed.getBackground().getRGB(), "the field is tinted");
        assertTrue(window.details().statusText().contains("deux cents"), window.details().statusText());
        typed.setText("-50");
        typed.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(-50.0, resident.getMonthlyFee());
        bench.settle();
        String said = window.details().problemOf("monthlyFee");
        assertTrue(said.startsWith("⚠ ") && said.contains("50") && said.contains("négative"), "the problem in words under the field: " + said);
        assertEquals("", window.details().problemOf("joiningFee"), "only the field concerned");
        bench.screenshot("perenne-champ-invalide");
        document.undo();
        bench.settle();
        assertEquals("", window.details().problemOf("monthlyFee"), "undo clears the problem");
    }

    @Test
    void addRemoveAndReorderItemsInACard() {
        Window window = mainWindow();
        CanvasDocument document = bench.openSample();
        bench.open();
        Table rooms = window.cards().itemsOf("spaces");
        int count = rooms.getItemCount();
        String first = rooms.getItem(0).getText();
        click(rooms, 0);
        ItemCommands.move(document, bench.session.selection().orElseThrow(), 1);
        bench.settle();
        assertEquals(first, rooms.getItem(1).getText(), "moved down one place");
        ItemCommands.remove(document, document.canvas().getSpaces().getRooms().get(1));
        bench.settle();
        assertEquals(count - 1, rooms.getItemCount());
        document.undo();
        document.undo();
        bench.settle();
        assertEquals(count, rooms.getItemCount());
        assertEquals(first, rooms.getItem(0).getText(), "undo puts the room back in its place");
    }

    @Test
    void createTwoScenariosAndCompareThem() throws Exception {
        bench = new DesktopTestBench(1000, 860);
        ScenariosPart scenarios = bench.part(ScenariosPart.class, new Composite(bench.shell, SWT.NONE));
        CanvasDocument document = bench.openSample();
        bench.open();
        int existing = document.canvas().getScenarios().size();
        scenarios.newScenario();
        scenarios.newScenario();
        assertEquals(existing + 2, document.canvas().getScenarios().size());
        Scenario lowFee = document.canvas().getScenarios().get(existing);
        Scenario lateGrant = document.canvas().getScenarios().get(existing + 1);
        assertEquals("Scénario " + (existing + 1), lowFee.getName());
        scenarios.addChange(document, lowFee, change(document.canvas().eResource().getEObject("tier-resident"), "monthlyFee",
                OverrideMode.MULTIPLY, 0.8));
        scenarios.addChange(document, lateGrant, change(document.canvas().getFunding().getGrants().get(0),
                "balanceDelayMonths", OverrideMode.SET, 12));
        bench.settle();
        scenarios.tick(lowFee, true);
        scenarios.tick(lateGrant, true);
        scenarios.compare();
        bench.waitFor(() -> scenarios.compared().size() == 3, WAIT, "the comparison");

        List<ScenariosPart.Compared> compared = scenarios.compared();
        assertEquals(List.of("Canevas actuel", lowFee.getName(), lateGrant.getName()),
                compared.stream().map(ScenariosPart.Compared::name).toList());
        assertEquals(minimumCashOf(document.canvas()), compared.get(0).figures().lowestCash(), ROUNDING);
        assertEquals(minimumCashOf(Scenarios.apply(document.canvas(), lowFee)), compared.get(1).figures().lowestCash(), ROUNDING);
        assertEquals(minimumCashOf(Scenarios.apply(document.canvas(), lateGrant)), compared.get(2).figures().lowestCash(),
                ROUNDING);
        assertTrue(compared.get(1).figures().lowestCash() < compared.get(0).figures().lowestCash());
        assertEquals(riskOf(document.canvas(), null), compared.get(0).risk().probabilityCashNegative(), 0);
        assertEquals(riskOf(document.canvas(), lowFee), compared.get(1).risk().probabilityCashNegative(), 0);
        Table table = scenarios.comparisonTable();
        assertEquals(4, table.getColumnCount(), "the figure, then the canvas and the two scenarios");
        assertEquals("Trésorerie la plus basse", table.getItem(0).getText(0));
        bench.screenshot("perenne-scenarios");
        document.undo();
        assertEquals(0, lateGrant.getOverrides().size(), "adding a change is undone like any edit");
    }

    @Test
    void theTornadoAndTheMinimumGrantFoundAndApplied() throws Exception {
        bench = new DesktopTestBench(1000, 860);
        SensitivityPart sensitivity = bench.part(SensitivityPart.class, new Composite(bench.shell, SWT.NONE));
        CanvasDocument document = bench.openSample();
        bench.open();
        bench.waitFor(() -> sensitivity.tornado() != null, WAIT, "the tornado, computed when the view opens");
        CompiledCanvas compiled = CanvasCompiler.compile(document.canvas());
        Sensitivity.Tornado expected = Sensitivity.of(compiled, UncertainAssumption.of(document.canvas(), compiled),
                Output.LOWEST_CASH);
        assertEquals(expected.bars(), sensitivity.tornado().bars(), "the bars of the engine, widest first");
        assertFalse(expected.bars().isEmpty());
        // hovering the top bar's lower half gives the widest assumption at its low value and the lowest cash then
        bench.waitFor(() -> sensitivity.tornadoChart().painted() != null, WAIT, "the tornado drawn");
        var painted = sensitivity.tornadoChart().painted();
        Sensitivity.Bar widest = expected.bars().get(0);
        int rows = org.perenne.charts.TornadoChart.bars(expected, painted.getHeight()).size(); // as many as the height holds
        int x = (int) painted.getScreenXFromChart((widest.outputAtLow() - expected.base()) / 2);
        int y = (int) painted.getScreenYFromChart(rows - 0.1);
        String words = sensitivity.tornadoChart().wordsAt(x, y).orElse("");
        // sample 1's widest bar is a common driver's: its residents and its room follow « Demande locale » together
        assertTrue(widest.driver(), widest.assumption());
        assertEquals("Facteur commun «\u00a0" + widest.assumption() + "\u00a0» à sa valeur basse → Trésorerie la plus basse\u00a0: "
                + org.perenne.model.FigureFormat.of(Locale.FRENCH).euros(widest.outputAtLow()) + " ("
                + org.perenne.model.FigureFormat.of(Locale.FRENCH).euros(widest.outputAtLow() - expected.base())
                + " par rapport à la base)", words);
        assertEquals(java.util.Optional.empty(), sensitivity.tornadoChart().wordsAt(x, (int) painted.getScreenYFromChart(rows + 0.5)),
                "nothing between the bars");

        Grant grant = (Grant) document.canvas().eResource().getEObject("sub-ville");
        List<Double> before = List.copyOf(grant.getCommittedAmounts());
        SolveForForm solveFor = sensitivity.solveFor();
        assertEquals(new AssumptionPicker.Choice(Levers.mainGrant(document.canvas()).orElseThrow(), Literals.GRANT__COMMITTED_AMOUNTS, -1),
                solveFor.choice(), "the search starts on the main grant's yearly amounts");
        solveFor.choose(grant, Literals.GRANT__COMMITTED_AMOUNTS, SolveForForm.Goal.RISK, "5", "0", "60 000");
        solveFor.solve();
        bench.waitFor(() -> !solveFor.answer().equals(Messages.get("solve.searching")), WAIT,
                "the value found");
        assertTrue(solveFor.found() != null, solveFor.answer());
        SolveFor.Solution solution = solveFor.found().solution();
        assertTrue(solution.value() > 0 && solution.value() < 60_000, "found " + solution.value());
        assertEquals(Math.round(solution.value() * 100) / 100.0, solution.value(), 1e-9, "a value in cents");
        assertTrue(solution.achieved() <= 0.05, "risk " + solution.achieved());
        assertTrue(solveFor.answer().startsWith("Valeur trouvée"), solveFor.answer());
        assertTrue(solveFor.answer().matches("Valeur trouvée[\u00a0 ]: [0-9\u202f\u00a0,]+\u00a0€\\..*"),
                "the value found in euros: " + solveFor.answer());
        bench.screenshot("perenne-sensibilite");

        solveFor.applyFound();
        assertTrue(grant.getCommittedAmounts().stream().allMatch(amount -> amount == solution.value()),
                "every committed year now " + solution.value() + ": " + grant.getCommittedAmounts());
        CompiledCanvas applied = CanvasCompiler.compile(document.canvas());
        double risk = new MonteCarlo(applied, UncertainAssumption.of(document.canvas(), applied))
                .run(KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED, 2, MonteCarlo.Progress.NONE).probabilityCashNegative();
        assertEquals(solution.achieved(), risk, 1e-12, "the canvas as applied gives the risk announced");
        document.undo();
        assertEquals(before, grant.getCommittedAmounts(), "one undo takes the whole value back");
    }

    private static ScenarioOverride change(org.eclipse.emf.ecore.EObject target, String attribute, OverrideMode mode,
            double value) {
        ScenarioOverride change = PerenneFactory.eINSTANCE.createScenarioOverride();
        change.setTarget(target);
        change.setAttribute(attribute);
        change.setIndex(-1);
        change.setMode(mode);
        change.setValue(value);
        return change;
    }

    @Test
    void runTheTimetableForAFewSecondsAndApplyIt() throws Exception {
        bench = new DesktopTestBench(1100, 860);
        OptimisationPart optimisation = bench.part(OptimisationPart.class, new Composite(bench.shell, SWT.NONE));
        CanvasDocument document = bench.openSample();
        Canvas before = EcoreUtil.copy(document.canvas());
        bench.open();
        optimisation.choose(true, 3);
        optimisation.start();
        assertTrue(optimisation.isRunning());
        bench.waitFor(() -> !optimisation.isRunning() && optimisation.canApply(), WAIT, "the timetable");
        assertTrue(TimetableSolver.standing(optimisation.timetable()).strictRulesKept());
        // the week grid draws the solved week: each placed activity a block, where timetable.csv puts it (Week.of)
        bench.settle();
        WeekGrid grid = optimisation.weekGrid();
        org.perenne.optimisation.timetable.Week week = org.perenne.optimisation.timetable.Week.of(optimisation.timetable());
        assertEquals(week, grid.week());
        long placed = optimisation.timetable().getActivities().stream().filter(a -> a.isPlaced()).count();
        assertEquals(placed, week.placed().size());
        assertTrue(placed > 0, "something placed");
        for (org.perenne.optimisation.timetable.Week.Block block : week.placed()) {
            org.eclipse.swt.graphics.Point middle = grid.middle(block);
            String words = grid.wordsAt(middle.x, middle.y).orElse("");
            assertTrue(words.contains(block.activity()) && words.contains(week.room(block).name()), "hover on " + block + ": " + words);
        }
        org.perenne.optimisation.timetable.Week.Block first = week.placed().get(0);
        org.eclipse.swt.graphics.Image picture = new org.eclipse.swt.graphics.Image(bench.shell.getDisplay(), 1, 1);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(grid.canvas());
        org.eclipse.swt.graphics.Rectangle box = grid.bounds(first);
        gc.copyArea(picture, box.x + box.width - 4, box.y + box.height - 4); // inside the block, away from its words
        gc.dispose();
        org.eclipse.swt.graphics.RGB colour = picture.getImageData().palette.getRGB(picture.getImageData().getPixel(0, 0));
        picture.dispose();
        assertEquals((first.revenue() ? WeekGrid.REVENUE : WeekGrid.SOCIAL).getRGB(), colour, "the block in its kind's colour");
        assertEquals(week.unplaced().size(), grid.unplacedTable().getItemCount(), "every activity left out is listed with why");
        java.nio.file.Path ics = java.nio.file.Files.createTempFile("semaine", ".ics");
        grid.writeCalendar(ics);
        String calendar = java.nio.file.Files.readString(ics);
        assertEquals(week.placed().size(), calendar.split("BEGIN:VEVENT", -1).length - 1, "one weekly event per block of the grid");
        assertTrue(calendar.contains("RRULE:FREQ=WEEKLY") && calendar.contains("TZID=Europe/Paris"), calendar);
        java.nio.file.Files.delete(ics);
        // and to print: a page per room, then those left out (kept beside the screenshots, to look at)
        java.nio.file.Path printed = java.nio.file.Path.of(System.getProperty("perenne.screenshots", "target/screenshots"), "semaine.pdf");
        org.perenne.report.WeekReport.writePdf(week, document.canvas().getName(), printed, new org.perenne.report.ReportText(Locale.FRENCH));
        assertTrue(java.nio.file.Files.size(printed) > 1_000, "the week printed from the application");
        bench.screenshot("perenne-emploi-du-temps");

        TimetableMapping mapping = new TimetableMapping(document.canvas());
        java.util.Map<TimetableRoom, Double> occupancy = mapping.occupancy(optimisation.timetable());
        optimisation.applyToCanvas();
        List<Double> applied = new ArrayList<>();
        for (RoomRental rental : document.canvas().getOffers().getRentals()) {
            applied.add(rental.getOccupancyRate());
        }
        assertFalse(EcoreUtil.equals(before, document.canvas()), "the timetable changed the rentals' occupancy");
        assertTrue(occupancy.values().stream().anyMatch(share -> applied.stream().anyMatch(a -> Math.abs(a - share) < 1e-9)),
                "occupancy " + applied + " comes from the timetable " + occupancy.values());
        document.undo();
        assertTrue(EcoreUtil.equals(before, document.canvas()), "undo restores the canvas");
    }

    @Test
    void workshopSlidersMoveTheFigures() throws Exception {
        Window window = mainWindow();
        CanvasDocument document = bench.openSample();
        bench.open();
        bench.waitFor(() -> window.dashboard().shown() != null, WAIT, "the first figures");
        window.workshopLayout();
        bench.workshop.toggle(bench.shell);
        bench.settle();
        WorkshopSliders sliders = window.dashboard().sliders();
        assertEquals(4, sliders.count(), "fee, occupancy, grant, ramp-up");
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");
        List<Long> nanos = new ArrayList<>();
        for (int position = 30; position <= 60; position++) {
            DashboardPart.Figures shown = window.dashboard().shown();
            sliders.moveTo(0, position);
            bench.waitFor(() -> window.dashboard().shown() != shown, WAIT, "the figures after a slider step");
            nanos.add(window.dashboard().firstFiguresNanos());
        }
        assertEquals(300.0, resident.getMonthlyFee(), "position 60 × 5 €");
        bench.screenshot("perenne-atelier");
        document.undo();
        assertEquals(220.0, resident.getMonthlyFee(), "the whole drag is one step to undo");

        // where the sliders are, kept as a scenario: the scenario holds the settings, the canvas goes back
        org.perenne.model.Grant grant = (org.perenne.model.Grant) document.canvas().eResource().getEObject("sub-ville");
        List<Double> grantBefore = List.copyOf(grant.getCommittedAmounts());
        int scenariosBefore = document.canvas().getScenarios().size();
        sliders.moveTo(0, 50);
        sliders.moveTo(2, 10);
        assertTrue(sliders.anyMoved());
        sliders.keepAsScenario();
        assertEquals(220.0, resident.getMonthlyFee(), "the canvas is back where the sliders started");
        assertEquals(grantBefore, grant.getCommittedAmounts());
        assertFalse(sliders.anyMoved());
        org.perenne.model.Scenario kept = document.canvas().getScenarios().get(scenariosBefore);
        assertEquals(2, kept.getOverrides().size(), kept.getName());
        assertEquals(org.perenne.ui.Messages.get("workshop.scenarioName", scenariosBefore + 1), kept.getName(), "a short name");
        assertTrue(sliders.keptText().contains(kept.getName()) && sliders.keptText().contains("250")
                && sliders.keptText().contains("5\u202f000"), "the room is told what was kept: " + sliders.keptText());
        org.perenne.model.Canvas applied = org.perenne.simulation.Scenarios.apply(document.canvas(), kept);
        assertEquals(250.0, applied.getOffers().getMembershipTiers().stream().filter(t -> "tier-resident".equals(t.getId())).findFirst()
                .orElseThrow().getMonthlyFee());
        assertEquals(5_000.0, applied.getFunding().getGrants().stream().filter(g -> "sub-ville".equals(g.getId())).findFirst()
                .orElseThrow().getCommittedAmounts().get(0), 0.01, "the grant's first year as the slider said, the others scaled alike");
        document.undo();
        assertEquals(scenariosBefore, document.canvas().getScenarios().size(), "one undo takes the scenario back");
        assertEquals(250.0, resident.getMonthlyFee(), "and the sliders' settings");
        bench.workshop.toggle(bench.shell);
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "Edit to figures (compile + projection + %d-path quick Monte Carlo; the final run follows), %d slider steps:"
                + " median %.1f ms, max %.1f ms%n", KeyFigures.QUICK_RUNS, sorted.length, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    @Test
    void switchingTheLanguageSpeaksEnglishAtTheNextStart() {
        DesktopTestBench first = new DesktopTestBench(800, 600);
        try {
            first.session.preferences().setLanguage(Optional.of(Locale.ENGLISH));
        } finally {
            first.close();
        }
        // what CanvasLifeCycle does at start with the preference
        Locale chosen = new org.perenne.ui.DesktopPreferences().language().orElseThrow();
        assertEquals("en", chosen.getLanguage());
        Window window = mainWindow(chosen); // what the lifecycle does: Locale, Messages and the e4 locale
        bench.openSample();
        bench.open();
        bench.waitFor(() -> window.dashboard().shown() != null, WAIT, "the first figures");
        assertTrue(Arrays.stream(window.dashboard().tileTitles()).anyMatch("Lowest cash"::equals),
                Arrays.toString(window.dashboard().tileTitles()));
        assertEquals("Offers", window.cards().titleOf("offers"));
        new org.perenne.ui.DesktopPreferences().setLanguage(Optional.empty());
        assertTrue(new org.perenne.ui.DesktopPreferences().language().isEmpty(), "back to the system's language");
    }

    @Test
    void unsavedWorkIsOfferedBackAfterACrash(@TempDir Path folder) throws Exception {
        bench = new DesktopTestBench(400, 300);
        CanvasDocument document = bench.openSample();
        RecoveryFile recovery = new RecoveryFile(folder);
        recovery.keep(document);
        assertTrue(recovery.pending().isEmpty(), "nothing unsaved, nothing kept");
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");
        document.execute(org.eclipse.emf.edit.command.SetCommand.create(document.editingDomain(), resident,
                org.perenne.model.PerennePackage.Literals.MEMBERSHIP_TIER__MONTHLY_FEE, 240.0));
        recovery.keep(document);
        RecoveryFile.Pending pending = recovery.pending().orElseThrow();
        assertEquals(null, pending.original(), "a sample opened as a new canvas has no file yet");
        CanvasDocument restored = CanvasDocument.recover(pending.copy(), pending.original(), Locale.FRENCH).document();
        assertTrue(restored.isDirty());
        assertEquals(240.0, ((MembershipTier) restored.canvas().eResource().getEObject("tier-resident")).getMonthlyFee());
        recovery.clear();
        assertTrue(recovery.pending().isEmpty());
    }
}
