/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.perenne.model.Canvas;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportTables;
import org.perenne.report.ReportText;
import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The figures as tables, the same as the report's and the CSV files' (one rounded table): the monthly
 * cash, the yearly income statement, the yearly indicators, the dependency by funder, the timeline of
 * each grant or the impact next to its targets, recomputed after every change.
 */
public final class TablesPart {

    /** The tables a user can choose, in the order of the choice. */
    private static final List<String> TABLES = List.of("cashflow", "income-statement", "indicators", "funders", "grants",
            "impact", "plan-vs-actual", "plan-vs-actual-yearly", "unmapped");
    /** The tables of the actual accounts, empty until the accounts are imported. */
    private static final List<String> ACTUALS = List.of("plan-vs-actual", "plan-vs-actual-yearly", "unmapped");

    @Inject
    private CanvasSession session;

    private Composite parent;
    private Combo choice;
    private Label status;
    private Table table;
    private CanvasSession.Listener listener;
    private final ReportText text = new ReportText(Messages.locale());

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText(Messages.get("tables.choose"));
        choice = new Combo(parent, SWT.READ_ONLY);
        TABLES.forEach(name -> choice.add(text.get("table." + name)));
        choice.select(0);
        choice.addListener(SWT.Selection, event -> refresh());
        status = new Label(parent, SWT.WRAP);
        GridData statusLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        statusLayout.widthHint = 300;
        status.setLayoutData(statusLayout);
        table = Tables.table(parent, new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
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
            String chosen = TABLES.get(Math.max(0, choice.getSelectionIndex()));
            if (ACTUALS.contains(chosen) && document.canvas().getActuals() == null) {
                status.setText(Messages.get("tables.noActuals"));
                table.removeAll();
                return;
            }
            status.setText(Messages.get(ACTUALS.contains(chosen) ? "tables.actuals" : "tables.explained"));
            Tables.show(table, shown(KeyFigures.of(document.canvas(), null, 0, KeyFigures.DEFAULT_SEED, 1,
                    MonteCarlo.Progress.NONE)), text);
        } catch (AmountTooLargeException e) {
            status.setText(Messages.get("dashboard.tooLarge"));
            table.removeAll();
        } finally {
            parent.layout(true, true);
        }
    }

    private ReportTable shown(KeyFigures figures) {
        return switch (TABLES.get(Math.max(0, choice.getSelectionIndex()))) {
            case "income-statement" -> ReportTables.incomeStatement(figures.projection());
            case "indicators" -> ReportTables.indicators(figures.indicators());
            case "funders" -> ReportTables.funders(figures.indicators());
            case "grants" -> ReportTables.grants(figures.projection());
            case "impact" -> ReportTables.impact(session.document().orElseThrow().canvas(), figures.indicators(), text);
            case "plan-vs-actual" -> ReportTables.planVersusActual(actuals(figures));
            case "plan-vs-actual-yearly" -> ReportTables.planVersusActualByYear(actuals(figures));
            case "unmapped" -> ReportTables.unmapped(actuals(figures));
            default -> ReportTables.cashflow(figures.projection());
        };
    }

    private PlanVersusActual actuals(KeyFigures figures) {
        Canvas canvas = session.document().orElseThrow().canvas();
        return new PlanVersusActual(canvas, figures.projection(), new AccountChart(canvas));
    }

    /** The table shown (tests). */
    Table table() {
        return table;
    }

    /**
     * Chooses a table as a user would (tests): 0 monthly cash, 1 income statement, 2 indicators, 3 funders, 4 grants,
     * 5 impact, 6 and 7 plan versus actual by month and by year, 8 accounts mapped to no line.
     */
    void choose(int index) {
        choice.select(index);
        refresh();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
