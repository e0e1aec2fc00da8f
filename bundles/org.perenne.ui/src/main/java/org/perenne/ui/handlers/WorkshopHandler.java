/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.WorkshopMode;

/**
 * Workshop › Workshop mode (F11): full screen, larger text, the canvas beside a wider dashboard with its
 * sliders; the details and problems are put away. Again to leave, with the layout as it was.
 */
public final class WorkshopHandler {

    private static final String DETAILS = "org.perenne.ui.stack.details";
    private static final String CANVAS_SIDE = "org.perenne.ui.sash.left";
    private static final String DASHBOARD_SIDE = "org.perenne.ui.stack.dashboard";
    /** The share of the window's width the canvas keeps in workshop mode (the dashboard has the rest). */
    private static final int CANVAS_SHARE = 48;

    private String canvasSide;
    private String dashboardSide;

    @Execute
    public void execute(MWindow window, WorkshopMode workshop, MApplication application, EModelService models,
            EPartService parts) {
        // the main window's shell, never the active one: after a dialog or a comparison, the active shell may be another
        Shell shell = (Shell) window.getWidget();
        MUIElement details = models.find(DETAILS, application);
        MUIElement left = models.find(CANVAS_SIDE, application);
        MUIElement right = models.find(DASHBOARD_SIDE, application);
        boolean entering = !workshop.isOn();
        if (details != null && left != null && right != null) {
            if (entering) {
                canvasSide = left.getContainerData();
                dashboardSide = right.getContainerData();
                left.setContainerData(Integer.toString(CANVAS_SHARE));
                right.setContainerData(Integer.toString(100 - CANVAS_SHARE));
            } else if (canvasSide != null) {
                left.setContainerData(canvasSide);
                right.setContainerData(dashboardSide);
            }
            details.setVisible(!entering);
        }
        if (entering) {
            parts.showPart("org.perenne.ui.part.dashboard", EPartService.PartState.VISIBLE);
        }
        workshop.toggle(shell);
    }
}
