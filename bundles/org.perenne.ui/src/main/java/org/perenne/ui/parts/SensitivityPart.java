/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.perenne.charts.ChartText;
import org.perenne.charts.TornadoChart;
import org.perenne.model.AssumptionChange;
import org.perenne.model.FigureFormat;
import org.perenne.model.OverrideMode;
import org.perenne.model.edit.AssumptionCommands;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.Output;
import org.perenne.simulation.Sensitivity;
import org.perenne.simulation.SolveFor;
import org.perenne.simulation.UncertainAssumption;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Two questions a funder asks. What matters most: the tornado, each uncertain assumption at its low
 * and high value and how far a figure moves. How much is enough: "solve for", the value of one
 * number of the canvas (a grant, a fee, an occupancy) that makes a figure reach a target, applied
 * back to the canvas as one undoable edit.
 */
public final class SensitivityPart {

    @Inject
    private CanvasSession session;
    @Inject
    private UISynchronize ui;

    private Composite parent;
    private Combo tornadoOutput;
    private SolveForForm solveFor;
    private ChartCanvas chart;
    private Label tornadoStatus;
    private Scrolling tornadoScroll;
    private final ChartText chartText = new ChartText(Messages.locale());
    private final List<Output> outputs = new ArrayList<>();
    private Job running;
    private CanvasSession.Listener listener;
    private volatile Sensitivity.Tornado tornado;
    /** How many tornadoes were asked for: only the last one asked is shown. */
    private int tornadoAsked;

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createTornado(sash);
        solveFor = new SolveForForm(sash, ui);
        sash.setWeights(50, 50);
        listener = PartListener.refreshing(parent, this::refresh);
        session.addListener(listener);
        refresh();
    }

    private void createTornado(Composite sash) {
        Group frame = new Group(sash, SWT.NONE);
        frame.setText(Messages.get("sensitivity.tornado"));
        frame.setLayout(new GridLayout());
        // the chart keeps a readable height when the part is low (workshop mode on a projector): the tornado scrolls
        tornadoScroll = new Scrolling(frame);
        tornadoScroll.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite group = tornadoScroll.newContent();
        group.setLayout(new GridLayout(2, false));
        Label intro = wrapped(group, Messages.get("sensitivity.tornado.intro"), 2);
        intro.setToolTipText(Messages.get("sensitivity.tornado.explained"));
        new Label(group, SWT.NONE).setText(Messages.get("sensitivity.output"));
        tornadoOutput = new Combo(group, SWT.READ_ONLY);
        tornadoOutput.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tornadoOutput.addListener(SWT.Selection, event -> computeTornado());
        tornadoStatus = wrapped(group, "", 2);
        chart = new ChartCanvas(group, Messages.get("sensitivity.file"));
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        layout.minimumHeight = DashboardPart.MINIMUM_CHART_HEIGHT;
        chart.control().setLayoutData(layout);
    }

    private static Label wrapped(Composite parent, String text, int columns) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        layout.widthHint = 300;
        label.setLayoutData(layout);
        return label;
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        CanvasDocument document = session.document().orElse(null);
        int years = document == null ? 0 : document.canvas().getHorizonYears();
        if (outputs.size() != years + 2) {
            fillOutputs(years);
        }
        solveFor.refresh(document);
        computeTornado(); // a few runs of the engine: drawn at once, and again after every change
    }

    private void fillOutputs(int years) {
        outputs.clear();
        tornadoOutput.removeAll();
        outputs.add(Output.LOWEST_CASH);
        outputs.add(Output.END_CASH);
        for (int year = 1; year <= years; year++) {
            outputs.add(Output.resultOfYear(year));
        }
        for (Output output : outputs) {
            tornadoOutput.add(words(output));
        }
        tornadoOutput.select(0);
    }

    /** An output in the interface's words. */
    static String words(Output output) {
        return output.year() > 0 ? Messages.get("sensitivity.output.result", output.year())
                : Messages.get("sensitivity.output." + output.name());
    }

    /** Computes the tornado for the output chosen (when the view opens, after each change and each choice of output). */
    void computeTornado() {
        CanvasDocument document = session.document().orElse(null);
        int index = tornadoOutput.getSelectionIndex();
        if (document == null || index < 0) {
            return;
        }
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            tornadoStatus.setText(Messages.get("dashboard.invalid"));
            return;
        }
        CompiledCanvas compiled = CanvasCompiler.compile(document.canvas());
        List<UncertainAssumption> uncertain = UncertainAssumption.of(document.canvas(), compiled);
        Output output = outputs.get(index);
        tornadoStatus.setText(Messages.get("dashboard.computing"));
        int asked = ++tornadoAsked;
        schedule(Job.create(Messages.get("sensitivity.job"), (IProgressMonitor monitor) -> {
            Sensitivity.Tornado result = Sensitivity.of(compiled, uncertain, output);
            ui.asyncExec(() -> {
                if (asked == tornadoAsked) { // else the canvas or the output changed meanwhile
                    showTornado(result);
                }
            });
            return Status.OK_STATUS;
        }));
    }

    private void showTornado(Sensitivity.Tornado result) {
        if (parent.isDisposed()) {
            return;
        }
        tornado = result;
        String name = words(result.output());
        List<String> withoutEffect = TornadoChart.withoutEffect(result, chartText);
        tornadoStatus.setText(result.bars().isEmpty() ? Messages.get("sensitivity.none")
                : Messages.get("sensitivity.base", name, Math.round(result.base()), TornadoChart.name(result.bars().get(0), chartText))
                        + (withoutEffect.isEmpty() ? ""
                                : " " + Messages.get("sensitivity.noEffect", FigureFormat.of(Messages.locale()).list(withoutEffect))));
        chart.show((width, height) -> TornadoChart.create(result, name, chartText, width, height), TornadoChart.hover(result, name, chartText));
        tornadoScroll.fit();
    }

    private void schedule(Job job) {
        if (running != null) {
            running.cancel();
        }
        running = job;
        job.schedule();
    }

    /** The "solve for" form (tests). */
    SolveForForm solveFor() {
        return solveFor;
    }

    ChartCanvas tornadoChart() {
        return chart;
    }

    Sensitivity.Tornado tornado() {
        return tornado;
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
        if (running != null) {
            running.cancel();
        }
        solveFor.dispose();
    }
}
