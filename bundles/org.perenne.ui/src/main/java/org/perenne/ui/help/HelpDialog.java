/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.help;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.Messages;

/** A window that shows a help page, beside the application (it does not block the canvas). */
public final class HelpDialog {

    private HelpDialog() {
    }

    public static Shell open(Shell parent, HelpPage.Kind kind, HelpPage page) {
        String title = Messages.get("help.title." + kind.name().toLowerCase(Locale.ROOT)); // before any window is made
        Shell shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(title);
        shell.setLayout(new GridLayout(1, false));
        StyledText text = new StyledText(shell, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(16, 12, 16, 12);
        text.setText(page.text());
        for (HelpPage.Heading heading : page.headings()) {
            StyleRange style = new StyleRange();
            style.start = heading.start();
            style.length = heading.length();
            style.fontStyle = SWT.BOLD;
            style.rise = 0;
            text.setStyleRange(style);
        }
        Button close = new Button(shell, SWT.PUSH);
        close.setText(Messages.get("help.close"));
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        close.addListener(SWT.Selection, event -> shell.close());
        shell.setDefaultButton(close);
        shell.setSize(Math.min(760, parent.getDisplay().getClientArea().width), Math.min(720,
                parent.getDisplay().getClientArea().height));
        shell.open();
        return shell;
    }
}
