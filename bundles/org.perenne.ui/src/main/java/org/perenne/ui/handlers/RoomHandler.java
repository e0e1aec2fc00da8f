/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.parts.RoomWindow;

/** Workshop › Open the room: the participants give their estimates from their phones (see {@link RoomWindow}). */
public final class RoomHandler {

    @CanExecute
    public boolean canExecute(CanvasSession session) {
        return session.document().isPresent();
    }

    @Execute
    public void execute(MWindow window, CanvasSession session) {
        // the main window's shell: the room's window has its size, for the projector
        session.document().ifPresent(document -> RoomWindow.open((Shell) window.getWidget(), document));
    }
}
