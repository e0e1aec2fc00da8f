/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.templates.NewPlace;
import org.perenne.ui.Messages;
import org.perenne.ui.SampleCanvases;

/**
 * The "new place" assistant: the kind of place, where it is, its area, its opening month and its team;
 * the canvas starts from the closest sample's figures, brought to that size, each marked to check.
 */
final class NewPlaceDialog extends WordedDialog<Canvas> {

    private Text name;
    private Combo kind;
    private Combo town;
    private Spinner area;
    private Text opening;
    private Spinner staff;
    private Label problem;

    private NewPlaceDialog(Shell parent) {
        super(parent, Messages.get("newPlace.title"));
    }

    /** The new canvas; empty when the user cancels. */
    static Optional<Canvas> open(Shell parent) {
        return new NewPlaceDialog(parent).ask();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = introducedArea(parent, Messages.get("newPlace.intro"), 460);
        name = text(area, "newPlace.name", Messages.get("newPlace.defaultName"));
        kind = choice(area, "newPlace.kind", "newPlace.kind.coworking", "newPlace.kind.fablab", "newPlace.kind.hybrid");
        town = choice(area, "newPlace.town", "newPlace.town.rural", "newPlace.town.town");
        this.area = spinner(area, "newPlace.area", 200, 20, 5_000);
        opening = text(area, "newPlace.opening", YearMonth.now().plusMonths(6).toString());
        staff = spinner(area, "newPlace.staff", 2, 0, 50);
        problem = new Label(area, SWT.WRAP);
        GridData problemLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemLayout.widthHint = 460;
        problem.setLayoutData(problemLayout);
        return area;
    }

    private static Text text(Composite parent, String key, String value) {
        new Label(parent, SWT.NONE).setText(Messages.get(key));
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    private static Combo choice(Composite parent, String key, String... options) {
        new Label(parent, SWT.NONE).setText(Messages.get(key));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        for (String option : options) {
            combo.add(Messages.get(option));
        }
        combo.select(0);
        return combo;
    }

    private static Spinner spinner(Composite parent, String key, int value, int min, int max) {
        new Label(parent, SWT.NONE).setText(Messages.get(key));
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        return spinner;
    }

    @Override
    protected void okPressed() {
        YearMonth month;
        try {
            month = YearMonth.parse(opening.getText().trim());
        } catch (DateTimeParseException e) {
            problem.setText(Messages.get("welcome.new.badMonth", opening.getText().trim()));
            return;
        }
        NewPlace.Kind chosen = NewPlace.Kind.values()[kind.getSelectionIndex()];
        NewPlace.Town where = NewPlace.Town.values()[town.getSelectionIndex()];
        String reference = NewPlace.referenceOf(chosen, where);
        Optional<Path> sample = SampleCanvases.list().stream()
                .filter(file -> file.getFileName().toString().equals(reference + "." + CanvasFiles.EXTENSION)).findFirst();
        CanvasFiles.LoadResult loaded = sample.map(file -> CanvasFiles.load(file, Messages.locale())).orElse(null);
        if (loaded == null || !loaded.isLoaded()) {
            problem.setText(Messages.get("newPlace.noReference", reference));
            return;
        }
        answer = NewPlace.create(loaded.canvas(), new NewPlace.Answers(name.getText().trim(), chosen, where,
                area.getSelection(), month, staff.getSelection()), Messages.get("newPlace.toCheck"));
        super.okPressed();
    }

    /** The dialog open without waiting for it (tests look at it, then close it). */
    static NewPlaceDialog shown(Shell parent) {
        NewPlaceDialog dialog = new NewPlaceDialog(parent);
        dialog.openWithoutWaiting();
        return dialog;
    }

    /** The choices offered (tests). */
    List<String> kinds() {
        return List.of(kind.getItems());
    }
}
