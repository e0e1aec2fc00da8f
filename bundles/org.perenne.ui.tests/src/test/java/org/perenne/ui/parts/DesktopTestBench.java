/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.DesktopPreferences;
import org.perenne.ui.WorkshopMode;

/**
 * The application's parts built by dependency injection in a plain SWT shell, as the workbench builds
 * them, with the same session, UI synchroniser and workshop mode: what the tests click and read.
 */
final class DesktopTestBench implements AutoCloseable {

    static final Path SAMPLE = Path.of(System.getProperty("perenne.samples", "../../model-samples"))
            .resolve("tiers-lieu-hybride.perenne");

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final CanvasSession session = new CanvasSession(new DesktopPreferences());
    final WorkshopMode workshop = new WorkshopMode();
    private final IEclipseContext context = EclipseContextFactory.create("perenne-test");

    DesktopTestBench(int width, int height) {
        this(width, height, Locale.FRENCH);
    }

    /** The language the bench speaks, the open canvas's labels too. */
    private final Locale language;

    /** A bench speaking a language, as the product started with {@code -nl} (the edit bundle's labels too). */
    DesktopTestBench(int width, int height, Locale language) {
        this.language = language;
        Locale.setDefault(language);
        org.perenne.ui.Messages.use(language);
        shell.setSize(width, height);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        context.set(CanvasSession.class, session);
        context.set(WorkshopMode.class, workshop);
        context.set(UISynchronize.class, new UISynchronize() {
            @Override
            public void syncExec(Runnable runnable) {
                display.syncExec(runnable);
            }

            @Override
            public void asyncExec(Runnable runnable) {
                display.asyncExec(runnable);
            }

            @Override
            protected boolean isUIThread(Thread thread) {
                return display.getThread() == thread;
            }

            @Override
            protected void showBusyWhile(Runnable runnable) {
                runnable.run();
            }

            @Override
            protected boolean dispatchEvents() {
                return display.readAndDispatch();
            }
        });
        MWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        window.setContext(EclipseContextFactory.create("window"));
        context.set(MWindow.class, window);
    }

    /** Gives the parts and handlers made from now on a service (the window's part and model services…). */
    <T> void provide(Class<T> type, T service) {
        context.set(type, service);
    }

    /** The context parts and handlers are made in (a handler's parameters are set in a child of it). */
    org.eclipse.e4.core.contexts.IEclipseContext context() {
        return context;
    }

    /** Builds a part in its own area of the shell, as the workbench would. */
    <T> T part(Class<T> type, Composite area) {
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        partContext.set(Composite.class, area);
        return ContextInjectionFactory.make(type, partContext);
    }

    /** Opens a copy of sample 1, as the welcome page does. */
    CanvasDocument openSample() {
        CanvasDocument document = CanvasDocument.openCopy(SAMPLE, language).document();
        session.show(document);
        return document;
    }

    void open() {
        shell.layout(true, true);
        shell.open();
        settle();
    }

    /** Runs the event loop until the condition holds (jobs report back through it), or fails after the time given. */
    void waitFor(BooleanSupplier condition, Duration limit, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for: " + what);
            }
            if (!dispatchOrPause(display)) {
                return;
            }
        }
        settle();
    }

    /** Runs the event loop for a while (what the toolkit does in its own time: styling, timers). */
    void runFor(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            if (!dispatchOrPause(display)) {
                return;
            }
        }
        settle();
    }

    /**
     * One turn of the event loop: an event dispatched, or a pause of 5 ms when there is none (a timer or the X server
     * will have work soon); false when the thread was interrupted.
     */
    static boolean dispatchOrPause(org.eclipse.swt.widgets.Display display) {
        if (!display.readAndDispatch()) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Lets pending UI work run. */
    void settle() {
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    /** Saves what the shell shows as a PNG under target/screenshots (the README's pictures come from there). */
    void screenshot(String name) throws Exception {
        screenshotOf(shell, name);
    }

    /** Saves what a window (the main shell or a dialog) shows as a PNG under target/screenshots. */
    void screenshotOf(org.eclipse.swt.widgets.Shell shell, String name) throws Exception {
        display.setCursorLocation(shell.getBounds().x + shell.getBounds().width - 2, shell.getBounds().y + shell.getBounds().height - 2);
        settle();
        Thread.sleep(300); // let the X server draw what was just laid out
        settle();
        Path folder = Path.of(System.getProperty("perenne.screenshots", "target/screenshots"));
        Files.createDirectories(folder.resolve(name + ".png").getParent());
        org.eclipse.swt.graphics.Rectangle area = shell.getClientArea();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(shell);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        image.dispose();
    }

    @Override
    public void close() {
        shell.dispose();
        context.dispose();
        settle();
    }
}
