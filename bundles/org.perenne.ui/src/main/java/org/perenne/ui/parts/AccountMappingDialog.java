/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.perenne.model.FigureFormat;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.ui.Messages;

/**
 * Which line of the plan each account of the imported accounts goes to: the accounts with their labels and
 * totals, and for the selected one the line to choose (a line of the income statement, a funder's
 * subsidies, or none). The answer is the line chosen for each account, by its key.
 */
public final class AccountMappingDialog extends WordedDialog<Map<String, String>> {

    private final List<PlanVersusActual.Account> accounts;
    private final Map<String, String> choices;
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private Table table;
    private Combo line;

    private AccountMappingDialog(Shell parent, List<PlanVersusActual.Account> accounts, Map<String, String> choices,
            Map<String, String> current) {
        super(parent, Messages.get("mapAccounts.title"));
        this.accounts = accounts;
        this.choices = choices;
        chosen.putAll(current);
    }

    /**
     * Asks; the line chosen for each account (a key of {@code choices}), or nothing when the user cancels.
     *
     * @param choices the lines offered, key to words, in their order
     * @param current each account's line today
     */
    public static Optional<Map<String, String>> open(Shell parent, List<PlanVersusActual.Account> accounts, Map<String, String> choices,
            Map<String, String> current) {
        return new AccountMappingDialog(parent, accounts, choices, current).ask();
    }

    /** The dialog opened without waiting (tests). */
    static AccountMappingDialog shown(Shell parent, List<PlanVersusActual.Account> accounts, Map<String, String> choices,
            Map<String, String> current) {
        AccountMappingDialog dialog = new AccountMappingDialog(parent, accounts, choices, current);
        dialog.openWithoutWaiting();
        return dialog;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = introducedArea(parent, Messages.get("mapAccounts.explained"), 640);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        layout.heightHint = 14 * table.getItemHeight();
        table.setLayoutData(layout);
        for (String column : List.of("account", "label", "total", "line")) {
            new TableColumn(table, column.equals("total") ? SWT.RIGHT : SWT.LEFT).setText(Messages.get("mapAccounts.column." + column));
        }
        FigureFormat figures = FigureFormat.of(Messages.locale());
        for (PlanVersusActual.Account account : accounts) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] { account.account(), String.valueOf(account.label()), figures.cents(account.total()),
                    choices.get(chosen.get(account.account())) });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        new Label(area, SWT.NONE).setText(Messages.get("mapAccounts.line"));
        line = new Combo(area, SWT.READ_ONLY);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        choices.values().forEach(line::add);
        table.addListener(SWT.Selection, event -> showChoice());
        line.addListener(SWT.Selection, event -> choose(line.getSelectionIndex()));
        if (!accounts.isEmpty()) {
            table.select(0);
            showChoice();
        }
        return area;
    }

    private void showChoice() {
        int row = table.getSelectionIndex();
        if (row >= 0) {
            line.select(List.copyOf(choices.keySet()).indexOf(chosen.get(accounts.get(row).account())));
        }
    }

    /** Sends the selected account to the choice at {@code index} (as a user picks it in the list). */
    void choose(int index) {
        int row = table.getSelectionIndex();
        if (row < 0 || index < 0) {
            return;
        }
        String key = List.copyOf(choices.keySet()).get(index);
        chosen.put(accounts.get(row).account(), key);
        table.getItem(row).setText(3, choices.get(key));
    }

    @Override
    protected void okPressed() {
        answer = Map.copyOf(chosen);
        super.okPressed();
    }
}
