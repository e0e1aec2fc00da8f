/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File › Welcome (and New): brings the welcome page forward: samples, new canvas, recent files. */
public final class WelcomeHandler {

    static final String WELCOME_PART = "org.perenne.ui.part.welcome";

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(WELCOME_PART, EPartService.PartState.ACTIVATE);
    }
}
