/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.CanvasSession;

/** Edit › Undo: takes back the last change to the canvas. */
public final class UndoHandler {

    @CanExecute
    public boolean canExecute(CanvasSession session) {
        return session.document().map(CanvasDocument::canUndo).orElse(false);
    }

    @Execute
    public void execute(CanvasSession session) {
        session.document().filter(CanvasDocument::canUndo).ifPresent(CanvasDocument::undo);
    }
}
