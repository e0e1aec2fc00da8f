/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Ticks several values of a list (a room's allowed uses, the costs a grant reimburses). */
final class SeveralChoicesDialog extends WordedDialog<List<Object>> {

    private final List<Object> options;
    private final Function<Object, String> names;
    private final List<?> initial;
    private Table table;

    private SeveralChoicesDialog(Shell parent, String title, List<Object> options, Function<Object, String> names,
            List<?> initial) {
        super(parent, title);
        this.options = options;
        this.names = names;
        this.initial = initial;
    }

    /** The values ticked, in the order offered; empty when the user cancels. */
    static Optional<List<Object>> open(Shell parent, String title, List<Object> options, Function<Object, String> names,
            List<?> initial) {
        return new SeveralChoicesDialog(parent, title, options, names, initial).ask();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = Math.min(12, Math.max(4, options.size())) * table.getItemHeight();
        layout.widthHint = 320;
        table.setLayoutData(layout);
        for (Object option : options) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(names.apply(option));
            row.setChecked(initial.contains(option));
        }
        return area;
    }

    @Override
    protected void okPressed() {
        List<Object> chosen = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (table.getItem(i).getChecked()) {
                chosen.add(options.get(i));
            }
        }
        answer = chosen;
        super.okPressed();
    }
}
