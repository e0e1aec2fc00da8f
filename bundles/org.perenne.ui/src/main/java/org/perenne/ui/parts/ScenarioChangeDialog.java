/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.perenne.model.FieldUnit;
import org.perenne.model.OverrideMode;
import org.perenne.model.PerenneFactory;
import org.perenne.model.ScenarioOverride;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.Messages;

/** One change of a scenario: which number of the canvas, replaced by a value or multiplied by a factor. */
final class ScenarioChangeDialog extends WordedDialog<ScenarioOverride> {

    private final CanvasDocument document;
    private AssumptionPicker picker;
    private Combo mode;
    private Text value;
    private Label problem;

    private ScenarioChangeDialog(Shell parent, CanvasDocument document) {
        super(parent, Messages.get("scenarios.addChange"));
        this.document = document;
    }

    /** The change described; empty when the user cancels. */
    static Optional<ScenarioOverride> open(Shell parent, CanvasDocument document) {
        return new ScenarioChangeDialog(parent, document).ask();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        picker = new AssumptionPicker(area, document, choice -> true);
        new Label(area, SWT.NONE).setText(Messages.get("scenarios.change.how"));
        mode = new Combo(area, SWT.READ_ONLY);
        mode.add(Messages.get("scenarios.mode.set"));
        mode.add(Messages.get("scenarios.mode.multiply"));
        mode.select(0);
        mode.setToolTipText(Messages.get("scenarios.mode.explained"));
        new Label(area, SWT.NONE).setText(Messages.get("scenarios.value"));
        value = new Text(area, SWT.BORDER);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem = new Label(area, SWT.WRAP);
        GridData problemLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemLayout.widthHint = 420;
        problem.setLayoutData(problemLayout);
        return area;
    }

    @Override
    protected void okPressed() {
        AssumptionPicker.Choice choice = picker.choice();
        Double number = FieldText.number(value.getText());
        if (number == null) {
            problem.setText(Messages.get("scenarios.badValue", value.getText().trim()));
            return;
        }
        if (choice == null) {
            problem.setText(Messages.get("scenarios.nothingToChange"));
            return;
        }
        ScenarioOverride change = PerenneFactory.eINSTANCE.createScenarioOverride();
        change.setTarget(choice.item());
        change.setAttribute(choice.attribute().getName());
        change.setIndex(choice.index());
        change.setMode(mode.getSelectionIndex() == 1 ? OverrideMode.MULTIPLY : OverrideMode.SET);
        // a value that replaces is typed in the field's unit (25 for a 25 % occupancy); a factor is a factor
        change.setValue(change.getMode() == OverrideMode.SET ? (Double) FieldUnit.of(choice.attribute()).stored(number)
                : number);
        answer = change;
        super.okPressed();
    }
}
