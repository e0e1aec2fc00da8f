/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.Messages;

/** A dialog whose buttons speak the interface's language (JFace's own labels are English only here). */
abstract class WordedDialog extends Dialog {

    WordedDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.get("dialog.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("dialog.unsaved.cancel"), false);
    }
}
