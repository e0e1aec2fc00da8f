/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.perenne.model.edit.CanvasDocument;

/**
 * Creates the application's {@link CanvasSession} and opens the canvas named on the command line
 * ({@code perenne FILE.perenne}), before the window appears.
 */
public final class CanvasLifeCycle {

    @PostContextCreate
    void createSession(IEclipseContext context) {
        CanvasSession session = new CanvasSession();
        context.set(CanvasSession.class, session);
        Arrays.stream(Platform.getApplicationArgs())
                .filter(argument -> argument.endsWith(".perenne"))
                .findFirst()
                .ifPresent(file -> open(session, Path.of(file)));
    }

    /** Opens a file into the session, or records why it cannot be opened. */
    public static void open(CanvasSession session, Path file) {
        CanvasDocument.OpenResult opened = CanvasDocument.open(file, Locale.getDefault());
        if (opened.document() != null) {
            session.show(opened.document());
        } else {
            session.openingFailed(opened.problem());
        }
    }
}
