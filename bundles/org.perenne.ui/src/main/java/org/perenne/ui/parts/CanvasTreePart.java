/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The canvas as a tree: the nine blocks and their items. The selected item goes to the selection
 * service (the details part shows it); the window title names the canvas and says when it is
 * modified; closing the window asks about unsaved changes.
 */
public final class CanvasTreePart {

    @Inject
    private CanvasSession session;

    @Inject
    private ESelectionService selectionService;

    @Inject
    private MWindow window;

    private TreeViewer viewer;
    private Label hint;
    private CanvasDocument shown;
    private final CanvasSession.Listener listener = new CanvasSession.Listener() {
        @Override
        public void canvasChanged(CanvasSession changed) {
            if (!viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(CanvasTreePart.this::refresh);
            }
        }

        @Override
        public void reveal(EObject item) {
            viewer.setSelection(new StructuredSelection(item), true);
            viewer.getControl().setFocus();
        }
    };

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        hint = new Label(parent, SWT.WRAP);
        hint.setText(Messages.get("tree.empty"));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setUseHashlookup(true);
        viewer.addSelectionChangedListener(event -> selectionService
                .setSelection(((IStructuredSelection) event.getSelection()).getFirstElement()));
        window.getContext().set(IWindowCloseHandler.class,
                closing -> CanvasDialogs.mayDiscard(viewer.getControl().getShell(), session));
        session.addListener(listener);
        refresh();
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        CanvasDocument document = session.document().orElse(null);
        if (document != shown) {
            shown = document;
            if (viewer.getLabelProvider() != null) {
                viewer.getLabelProvider().dispose();
            }
            if (document != null) {
                viewer.setContentProvider(new ItemProviderLabels.Tree(document.adapterFactory()));
                viewer.setLabelProvider(new ItemProviderLabels(document.adapterFactory()));
                viewer.setInput(document.canvas());
                viewer.expandToLevel(2);
            } else {
                viewer.setInput(null);
            }
            hint.setVisible(document == null);
            ((GridData) hint.getLayoutData()).exclude = document != null;
            hint.getParent().layout();
        } else if (document != null) {
            Object[] expanded = viewer.getExpandedElements();
            viewer.refresh(true);
            viewer.setExpandedElements(expanded);
        }
        window.setLabel(document == null ? Messages.get("title.noCanvas")
                : Messages.get("title.canvas", titleOf(document), document.isDirty() ? Messages.get("title.dirty") : ""));
    }

    private static String titleOf(CanvasDocument document) {
        String name = document.canvas().getName();
        return name != null && !name.isBlank() ? name : String.valueOf(document.file().getFileName());
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
