/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;

/** The bold fonts of titles and figures, made from a part's own font and freed with the part. */
final class TitleFont {

    private TitleFont() {
    }

    /** A bold version of the control's font, {@code scale} times as large, disposed with the control. */
    static Font of(Control owner, float scale) {
        FontData data = owner.getFont().getFontData()[0];
        Font font = new Font(owner.getDisplay(), data.getName(), Math.round(data.getHeight() * scale), SWT.BOLD);
        owner.addDisposeListener(event -> font.dispose());
        return font;
    }
}
