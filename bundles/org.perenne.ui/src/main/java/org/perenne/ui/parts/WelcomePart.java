/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.perenne.model.Canvas;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.templates.CanvasTemplates;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasLifeCycle;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;
import org.perenne.ui.SampleCanvases;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Where a session starts: the model samples (opened as new canvases, so the samples stay intact), a
 * new canvas from the empty template, the canvases opened last, and "open a file".
 */
public final class WelcomePart {

    /** The part that shows the canvas, brought forward once one is open. */
    static final String CANVAS_PART = "org.perenne.ui.part.canvas";

    @Inject
    private CanvasSession session;
    @Inject
    @Optional
    private EPartService parts;

    private Composite recent;
    /** The recent files the list shows. */
    private List<Path> recentShown;
    private Font titleFont;
    private CanvasSession.Listener listener;

    /** Below this width the three columns (samples, new canvas, recent) go one under the other. */
    static final int THREE_COLUMNS_FROM = 1000;

    @PostConstruct
    void create(Composite part) {
        part.setLayout(new org.eclipse.swt.layout.FillLayout());
        Scrolling scroll = new Scrolling(part);
        Composite parent = scroll.newContent();
        parent.setLayout(new GridLayout(3, true));
        titleFont = TitleFont.of(parent, 1.3f);
        Label welcome = new Label(parent, SWT.WRAP);
        welcome.setText(Messages.get("welcome.intro"));
        GridData welcomeLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        welcomeLayout.widthHint = 300; // wraps at the part's width, whatever the sentence's length
        welcome.setLayoutData(welcomeLayout);

        Composite samples = column(parent, "welcome.samples");
        for (Path sample : SampleCanvases.list()) {
            CanvasFiles.LoadResult loaded = CanvasFiles.load(sample, Messages.locale());
            if (!loaded.isLoaded()) {
                continue;
            }
            Button open = link(samples, loaded.canvas().getName());
            open.setToolTipText(loaded.canvas().getDescription());
            open.addListener(SWT.Selection, event -> openSample(sample));
        }
        if (samples.getChildren().length == 1) {
            note(samples, Messages.get("welcome.noSamples"));
        }

        Composite template = column(parent, "welcome.new");
        template.setLayout(new GridLayout(2, false));
        ((GridData) template.getChildren()[0].getLayoutData()).horizontalSpan = 2;
        new Label(template, SWT.NONE).setText(Messages.get("welcome.new.name"));
        Text name = new Text(template, SWT.BORDER);
        name.setText(Messages.get("welcome.new.defaultName"));
        GridData nameLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameLayout.minimumWidth = name.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 40; // the name proposed reads whole
        name.setLayoutData(nameLayout);
        new Label(template, SWT.NONE).setText(Messages.get("welcome.new.start"));
        Text start = new Text(template, SWT.BORDER);
        start.setText(YearMonth.now().plusMonths(1).toString());
        start.setToolTipText(Messages.explain(org.perenne.model.PerennePackage.Literals.CANVAS,
                org.perenne.model.PerennePackage.Literals.CANVAS__START_MONTH).orElse(null));
        start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(template, SWT.NONE).setText(Messages.get("welcome.new.years"));
        Spinner years = new Spinner(template, SWT.BORDER);
        years.setValues(5, 1, 15, 0, 1, 1);
        years.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        Label problem = new Label(template, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Button create = new Button(template, SWT.PUSH);
        create.setText(Messages.get("welcome.new.create"));
        create.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        create.addListener(SWT.Selection, event -> {
            YearMonth month;
            try {
                month = YearMonth.parse(start.getText().trim());
            } catch (DateTimeParseException e) {
                problem.setText(Messages.get("welcome.new.badMonth", start.getText().trim()));
                template.layout(true, true);
                return;
            }
            problem.setText("");
            if (CanvasDialogs.mayDiscard(parent.getShell(), session)) {
                Canvas canvas = CanvasTemplates.empty(name.getText().trim(), month, years.getSelection());
                opened(CanvasDocument.create(canvas, Locale.getDefault()));
            }
        });

        Button assistant = new Button(template, SWT.PUSH);
        assistant.setText(Messages.get("newPlace.open"));
        assistant.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        assistant.addListener(SWT.Selection, event -> {
            if (CanvasDialogs.mayDiscard(parent.getShell(), session)) {
                NewPlaceDialog.open(parent.getShell()).ifPresent(canvas -> opened(CanvasDocument.create(canvas, Locale.getDefault())));
            }
        });

        recent = column(parent, "welcome.recent");
        Button other = new Button(parent, SWT.PUSH);
        other.setText(Messages.get("welcome.openOther"));
        other.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
        // three columns on a wide screen, one under the other on a narrow part (a projector's 1280×800)
        ResponsiveColumns.apply(parent, 3, THREE_COLUMNS_FROM, scroll::fit);
        fillRecent();
        listener = PartListener.refreshing(recent, this::fillRecent);
        session.addListener(listener);
    }

    private Composite column(Composite parent, String key) {
        Composite column = new Composite(parent, SWT.NONE);
        column.setLayout(new GridLayout(1, false));
        column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label title = new Label(column, SWT.NONE);
        title.setText(Messages.get(key));
        title.setFont(titleFont);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return column;
    }

    private static Button link(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH | SWT.FLAT);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return button;
    }

    private static void note(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private void fillRecent() {
        if (recent.isDisposed() || session.preferences().recentFiles().equals(recentShown)) {
            return; // an edit of the canvas leaves the list as it was
        }
        recentShown = List.copyOf(session.preferences().recentFiles());
        for (int i = recent.getChildren().length - 1; i > 0; i--) {
            recent.getChildren()[i].dispose();
        }
        for (Path file : session.preferences().recentFiles()) {
            Button open = link(recent, String.valueOf(file.getFileName()));
            open.setToolTipText(file.toString());
            open.addListener(SWT.Selection, event -> {
                if (CanvasDialogs.mayDiscard(recent.getShell(), session)) {
                    openFile(file);
                }
            });
        }
        if (recent.getChildren().length == 1) {
            note(recent, Messages.get("welcome.noRecent"));
        }
        recent.getParent().layout(true, true);
    }

    /** Opens a sample as a new canvas (tests call it as the sample's button does). */
    void openSample(Path sample) {
        if (!CanvasDialogs.mayDiscard(recent.getShell(), session)) {
            return;
        }
        CanvasDocument.OpenResult opened = CanvasDocument.openCopy(sample, Locale.getDefault());
        if (opened.document() == null) {
            CanvasDialogs.showOpeningProblem(recent.getShell(), opened.problem());
            return;
        }
        opened(opened.document());
    }

    private void openFile(Path file) {
        CanvasLifeCycle.open(session, file);
        if (session.openingProblem().getSeverity() != org.eclipse.emf.common.util.Diagnostic.OK) {
            CanvasDialogs.showOpeningProblem(recent.getShell(), session.openingProblem());
        } else {
            showCanvas();
        }
    }

    private void opened(CanvasDocument document) {
        session.show(document);
        showCanvas();
    }

    private void showCanvas() {
        if (parts != null && parts.findPart(CANVAS_PART) != null) {
            parts.activate(parts.findPart(CANVAS_PART));
        }
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
