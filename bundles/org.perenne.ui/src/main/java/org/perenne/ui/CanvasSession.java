/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.edit.CanvasDocument;

/**
 * The canvas open in the application window (at most one) and the item selected in it, shared by
 * the parts and handlers through the application context. Tells its listeners when another canvas
 * is opened, when the open one changes, when another item is selected, and when an item should be
 * shown (e.g. a problem was double-clicked).
 */
public final class CanvasSession {

    /** Hears what happens to the open canvas. */
    public interface Listener {
        /** Another canvas was opened, or the open one changed (edit, undo, save). */
        void canvasChanged(CanvasSession session);

        /** Another item was selected (null: none). */
        default void selected(EObject item) {
        }

        /** The user asked to see this item (a problem, a search result). */
        default void reveal(EObject item) {
        }
    }

    private final DesktopPreferences preferences;
    private final List<Listener> listeners = new ArrayList<>();
    private final CanvasDocument.Listener forwarder = document -> changed();
    private CanvasDocument document;
    private EObject selection;
    private Diagnostic openingProblem = Diagnostic.OK_INSTANCE;

    public CanvasSession(DesktopPreferences preferences) {
        this.preferences = preferences;
    }

    /** What the application remembers between sessions (language, recent canvases). */
    public DesktopPreferences preferences() {
        return preferences;
    }

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
        selection = null;
        openingProblem = Diagnostic.OK_INSTANCE;
        document.addListener(forwarder);
        fire();
        for (Listener listener : List.copyOf(listeners)) {
            listener.selected(null);
        }
    }

    /** Records that a canvas could not be opened; the current one, if any, stays open. */
    public void openingFailed(Diagnostic problem) {
        openingProblem = problem;
        fire();
    }

    /** The item whose details are shown; empty when none (or it was removed from the canvas). */
    public Optional<EObject> selection() {
        return Optional.ofNullable(selection);
    }

    public void select(EObject item) {
        if (item == selection) {
            return;
        }
        selection = item;
        for (Listener listener : List.copyOf(listeners)) {
            listener.selected(item);
        }
    }

    public void reveal(EObject item) {
        for (Listener listener : List.copyOf(listeners)) {
            listener.reveal(item);
        }
        select(item);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Adds a listener told of each change before the others: the dashboard, whose figures people wait for, starts
     * computing them on another processor while the other views refresh.
     */
    public void addFirstListener(Listener listener) {
        listeners.add(0, listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void changed() {
        if (selection != null && (document == null || EcoreUtil.getRootContainer(selection) != document.canvas())) {
            select(null); // removed by an edit or an undo
        }
        fire();
    }

    private void fire() {
        for (Listener listener : List.copyOf(listeners)) {
            listener.canvasChanged(this);
        }
    }
}
