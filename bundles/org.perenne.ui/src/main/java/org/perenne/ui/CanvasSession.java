/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.perenne.model.edit.CanvasDocument;

/**
 * The canvas open in the application window (at most one), shared by the parts and handlers
 * through the application context. Tells its listeners when another canvas is opened, when the
 * open one changes, and when an item should be shown (e.g. a problem was double-clicked).
 */
public final class CanvasSession {

    /** Hears what happens to the open canvas. */
    public interface Listener {
        /** Another canvas was opened, or the open one changed (edit, undo, save). */
        void canvasChanged(CanvasSession session);

        /** The user asked to see this item (a problem, a search result). */
        default void reveal(EObject item) {
        }
    }

    private final List<Listener> listeners = new ArrayList<>();
    private final CanvasDocument.Listener forwarder = document -> fire();
    private CanvasDocument document;
    private Diagnostic openingProblem = Diagnostic.OK_INSTANCE;

    public Optional<CanvasDocument> document() {
        return Optional.ofNullable(document);
    }

    /** Why the last canvas the user asked for could not be opened (OK when it opened). */
    public Diagnostic openingProblem() {
        return openingProblem;
    }

    /** Shows a newly opened canvas instead of the current one. */
    public void show(CanvasDocument opened) {
        if (document != null) {
            document.removeListener(forwarder);
            document.dispose();
        }
        document = opened;
        openingProblem = Diagnostic.OK_INSTANCE;
        document.addListener(forwarder);
        fire();
    }

    /** Records that a canvas could not be opened; the current one, if any, stays open. */
    public void openingFailed(Diagnostic problem) {
        openingProblem = problem;
        fire();
    }

    public void reveal(EObject item) {
        for (Listener listener : List.copyOf(listeners)) {
            listener.reveal(item);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : List.copyOf(listeners)) {
            listener.canvasChanged(this);
        }
    }
}
