/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;

/**
 * An area that scrolls downwards when it is too short for what it shows (a projector's 1280×800, workshop mode):
 * what it shows keeps the area's width and the least height its texts and its controls' minimum heights need, so a
 * chart never collapses to a strip and a button never falls off the bottom.
 */
final class Scrolling {

    private final ScrolledComposite scroll;

    /** The scrolled area, a child of {@code parent} (whose layout places it). */
    Scrolling(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, event -> fit());
        scroll.addListener(SWT.Paint, event -> {
            if (pending) {
                pending = false;
                scroll.getDisplay().asyncExec(this::fit);
            }
        });
    }

    /** Whether a fit was asked while the area was out of sight. */
    private boolean pending;

    /** The scrolled area itself, to give it layout data. */
    ScrolledComposite control() {
        return scroll;
    }

    /** A new content for the area (what it showed before is the caller's to dispose). */
    Composite newContent() {
        Composite content = new Composite(scroll, SWT.NONE);
        scroll.setContent(content);
        return content;
    }

    /**
     * After texts changed: lays the content out again only when one of them no longer fits the room it has (a wrapped
     * text grown by a line, a value wider than its place). A figure replaced by another of the same size costs no
     * layout, which is most of the time it takes an edit to reach the screen.
     */
    void fitIfMoved(java.util.Collection<org.eclipse.swt.widgets.Label> changed) {
        java.util.List<org.eclipse.swt.widgets.Control> moved = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Label label : changed) {
            if (label.isDisposed() || !label.isVisible()) {
                continue;
            }
            Point size = label.getSize();
            boolean wraps = (label.getStyle() & SWT.WRAP) != 0;
            Point needed = label.computeSize(wraps ? size.x : SWT.DEFAULT, SWT.DEFAULT);
            if (wraps ? needed.y != size.y : needed.x > size.x || needed.y != size.y) {
                moved.add(label);
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        Composite content = scroll.getContent() instanceof Composite c && !c.isDisposed() ? c : null;
        if (content == null || scroll.getClientArea().width <= 0 || !scroll.isVisible()) {
            fit(); // measured once it is drawn
            return;
        }
        // only the texts that moved are measured again, and only their rows laid out: the other controls keep
        // the sizes they have (a whole layout measures every text of the part again)
        content.layout(moved.toArray(org.eclipse.swt.widgets.Control[]::new));
        scroll.setMinHeight(content.computeSize(scroll.getClientArea().width, SWT.DEFAULT, false).y);
    }

    /** Lays the content out again at the area's width and scrolls over what does not fit: after its texts change. */
    void fit() {
        if (scroll.isDisposed() || scroll.getContent() == null || scroll.getContent().isDisposed()) {
            return;
        }
        int width = scroll.getClientArea().width;
        if (width <= 0 || !scroll.isVisible()) {
            // out of sight (a tab behind another): its width is not known, every text would wrap at nothing; measured
            // once it is drawn
            pending = true;
            return;
        }
        pending = false;
        Composite content = (Composite) scroll.getContent();
        Point needed = content.computeSize(width, SWT.DEFAULT);
        // the height only: the content always takes the area's width, also once a scroll bar narrows it
        scroll.setMinHeight(needed.y);
        content.layout(true, true);
    }
}
