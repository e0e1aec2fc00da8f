/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.Messages;

/**
 * A dialog that asks for one answer: its title and its buttons speak the interface's language (JFace's
 * own labels are English only here), and {@link #ask()} gives the answer set by OK, or nothing when the
 * user cancels.
 *
 * @param <T> what the dialog answers
 */
abstract class WordedDialog<T> extends Dialog {

    private final String title;
    /** Set by the subclass's OK, before it calls {@code super.okPressed()}. */
    protected T answer;

    WordedDialog(Shell parent, String title) {
        super(parent);
        this.title = title;
    }

    /** Opens the dialog and waits: the answer, or nothing when the user cancels. */
    Optional<T> ask() {
        return open() == OK ? Optional.ofNullable(answer) : Optional.empty();
    }

    /** Opens the dialog without waiting for it (tests look at it, then close it). */
    final void openWithoutWaiting() {
        setBlockOnOpen(false);
        open();
    }

    /**
     * The dialog's area in two columns (a name, then its field), opened by {@code intro} in words wrapped to
     * {@code width} pixels across both columns.
     */
    protected Composite introducedArea(Composite parent, String intro, int width) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label words = new Label(area, SWT.WRAP);
        words.setText(intro);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        layout.widthHint = width;
        words.setLayoutData(layout);
        return area;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.get("dialog.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("dialog.unsaved.cancel"), false);
    }
}
