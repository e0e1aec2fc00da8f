/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The canvas's problems (validation), recomputed after every change; a double-click shows the
 * item concerned in the canvas. Also tells why a file could not be opened.
 */
public final class ProblemsPart {

    @Inject
    private CanvasSession session;

    private TableViewer viewer;
    private Label summary;
    private CanvasSession.Listener listener;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = Tables.create(parent);
        Tables.column(viewer, Messages.get("problems.header.severity"), 110, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Messages.get(((Diagnostic) element).getSeverity() == Diagnostic.WARNING ? "problems.warning"
                        : "problems.error");
            }
        });
        Tables.column(viewer, Messages.get("problems.header.message"), 900, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Diagnostic) element).getMessage();
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof Diagnostic problem && !problem.getData().isEmpty()
                    && problem.getData().get(0) instanceof EObject item) {
                session.reveal(item);
            }
        });
        listener = PartListener.refreshing(viewer.getControl(), this::refresh);
        session.addListener(listener);
        refresh();
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Diagnostic> problems = new ArrayList<>();
        if (session.openingProblem().getSeverity() != Diagnostic.OK) {
            problems.add(session.openingProblem());
            problems.addAll(session.openingProblem().getChildren());
        }
        session.document().map(CanvasDocument::validate).ifPresent(result -> problems.addAll(result.getChildren()));
        viewer.setInput(problems);
        summary.setText(problems.isEmpty() ? Messages.get("problems.none") : Messages.get("problems.hint"));
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
