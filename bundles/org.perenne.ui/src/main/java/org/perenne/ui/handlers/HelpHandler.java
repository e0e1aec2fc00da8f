/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.Messages;
import org.perenne.ui.help.HelpDialog;
import org.perenne.ui.help.HelpPage;

import jakarta.inject.Named;

/** Help › Your first canvas, What the figures mean, Glossary: the project's own pages, in the interface's language. */
public final class HelpHandler {

    /** The command parameter naming the page: {@code guide}, {@code reference} or {@code glossary}. */
    public static final String PAGE = "org.perenne.ui.help.page";

    @Execute
    public void execute(Shell shell, @Named(PAGE) String page) {
        HelpPage.Kind kind = HelpPage.Kind.valueOf(page.toUpperCase(Locale.ROOT));
        try {
            HelpDialog.open(shell, kind, HelpPage.of(kind, Messages.locale()));
        } catch (IOException | RuntimeException e) {
            // never a help item that does nothing: it says what went wrong
            MessageDialog.openError(shell, Messages.get("help.menu"), Messages.get("help.missing", String.valueOf(e.getMessage())));
        }
    }
}
