/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.perenne.charts.ChartText;
import org.perenne.charts.GroupEstimateChart;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Estimate;
import org.perenne.model.Uncertainty;
import org.perenne.ui.Messages;

/**
 * Under the details of a group estimate (the uncertain figure or its law): each participant's triangle and the
 * group's pooled curve, as the Monte Carlo draws it.
 */
final class GroupEstimateView {

    private GroupEstimateView() {
    }

    /**
     * What the drawing of {@code item} shows: its law's kind and participants' values; the details are drawn again
     * when it changes (an estimate edited, the law's kind changed, an undo).
     */
    static String drawn(EObject item) {
        Distribution law = item instanceof Distribution d ? d
                : item instanceof Uncertainty u ? u.getDistribution() : null;
        if (law == null) {
            return "";
        }
        StringBuilder said = new StringBuilder(String.valueOf(law.getKind()));
        for (Estimate e : law.getEstimates()) {
            said.append(';').append(e.getLow()).append('/').append(e.getLikely()).append('/').append(e.getHigh());
        }
        return said.toString();
    }

    /**
     * Adds the chart to a details form of two columns when {@code item} is, or holds, a group estimate to draw.
     *
     * @return the chart, or null when there is none to draw
     */
    static ChartCanvas addTo(Composite form, EObject item) {
        Distribution law = item instanceof Distribution d ? d
                : item instanceof Uncertainty u ? u.getDistribution() : null;
        if (law == null || law.getKind() != DistributionKind.GROUP_ESTIMATE) {
            return null;
        }
        List<Estimate> estimates = law.getEstimates().stream()
                .filter(e -> e.getLow() <= e.getLikely() && e.getLikely() <= e.getHigh() && Double.isFinite(e.getHigh() - e.getLow()))
                .toList();
        if (estimates.isEmpty()) {
            return null; // nothing drawable yet: the validation says what is missing
        }
        double[] low = estimates.stream().mapToDouble(Estimate::getLow).toArray();
        double[] likely = estimates.stream().mapToDouble(Estimate::getLikely).toArray();
        double[] high = estimates.stream().mapToDouble(Estimate::getHigh).toArray();
        String figure = law.eContainer() instanceof Uncertainty u && u.getName() != null ? u.getName() : "";
        ChartCanvas chart = new ChartCanvas(form, Messages.get("details.groupEstimate.file"));
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        layout.heightHint = DashboardPart.MINIMUM_CHART_HEIGHT;
        layout.minimumHeight = DashboardPart.MINIMUM_CHART_HEIGHT;
        chart.control().setLayoutData(layout);
        ChartText text = new ChartText(Messages.locale());
        chart.show((width, height) -> GroupEstimateChart.create(low, likely, high, figure, text, width, height));
        return chart;
    }
}
