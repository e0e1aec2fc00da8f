/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import org.eclipse.swt.widgets.Control;
import org.perenne.model.edit.CanvasDocument;

/**
 * The item labels (names and icons) of the canvas a part shows: made again when another canvas is
 * opened, their images freed then and with the part.
 */
final class DocumentLabels {

    private CanvasDocument labelled;
    private ItemProviderLabels labels;

    DocumentLabels(Control owner) {
        owner.addDisposeListener(event -> release());
    }

    /** The labels of this canvas; null when there is none. */
    ItemProviderLabels of(CanvasDocument document) {
        if (document != labelled) {
            release();
            labels = document == null ? null : new ItemProviderLabels(document.adapterFactory());
            labelled = document;
        }
        return labels;
    }

    private void release() {
        if (labels != null) {
            labels.dispose();
            labels = null;
        }
        labelled = null;
    }
}
