/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.perenne.model.AccountMapping;
import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;
import org.perenne.ui.parts.AccountMappingDialog;

/**
 * File › Map the accounts: which line of the plan each imported account goes to, chosen in a list, kept with
 * the canvas as one edit (Ctrl+Z takes it back); plan versus actual follows at once.
 */
public final class MapAccountsHandler {

    @CanExecute
    public boolean canExecute(CanvasSession session) {
        return session.document().map(document -> document.canvas().getActuals() != null).orElse(false);
    }

    @Execute
    public void execute(Shell shell, CanvasSession session) {
        CanvasDocument document = session.document().orElse(null);
        if (document == null || document.canvas().getActuals() == null) {
            return;
        }
        Canvas canvas = document.canvas();
        AccountChart chart = new AccountChart(canvas);
        PlanVersusActual plan = new PlanVersusActual(canvas,
                KeyFigures.of(canvas, null, 0, KeyFigures.DEFAULT_SEED, 1, MonteCarlo.Progress.NONE).projection(), chart);
        Map<String, String> current = new LinkedHashMap<>();
        plan.accounts().forEach(account -> current.put(account.account(), chart.mappingOf(account.account()).orElse(AccountChart.NONE)));
        AccountMappingDialog.open(shell, plan.accounts(), choices(canvas), current)
                .ifPresent(chosen -> apply(document, mappings(canvas, chosen)));
    }

    /** The lines an account may go to: none, each line of the income statement, each funder's subsidies. */
    public static Map<String, String> choices(Canvas canvas) {
        ReportText text = new ReportText(Messages.locale());
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(AccountChart.NONE, Messages.get("mapAccounts.none"));
        for (AccountLine line : AccountLine.values()) {
            choices.put(line.column(), text.title(new ReportTable.Column(line.column(), ReportTable.Kind.MONEY)));
        }
        for (Funder funder : canvas.getPartners().getFunders()) {
            choices.put(AccountChart.FUNDER + funder.getId(), Messages.get("mapAccounts.funder", funder.getName()));
        }
        return choices;
    }

    /**
     * The canvas's mappings after the user's choices: the ones it had, and for each account whose line
     * changed, its own mapping (account → line), which wins over any prefix.
     */
    public static List<AccountMapping> mappings(Canvas canvas, Map<String, String> chosen) {
        AccountChart chart = new AccountChart(canvas);
        List<AccountMapping> mappings = new ArrayList<>(EcoreUtil.copyAll(canvas.getActuals().getMappings()));
        chosen.forEach((account, line) -> {
            if (!chart.mappingOf(account).orElse(AccountChart.NONE).equals(line)) {
                mappings.removeIf(mapping -> mapping.getAccount().equals(account));
                AccountMapping mapping = PerenneFactory.eINSTANCE.createAccountMapping();
                mapping.setAccount(account);
                mapping.setLine(line);
                mappings.add(mapping);
            }
        });
        return mappings;
    }

    /** Sets the canvas's mappings as one command. */
    public static void apply(CanvasDocument document, List<AccountMapping> mappings) {
        document.execute(SetCommand.create(document.editingDomain(), document.canvas().getActuals(),
                PerennePackage.Literals.ACTUAL_ACCOUNTS__MAPPINGS, mappings));
    }
}
