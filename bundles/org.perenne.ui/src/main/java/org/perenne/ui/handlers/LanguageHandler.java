/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

/**
 * View › Language: French, English, or the system's language. The choice is kept for the next start;
 * restarting now applies it (after asking about unsaved changes).
 */
public final class LanguageHandler {

    @Execute
    public void execute(Shell shell, CanvasSession session, IWorkbench workbench) {
        MessageDialog dialog = new MessageDialog(shell, Messages.get("language.title"), null,
                Messages.get("language.question"), MessageDialog.QUESTION, 3, Messages.get("language.french"),
                Messages.get("language.english"), Messages.get("language.system"), Messages.get("dialog.unsaved.cancel"));
        Optional<Locale> chosen;
        switch (dialog.open()) {
            case 0 -> chosen = Optional.of(Locale.FRENCH);
            case 1 -> chosen = Optional.of(Locale.ENGLISH);
            case 2 -> chosen = Optional.empty();
            default -> {
                return;
            }
        }
        session.preferences().setLanguage(chosen);
        if (CanvasDialogs.ask(shell, Messages.get("language.title"), Messages.get("language.restart"))
                && CanvasDialogs.mayDiscard(shell, session)) {
            workbench.restart();
        }
    }
}
