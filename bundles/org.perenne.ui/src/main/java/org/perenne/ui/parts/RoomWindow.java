/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.perenne.charts.ChartText;
import org.perenne.charts.GroupEstimateChart;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.room.Question;
import org.perenne.room.Room;
import org.perenne.room.RoomAddresses;
import org.perenne.room.RoomServer;
import org.perenne.room.RoomText;
import org.perenne.report.KeyFigureWords;
import org.perenne.report.ReportText;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.RiskSettings;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.Messages;

/**
 * The workshop room on the projector: the address and its QR code, how many have answered, each figure's
 * participants' triangles and pooled curve, and the risk of running out of cash with the room's estimates beside the
 * canvas's own laws, refreshed as answers arrive. Closing the round puts the group estimates into the canvas in one
 * undoable edit; closing the window any other way changes nothing. The server stops with the window (and so when the
 * application quits).
 */
public final class RoomWindow {

    private final CanvasDocument document;
    private final Room room;
    private final RoomServer server;
    private final Shell shell;
    private final Label answered;
    private final Label riskNow;
    private final Label riskPooled;
    private final List<ChartCanvas> charts = new ArrayList<>();
    private final List<Label> counts = new ArrayList<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    /** The risk being computed with the canvas's laws and with the room's, each replaced by a newer one. */
    private Job nowJob, pooledJob;
    private boolean applied;

    private RoomWindow(Shell parent, CanvasDocument document, Room room, RoomServer server) {
        this.document = document;
        this.room = room;
        this.server = server;
        shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(Messages.get("room.window.title", document.canvas().getName()));
        shell.setLayout(new GridLayout(2, false));
        QrCode.addTo(shell, server.address().toString());
        Composite words = new Composite(shell, SWT.NONE);
        words.setLayout(new GridLayout(1, false));
        words.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(words, SWT.WRAP).setText(Messages.get("room.open"));
        Text address = new Text(words, SWT.READ_ONLY | SWT.WRAP);
        address.setText(server.address().toString());
        address.setFont(TitleFont.of(address, 1.5f));
        address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        answered = new Label(words, SWT.WRAP);
        answered.setFont(TitleFont.of(answered, 1.8f));
        answered.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        riskNow = new Label(words, SWT.WRAP);
        riskNow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        riskPooled = new Label(words, SWT.WRAP);
        riskPooled.setFont(TitleFont.of(riskPooled, 1.2f));
        riskPooled.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite figures = new Composite(shell, SWT.NONE);
        int columns = room.questions().size() == 1 ? 1 : 2;
        figures.setLayout(new GridLayout(columns, true));
        figures.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (Question question : room.questions()) {
            Composite figure = new Composite(figures, SWT.NONE);
            figure.setLayout(new GridLayout(1, false));
            figure.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            Label count = new Label(figure, SWT.WRAP);
            count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            counts.add(count);
            ChartCanvas chart = new ChartCanvas(figure, Messages.get("room.chart.file"));
            GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
            layout.minimumHeight = 120;
            chart.control().setLayoutData(layout);
            charts.add(chart);
        }
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        Button close = new Button(buttons, SWT.PUSH);
        close.setText(Messages.get("room.close"));
        close.addListener(SWT.Selection, event -> closeTheRound());
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(Messages.get("room.cancel"));
        cancel.addListener(SWT.Selection, event -> shell.close());
        shell.setDefaultButton(close);
        shell.addListener(SWT.Show, event -> close.setFocus());
        shell.addListener(SWT.Close, event -> event.doit = applied || room.participants() == 0
                || CanvasDialogs.ask(shell, Messages.get("room.title"), Messages.get("room.confirmCancel", room.participants())));
        // an edit of the canvas while the room is open: both risks are computed again on the canvas as it now is
        CanvasDocument.Listener edited = changed -> shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                computeRisk(false);
                refresh();
            }
        });
        document.addListener(edited);
        shell.addListener(SWT.Dispose, event -> {
            document.removeListener(edited);
            room.close();
            server.close();
            for (Job job : new Job[] { nowJob, pooledJob }) {
                if (job != null) {
                    job.cancel();
                }
            }
        });
        room.onChange(() -> {
            if (refreshPending.compareAndSet(false, true) && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(this::refresh);
            }
        });
        riskNow.setText(Messages.get("room.risk.now", Messages.get("room.risk.computing")));
        computeRisk(false);
        refresh();
        shell.setBounds(parent.getBounds());
    }

    /**
     * Workshop › Open the room: asks which figures and which network, then opens the room and its window; says why
     * when the canvas cannot have one (problems, no uncertain figure) or the network refuses.
     */
    public static Optional<RoomWindow> open(Shell parent, CanvasDocument document) {
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            MessageDialog.openInformation(parent, Messages.get("room.title"), Messages.get("dashboard.invalid"));
            return Optional.empty();
        }
        List<Question> askable = Room.askable(document.canvas());
        if (askable.isEmpty()) {
            MessageDialog.openInformation(parent, Messages.get("room.title"), Messages.get("room.noFigure"));
            return Optional.empty();
        }
        Optional<RoomDialog.Choice> choice = new RoomDialog(parent, askable).ask();
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        Room room = Room.of(document.canvas(), choice.get().figures(), new RoomText(Messages.locale()));
        try {
            RoomServer server = RoomServer.start(room, choice.get().host(), 0);
            RoomWindow window = new RoomWindow(parent, document, room, server);
            window.shell.open();
            return Optional.of(window);
        } catch (IOException e) {
            MessageDialog.openError(parent, Messages.get("room.title"),
                    Messages.get("room.cannotStart", choice.get().host().getHostAddress(), String.valueOf(e.getLocalizedMessage())));
            return Optional.empty();
        }
    }

    /** Opens a room on figures already chosen (tests, and a room opened again). */
    static RoomWindow open(Shell parent, CanvasDocument document, List<String> figures, java.net.InetAddress host) throws IOException {
        Room room = Room.of(document.canvas(), figures, new RoomText(Messages.locale()));
        RoomWindow window = new RoomWindow(parent, document, room, RoomServer.start(room, host, 0));
        window.shell.open();
        return window;
    }

    Shell shell() {
        return shell;
    }

    Room room() {
        return room;
    }

    RoomServer server() {
        return server;
    }

    /** What the window says of the answers and the risk (tests). */
    String said() {
        return answered.getText() + "\n" + riskNow.getText() + "\n" + riskPooled.getText();
    }

    /** Shows the answers as they are now; the risk with the room's laws follows in the background. */
    private void refresh() {
        refreshPending.set(false);
        if (shell.isDisposed()) {
            return;
        }
        int participants = room.participants();
        answered.setText(Messages.get("room.answered", participants));
        ChartText text = new ChartText(Messages.locale());
        List<Room.Triples> all = room.triples();
        for (int f = 0; f < all.size(); f++) {
            Room.Triples triples = all.get(f);
            Question question = triples.question();
            counts.get(f).setText(Messages.get("room.figure.count", question.labelWithUnit(Messages.locale()), triples.participants()));
            if (triples.participants() == 0) {
                charts.get(f).showNothing(Messages.get("room.figure.waiting"));
                continue;
            }
            double scale = question.unit().scale();
            double[] low = Arrays.stream(triples.low()).map(v -> v * scale).toArray();
            double[] likely = Arrays.stream(triples.likely()).map(v -> v * scale).toArray();
            double[] high = Arrays.stream(triples.high()).map(v -> v * scale).toArray();
            String name = question.labelWithUnit(Messages.locale());
            charts.get(f).show((width, height) -> GroupEstimateChart.create(low, likely, high, name, text, width, height));
        }
        computeRisk(true);
        shell.layout(true, true);
    }

    /** The risk of running out of cash, with the canvas's laws or the room's, on the same paths as the dashboard's. */
    private void computeRisk(boolean pooled) {
        if (pooled && room.triples().stream().noneMatch(t -> t.participants() >= Room.FEWEST_FOR_A_GROUP)) {
            riskPooled.setText(Messages.get("room.risk.waiting"));
            return;
        }
        org.perenne.model.Canvas copy = EcoreUtil.copy(document.canvas());
        if (pooled) {
            room.applyTo(copy);
        }
        Job previous = pooled ? pooledJob : nowJob;
        if (previous != null) {
            previous.cancel();
        }
        Label shown = pooled ? riskPooled : riskNow;
        String key = pooled ? "room.risk.pooled" : "room.risk.now";
        if (pooled && riskPooled.getText().isEmpty()) {
            riskPooled.setText(Messages.get(key, Messages.get("room.risk.computing")));
        }
        Job job = Job.create(Messages.get("room.risk.job"), (IProgressMonitor monitor) -> {
            KeyFigures figures = KeyFigures.of(copy, null, KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED,
                    RiskSettings.processors(), MonteCarlo.Progress.NONE);
            // the risk tile's value, marked and in red when it should worry, as on the dashboard
            KeyFigureWords.Tile tile = new KeyFigureWords(new ReportText(Messages.locale())).tile(KeyFigureRows.Figure.RISK, figures);
            if (!monitor.isCanceled() && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shown.isDisposed()) {
                        shown.setText(Messages.get(key, tile.marked()));
                        shown.setForeground(tile.worrying() ? shown.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
                        shell.layout(true, true);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        if (pooled) {
            pooledJob = job;
        } else {
            nowJob = job;
        }
        job.schedule();
    }

    /** Puts each figure's group estimate into the canvas in one undoable edit, then closes the room. */
    void closeTheRound() {
        var edit = room.groupEstimates(document.editingDomain(), new RoomText(Messages.locale()).get("edit"));
        if (edit == null) {
            MessageDialog.openInformation(shell, Messages.get("room.title"), Messages.get("room.noneToClose", Room.FEWEST_FOR_A_GROUP));
            return;
        }
        room.close();
        document.execute(edit);
        applied = true;
        long pooled = room.triples().stream().filter(t -> t.participants() >= Room.FEWEST_FOR_A_GROUP).count();
        Shell parent = (Shell) shell.getParent();
        shell.close();
        MessageDialog.openInformation(parent, Messages.get("room.title"), Messages.get("room.closed", pooled, room.participants()));
    }

    /** The room's address as a QR code, drawn module by module, as large as the window's side allows. */
    private static final class QrCode {

        private QrCode() {
        }

        static Canvas addTo(Composite parent, String address) {
            boolean[][] modules = RoomAddresses.qrCode(address);
            Canvas canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
            int side = Math.max(modules.length * 4, Math.min(300, modules.length * 8));
            GridData layout = new GridData(SWT.CENTER, SWT.CENTER, false, false);
            layout.widthHint = side;
            layout.heightHint = side;
            canvas.setLayoutData(layout);
            canvas.setToolTipText(address);
            canvas.addPaintListener(event -> paint(event.gc, modules, canvas.getSize()));
            return canvas;
        }

        private static void paint(GC gc, boolean[][] modules, Point size) {
            int module = Math.max(1, Math.min(size.x, size.y) / modules.length);
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, size.x, size.y);
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            for (int y = 0; y < modules.length; y++) {
                for (int x = 0; x < modules[y].length; x++) {
                    if (modules[y][x]) {
                        gc.fillRectangle(x * module, y * module, module, module);
                    }
                }
            }
        }
    }
}
