/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Spinner;

/**
 * The mouse wheel never changes a list or a number the pointer merely passes over while a form scrolls: a combo or a
 * spinner takes the wheel only once the user has clicked into it (it has the focus).
 */
public final class WheelGuard {

    private WheelGuard() {
    }

    /** Guards every combo and spinner of the display. */
    public static void install(Display display) {
        display.addFilter(SWT.MouseVerticalWheel, event -> {
            if ((event.widget instanceof Combo || event.widget instanceof Spinner) && !((Control) event.widget).isFocusControl()) {
                event.doit = false;
            }
        });
    }
}
