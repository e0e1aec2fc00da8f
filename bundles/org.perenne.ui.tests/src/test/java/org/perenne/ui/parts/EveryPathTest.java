/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.AccountsImport;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.FileChooser;
import org.perenne.ui.Messages;

/**
 * Every item of the application's menus, as its model (Application.e4xmi) declares it, run by its own handler in the
 * window the model lays out, with what it needs (a canvas, an edit to undo, accounts to map), in French and in
 * English. An item passes when it neither throws nor logs an error nor opens an error, and shows something: a dialog,
 * a part, a change of the canvas or the window. Files are chosen in advance (the system's dialogs cannot be answered
 * from a test); every dialog that opens is read and closed as a user would dismiss it.
 */
class EveryPathTest {

    private static final List<Locale> LANGUAGES = java.util.Arrays.stream(System.getProperty("perenne.testLanguages", "fr,en").split(","))
            .map(Locale::forLanguageTag).toList();

    @TempDir
    Path folder;
    private DesktopTestBench bench;
    private final List<String> failures = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();
    private final List<String> workbenchCalls = new ArrayList<>();
    private final Set<Shell> seen = new HashSet<>();

    @AfterEach
    void close() {
        CanvasDialogs.useFiles(FileChooser.SYSTEM);
        Messages.use(Locale.FRENCH);
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void everyMenuItemRunsAndShowsWhatItDid() throws Exception {
        for (Locale language : LANGUAGES) {
            List<String> ran = walk(language);
            assertEquals(List.of(), failures, failures.size() + " paths broken in " + language + " (ran " + ran + ")");
            assertTrue(ran.size() >= 16, "every menu item: " + ran);
            bench.close();
            bench = null;
        }
    }

    /** Runs every menu item in the menus' order, each with what it needs; returns what ran. */
    private List<String> walk(Locale language) throws Exception {
        bench = new DesktopTestBench(1280, 800, language);
        ModelWindow window = new ModelWindow(bench, language);
        bench.provide(Shell.class, bench.shell);
        bench.provide(IWorkbench.class, workbench());
        CanvasDialogs.useFiles(new AnsweredFiles(folder.resolve(language.getLanguage())));
        bench.open();
        seen.add(bench.shell);
        ILogListener errors = (status, plugin) -> {
            if (status.getSeverity() == IStatus.ERROR) {
                failures.add("logged: " + status.getMessage() + (status.getException() == null ? "" : " " + status.getException()));
            }
        };
        Platform.addLogListener(errors);
        Runnable watchdog = new Runnable() {
            @Override
            public void run() {
                dismissDialogs();
                if (!bench.display.isDisposed()) {
                    bench.display.timerExec(150, this);
                }
            }
        };
        bench.display.timerExec(150, watchdog);
        List<String> ran = new ArrayList<>();
        try {
            for (Iterator<EObject> all = ((EObject) window.application).eAllContents(); all.hasNext();) {
                if (all.next() instanceof MHandledMenuItem item) {
                    ran.add(window.label(item.getLabel()));
                    run(window, item);
                    if (item.getElementId().endsWith(".workshop")) {
                        assertTrue(bench.workshop.isOn(), "F11 enters workshop mode");
                        run(window, item);
                        assertFalse(bench.workshop.isOn(), "F11 again leaves it");
                        assertFalse(bench.shell.getFullScreen(), "and the window leaves the full screen");
                    }
                }
            }
        } finally {
            bench.display.timerExec(-1, watchdog);
            Platform.removeLogListener(errors);
        }
        return ran;
    }

    /** Runs one menu item as the workbench does: its handler, made in a context holding the item's parameters. */
    private void run(ModelWindow window, MHandledMenuItem item) throws Exception {
        String name = window.label(item.getLabel());
        prepare(item.getElementId());
        MHandler handler = window.application.getHandlers().stream().filter(h -> h.getCommand() == item.getCommand())
                .findFirst().orElse(null);
        if (handler == null) {
            failures.add(name + ": no handler for its command");
            return;
        }
        IEclipseContext context = bench.context().createChild(name);
        for (MParameter parameter : item.getParameters()) {
            context.set(parameter.getName(), parameter.getValue());
        }
        String uri = handler.getContributionURI();
        Object made = ContextInjectionFactory.make(
                Class.forName(uri.substring(uri.lastIndexOf('/') + 1), true, DashboardPart.class.getClassLoader()), context);
        Object enabled = ContextInjectionFactory.invoke(made, CanExecute.class, context, Boolean.TRUE);
        if (!Boolean.TRUE.equals(enabled)) {
            failures.add(name + ": disabled although what it needs was prepared");
            return;
        }
        State before = state(window);
        try {
            ContextInjectionFactory.invoke(made, Execute.class, context);
        } catch (RuntimeException e) {
            failures.add(name + ": " + e + (e.getCause() == null ? "" : " caused by " + e.getCause()));
            return;
        }
        bench.waitFor(() -> Job.getJobManager().isIdle(), Duration.ofSeconds(120), name + "'s work in the background");
        bench.settle();
        dismissDialogs();
        if (state(window).equals(before)) {
            failures.add(name + ": did nothing and said nothing");
        }
        context.dispose();
    }

    /** What an item needs before it runs: a canvas open, an edit to undo, an undo to redo. */
    private void prepare(String item) {
        bench.session.document().ifPresent(document -> {
            boolean edit = item.endsWith(".save") && !document.isDirty() || item.endsWith(".undo") && !document.canUndo();
            if (edit) { // a change typed in the details, as one edit
                document.execute(org.eclipse.emf.edit.command.SetCommand.create(document.editingDomain(), document.canvas(),
                        org.perenne.model.PerennePackage.Literals.CANVAS__NAME, document.canvas().getName() + " (essai)"));
            }
        });
    }

    /** What a user could see change: dialogs opened, parts shown, the canvas and its edits, the window, the workbench. */
    private record State(int dialogs, int shown, Object document, Object lastEdit, boolean redoable, boolean dirty,
            boolean workshop, int calls, List<String> files) {
    }

    private State state(ModelWindow window) throws IOException {
        CanvasDocument document = bench.session.document().orElse(null);
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (var all = Files.walk(folder)) {
                all.filter(Files::isRegularFile).forEach(file -> files.add(file + ":" + file.toFile().lastModified()));
            }
        }
        return new State(dialogs.size(), window.shown.size(), document, document == null ? null : document.undoCommand(),
                document != null && document.canRedo(), document != null && document.isDirty(), bench.workshop.isOn(),
                workbenchCalls.size(), files);
    }

    /** Reads each new window (a dialog, the help) and closes it as a user dismisses it; an error dialog is a failure. */
    private void dismissDialogs() {
        for (Shell shell : bench.display.getShells()) {
            if (shell.isDisposed() || !shell.isVisible() || !seen.add(shell)) {
                continue;
            }
            StringBuilder words = new StringBuilder(shell.getText());
            collect(shell, words);
            dialogs.add(words.toString());
            if (words.toString().contains("!") && words.toString().matches("(?s).*![a-z]+\\.[a-zA-Z.]+!.*")) {
                failures.add("a message key shows in «" + words + "»");
            }
            if (shell.getData() instanceof MessageDialog dialog && dialog.getImage() == bench.display.getSystemImage(SWT.ICON_ERROR)) {
                failures.add("an error: «" + words + "»");
            }
            bench.display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    shell.close();
                }
            });
        }
    }

    private static void collect(Control control, StringBuilder words) {
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            words.append(" | ").append(label.getText());
        } else if (control instanceof org.eclipse.swt.custom.StyledText text) {
            words.append(" | ").append(text.getText(), 0, Math.min(200, text.getCharCount()));
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, words);
            }
        }
    }

    /** The workbench the handlers get: closing and restarting are recorded, not done. */
    private IWorkbench workbench() {
        return (IWorkbench) Proxy.newProxyInstance(IWorkbench.class.getClassLoader(), new Class<?>[] { IWorkbench.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "close", "restart" -> {
                        workbenchCalls.add(method.getName());
                        yield Boolean.TRUE;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "the test's workbench";
                    default -> throw new UnsupportedOperationException("IWorkbench." + method.getName() + " is not in the test");
                });
    }

    /** The files a user would pick: the sample to open, a list of offers, a FEC; a new file in the folder to write. */
    private static final class AnsweredFiles implements FileChooser {
        private final Path folder;

        AnsweredFiles(Path folder) {
            this.folder = folder;
        }

        @Override
        public Optional<Path> toOpen(Shell shell, String title, List<Filter> filters) {
            try {
                Files.createDirectories(folder);
                String patterns = filters.stream().map(Filter::pattern).reduce("", String::concat);
                if (patterns.contains("perenne")) {
                    return Optional.of(Files.copy(DesktopTestBench.SAMPLE, folder.resolve("ouvert.perenne"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING));
                }
                if (title.equals(Messages.get("importAccounts.title")) || patterns.contains("txt")) {
                    String fec = String.join("\t", AccountsImport.FEC_COLUMNS) + "\n"
                            + "OD\tOD\t1\t20270315\t6132\tLocations immobilières\t\t\tP1\t20270315\tloyer\t2400,00\t0,00\t\t\t20270315\t\t\n"
                            + "OD\tOD\t1\t20270315\t512\tBanque\t\t\tP1\t20270315\tloyer\t0,00\t2400,00\t\t\t20270315\t\t\n";
                    return Optional.of(Files.writeString(folder.resolve("fec.txt"), fec, StandardCharsets.UTF_8));
                }
                return Optional.of(Files.writeString(folder.resolve("offres.csv"),
                        "type;nom;montant;volume\ncharge;Ménage;420,50;\nprestation;Repair café;0;4\n", StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Saved> toSave(Shell shell, String title, List<Filter> filters, Path where, String name) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Optional.of(new Saved(folder.resolve(name), 0));
        }

        @Override
        public Optional<Path> folder(Shell shell, String message) {
            return Optional.of(folder);
        }
    }
}
