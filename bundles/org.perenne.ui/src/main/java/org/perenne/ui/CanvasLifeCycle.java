/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.swt.widgets.Display;
import org.perenne.model.edit.CanvasDocument;

/**
 * Before the window appears: applies the language chosen in the preferences, guards lists and numbers against a
 * passing mouse wheel ({@link WheelGuard}), creates the
 * application's {@link CanvasSession}, offers to restore the work of a session that did not close
 * normally, opens the canvas named on the command line ({@code perenne FILE.perenne}), and starts
 * the recovery copies. At a normal exit, forgets the recovery copy.
 */
public final class CanvasLifeCycle {

    private final RecoveryFile recovery = RecoveryFile.inInstanceArea();

    @PostContextCreate
    void createSession(IEclipseContext context, Display display) {
        DesktopPreferences preferences = new DesktopPreferences();
        preferences.language().ifPresent(language -> {
            Locale.setDefault(language);
            Messages.use(language);
            context.set(TranslationService.LOCALE, language);
        });
        WheelGuard.install(display);
        CanvasSession session = new CanvasSession(preferences);
        context.set(CanvasSession.class, session);
        context.set(RecoveryFile.class, recovery);
        context.set(WorkshopMode.class, new WorkshopMode());
        boolean restored = recovery.pending().map(pending -> offerToRestore(session, pending)).orElse(false);
        if (!restored) {
            Arrays.stream(Platform.getApplicationArgs())
                    .filter(argument -> argument.endsWith(".perenne"))
                    .findFirst()
                    .ifPresent(file -> open(session, Path.of(file)));
        }
        display.timerExec(RecoveryFile.EVERY_SECONDS * 1000, new Runnable() {
            @Override
            public void run() {
                keepRecoveryCopy(session);
                if (!display.isDisposed()) {
                    display.timerExec(RecoveryFile.EVERY_SECONDS * 1000, this);
                }
            }
        });
    }

    private boolean offerToRestore(CanvasSession session, RecoveryFile.Pending pending) {
        String name = pending.original() == null ? Messages.get("recovery.unsaved") : String.valueOf(pending.original().getFileName());
        if (!CanvasDialogs.ask(null, Messages.get("recovery.title"), Messages.get("recovery.question", name))) {
            recovery.clear();
            return false;
        }
        CanvasDocument.OpenResult opened = CanvasDocument.recover(pending.copy(), pending.original(), Locale.getDefault());
        if (opened.document() == null) {
            session.openingFailed(opened.problem());
            return false;
        }
        session.show(opened.document());
        return true;
    }

    private void keepRecoveryCopy(CanvasSession session) {
        session.document().ifPresent(document -> {
            try {
                recovery.keep(document);
            } catch (IOException e) {
                // the next tick tries again; the canvas itself is untouched
            }
        });
    }

    @PreSave
    void closing() {
        recovery.clear(); // the user saved or chose to discard before the window closed
    }

    /** Opens a file into the session and the recent list, or records why it cannot be opened. */
    public static void open(CanvasSession session, Path file) {
        CanvasDocument.OpenResult opened = CanvasDocument.open(file, Locale.getDefault());
        if (opened.document() != null) {
            session.show(opened.document());
            session.preferences().opened(file);
        } else {
            session.openingFailed(opened.problem());
        }
    }
}
