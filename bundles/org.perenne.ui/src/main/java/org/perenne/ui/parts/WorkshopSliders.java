/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.perenne.model.AssumptionChange;
import org.perenne.model.Canvas;
import org.perenne.model.FigureFormat;
import org.perenne.model.Grant;
import org.perenne.model.MembershipTier;
import org.perenne.model.OverrideMode;
import org.perenne.model.PerenneFactory;
import org.perenne.model.ScenarioOverride;
import org.perenne.model.PerennePackage.Literals;
import org.perenne.model.RoomRental;
import org.perenne.model.edit.AssumptionCommands;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.edit.Levers;
import org.perenne.ui.Messages;

/**
 * The workshop's sliders: the resident fee, a room's occupancy, the main grant's amount and the
 * residents' ramp-up. Moving one changes the canvas (undoable: one drag is one step to undo) and the
 * dashboard follows; where they are can be kept as a scenario, the canvas going back to where they started.
 */
final class WorkshopSliders {

    /**
     * One assumption on a slider: its value is {@code min + position × step}; a scaled one (a grant's
     * committed years) multiplies every year alike, so a tapering grant keeps its shape.
     */
    private abstract static class Slider {
        final EObject item;
        final EAttribute attribute;
        final boolean scaled;
        final double min;
        final double step;
        final int positions;
        /** The value when the sliders appeared or were last kept as a scenario. */
        double base;
        Scale scale;
        Label label;

        Slider(EObject item, EAttribute attribute, boolean scaled, double min, double max, double step) {
            this.item = item;
            this.attribute = attribute;
            this.scaled = scaled;
            this.min = min;
            this.step = step;
            this.positions = (int) Math.round((max - min) / step);
        }

        abstract double value();

        abstract String text(double value);

        /** The change from {@code from} to {@code to}: a value, or for a scaled one a factor. */
        AssumptionChange change(double from, double to) {
            return scaled && from != 0 ? new AssumptionChange(attribute, -1, OverrideMode.MULTIPLY, to / from)
                    : new AssumptionChange(attribute, -1, OverrideMode.SET, to);
        }

        Command set(CanvasDocument document, double value) {
            return AssumptionCommands.of(document.editingDomain(), item, change(value(), value), Messages.get("workshop.change"));
        }

        boolean moved() {
            return Math.abs(value() - base) > 1e-9;
        }

        /** Shows the value in words (also on hover, where the column is too narrow for all of them). */
        void say(double value) {
            label.setText(text(value));
        }

        int position() {
            return (int) Math.round((value() - min) / step);
        }
    }

    private final Composite panel;
    private final List<Slider> sliders = new ArrayList<>();
    private CanvasDocument document;
    private Command lastMove;
    private Slider lastMoved;
    private Button keep;
    /** What keeping the sliders as a scenario did, said where the room looks (the status line is hidden in workshop mode). */
    private Label kept;

    /** The width from which the sliders stand two a row (narrower, their words would not fit beside each other). */
    static final int TWO_A_ROW_FROM = 560;
    /** The sliders' panel; {@code relayout} lays the dashboard out again when they change rows. */
    WorkshopSliders(Composite parent, Runnable relayout) {
        panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(2, true));
        panel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ResponsiveColumns.apply(panel, 2, TWO_A_ROW_FROM, relayout);
    }

    Composite control() {
        return panel;
    }

    /** Shows the sliders of a canvas (rebuilt when another canvas opens or an item on a slider goes away). */
    void show(CanvasDocument shown) {
        boolean gone = sliders.stream().anyMatch(slider -> slider.item.eResource() == null);
        boolean built = shown != document || gone;
        if (built) {
            document = shown;
            lastMove = null;
            build();
        }
        for (Slider slider : sliders) {
            if (!slider.scale.isFocusControl() || slider.scale.getSelection() != slider.position()) {
                slider.scale.setSelection(Math.max(0, Math.min(slider.positions, slider.position())));
            }
            slider.say(slider.value());
        }
        if (keep != null && !keep.isDisposed()) {
            keep.setEnabled(anyMoved());
        }
        // a slider's words changed with its value: laid out again only when they no longer fit (a new line)
        if (built || sliders.stream().anyMatch(slider -> slider.label.computeSize(slider.label.getSize().x, SWT.DEFAULT).y
                != slider.label.getSize().y)) {
            panel.layout(true, true);
        }
    }

    private void build() {
        for (org.eclipse.swt.widgets.Control child : panel.getChildren()) {
            child.dispose();
        }
        sliders.clear();
        if (document == null) {
            return;
        }
        sliders.addAll(of(document.canvas()));
        sliders.forEach(slider -> slider.base = slider.value());
        if (sliders.isEmpty()) {
            Label none = new Label(panel, SWT.WRAP);
            none.setText(Messages.get("workshop.none"));
            none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns(), 1));
            return;
        }
        for (Slider slider : sliders) {
            // two sliders a row, each with its words above it, so the words keep the width of a column
            Composite cell = new Composite(panel, SWT.NONE);
            GridLayout cellLayout = new GridLayout(1, false);
            cellLayout.marginHeight = 0;
            cell.setLayout(cellLayout);
            cell.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            slider.label = new Label(cell, SWT.WRAP); // too long for its column: on two lines, never cut
            GridData labelLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
            labelLayout.widthHint = 100; // the column decides the width, not the text
            slider.label.setLayoutData(labelLayout);
            slider.scale = new Scale(cell, SWT.HORIZONTAL);
            slider.scale.setMaximum(slider.positions);
            slider.scale.setPageIncrement(Math.max(1, slider.positions / 10));
            slider.scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            slider.scale.addListener(SWT.Selection, event -> moved(slider));
        }
        keep = new Button(panel, SWT.PUSH);
        keep.setText(Messages.get("workshop.keep"));
        keep.setToolTipText(Messages.get("workshop.keep.explained"));
        keep.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, columns(), 1));
        keep.addListener(SWT.Selection, event -> keepAsScenario());
        kept = new Label(panel, SWT.WRAP);
        GridData keptLayout = new GridData(SWT.FILL, SWT.TOP, true, false, columns(), 1);
        keptLayout.widthHint = 200;
        kept.setLayoutData(keptLayout);
    }

    /** The panel's columns now (two a row, or one on a narrow dashboard). */
    private int columns() {
        return ((GridLayout) panel.getLayout()).numColumns;
    }

    /** A drag replaces its own previous step, so undo takes back the whole drag at once. */
    private void moved(Slider slider) {
        double value = slider.min + slider.scale.getSelection() * slider.step;
        if (Math.abs(value - slider.value()) < 1e-9) {
            return;
        }
        if (lastMove != null && lastMoved == slider && document.undoCommand() == lastMove) {
            document.undo();
        }
        Command move = slider.set(document, value);
        document.execute(move);
        lastMove = move;
        lastMoved = slider;
        slider.say(value);
        keep.setEnabled(anyMoved());
    }

    /** Moves a slider as a user would (tests). */
    void moveTo(int index, int position) {
        sliders.get(index).scale.setSelection(position);
        moved(sliders.get(index));
    }

    /** Where a slider stands (tests). */
    int position(int index) {
        return sliders.get(index).scale.getSelection();
    }

    int count() {
        return sliders.size();
    }

    private static List<Slider> of(Canvas canvas) {
        List<Slider> found = new ArrayList<>();
        FigureFormat figures = FigureFormat.of(Messages.locale());
        MembershipTier resident = Levers.resident(canvas).orElse(null);
        if (resident != null) {
            found.add(new Slider(resident, Literals.MEMBERSHIP_TIER__MONTHLY_FEE, false, 0, Math.max(100, 2 * resident.getMonthlyFee()), 5) {
                double value() {
                    return resident.getMonthlyFee();
                }

                String text(double value) {
                    return Messages.get("workshop.fee", resident.getName(), figures.whole(value));
                }
            });
        }
        RoomRental rental = Levers.rental(canvas).orElse(null);
        if (rental != null) {
            found.add(new Slider(rental, Literals.ROOM_RENTAL__OCCUPANCY_RATE, false, 0, 1, 0.01) {
                double value() {
                    return rental.getOccupancyRate();
                }

                String text(double value) {
                    return Messages.get("workshop.occupancy", rental.getName(), value);
                }
            });
        }
        Grant grant = Levers.mainGrant(canvas).orElse(null);
        if (grant != null) {
            double first = grant.getCommittedAmounts().get(0);
            found.add(new Slider(grant, Literals.GRANT__COMMITTED_AMOUNTS, true, 0, Math.max(10_000, 2 * first), 500) {
                double value() {
                    return grant.getCommittedAmounts().get(0);
                }

                String text(double value) {
                    return Messages.get("workshop.grant", grant.getName(), figures.whole(value));
                }
            });
        }
        if (resident != null) {
            found.add(new Slider(resident, Literals.MEMBERSHIP_TIER__RAMP_UP_MONTHS, false, 0, 36, 1) {
                double value() {
                    return resident.getRampUpMonths();
                }

                String text(double value) {
                    return Messages.get("workshop.rampUp", resident.getName(), Math.round(value));
                }
            });
        }
        return found;
    }

    /**
     * Keeps where the sliders are as a new scenario of the canvas (each moved slider a change, named after
     * them) and puts the canvas back where the sliders started: one edit, one undo. Nothing when no slider
     * moved.
     */
    void keepAsScenario() {
        List<Slider> moved = sliders.stream().filter(Slider::moved).toList();
        if (document == null || moved.isEmpty()) {
            return;
        }
        CompoundCommand edit = new CompoundCommand(Messages.get("workshop.keep"));
        List<ScenarioOverride> changes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Slider slider : moved) {
            AssumptionChange change = slider.change(slider.base, slider.value());
            ScenarioOverride override = PerenneFactory.eINSTANCE.createScenarioOverride();
            override.setTarget(slider.item);
            override.setAttribute(slider.attribute.getName());
            override.setIndex(-1);
            override.setMode(change.mode());
            override.setValue(change.value());
            changes.add(override);
            words.add(slider.text(slider.value()));
            edit.append(AssumptionCommands.of(document.editingDomain(), slider.item, slider.change(slider.value(), slider.base),
                    Messages.get("workshop.change")));
        }
        String[] name = new String[1];
        edit.append(document.newScenario(number -> name[0] = Messages.get("workshop.scenarioName", number), changes));
        lastMove = null;
        document.execute(edit);
        kept.setText(Messages.get("workshop.kept", name[0], FigureFormat.of(Messages.locale()).list(words)));
        panel.layout(true, true);
    }

    /** What the last keeping said (tests). */
    String keptText() {
        return kept == null || kept.isDisposed() ? "" : kept.getText();
    }

    /** Whether a slider has moved since they appeared or were last kept as a scenario. */
    boolean anyMoved() {
        return sliders.stream().anyMatch(Slider::moved);
    }
}
