/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.command.AddCommand;
import org.perenne.model.Canvas;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage;
import org.perenne.model.Scenario;
import org.perenne.model.ScenarioOverride;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;

/**
 * One open canvas: its file, its editing domain (every change goes through the command stack, so
 * undo and redo work), whether it needs saving, and its validation problems. Headless; the desktop
 * application shows it.
 */
public final class CanvasDocument {

    /** Told when the canvas changed (an edit, an undo, a save). */
    public interface Listener {
        void documentChanged(CanvasDocument document);
    }

    private final Canvas canvas;
    private final ComposedAdapterFactory adapterFactory;
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final Locale locale;
    private final List<Listener> listeners = new ArrayList<>();
    private Path file;
    /** Restored from a recovery file: holds changes that were never saved to {@link #file}. */
    private boolean restored;

    private CanvasDocument(Canvas canvas, Path file, Locale locale) {
        this.canvas = canvas;
        this.file = file;
        this.locale = locale;
        this.adapterFactory = new ComposedAdapterFactory(new PerenneItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
                canvas.eResource().getResourceSet());
        commandStack.addCommandStackListener(event -> fireChanged());
    }

    /** What opening produced: a document, or none and the reason in plain words. */
    public record OpenResult(CanvasDocument document, Diagnostic problem) {
    }

    /** Opens a file; never throws: a file that cannot be read gives a diagnostic. */
    public static OpenResult open(Path file, Locale locale) {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(file, locale);
        if (!loaded.isLoaded()) {
            return new OpenResult(null, loaded.diagnostic());
        }
        return new OpenResult(new CanvasDocument(loaded.canvas(), file.toAbsolutePath(), locale), Diagnostic.OK_INSTANCE);
    }

    /** A canvas not saved yet (from a template): it has no file until "save as". */
    public static CanvasDocument create(Canvas canvas, Locale locale) {
        CanvasFiles.newResourceSet().createResource(URI.createURI("new." + CanvasFiles.EXTENSION)).getContents().add(canvas);
        return new CanvasDocument(canvas, null, locale);
    }

    /** Opens a file as a new canvas not saved yet (a sample to start from): saving asks for a file. */
    public static OpenResult openCopy(Path file, Locale locale) {
        return openAs(file, null, locale, false);
    }

    /**
     * Opens a recovery copy as the canvas it was saved from: the document belongs to {@code original}
     * (null when that canvas had never been saved) and counts as modified until saved.
     */
    public static OpenResult recover(Path recoveryCopy, Path original, Locale locale) {
        return openAs(recoveryCopy, original, locale, true);
    }

    private static OpenResult openAs(Path read, Path original, Locale locale, boolean restored) {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(read, locale);
        if (!loaded.isLoaded()) {
            return new OpenResult(null, loaded.diagnostic());
        }
        Path file = original == null ? null : original.toAbsolutePath();
        loaded.canvas().eResource().setURI(file == null ? URI.createURI("new." + CanvasFiles.EXTENSION)
                : URI.createFileURI(file.toString()));
        CanvasDocument document = new CanvasDocument(loaded.canvas(), file, locale);
        document.restored = restored;
        return new OpenResult(document, Diagnostic.OK_INSTANCE);
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The file the canvas is saved to; null for a canvas never saved. */
    public Path file() {
        return file;
    }

    public EditingDomain editingDomain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /**
     * The edit that adds a scenario with {@code changes} to the canvas, under the first free identifier
     * {@code scenario-N}, named {@code name.apply(N)}.
     */
    public Command newScenario(java.util.function.IntFunction<String> name, List<ScenarioOverride> changes) {
        int number = canvas.getScenarios().size() + 1;
        while (identified("scenario-" + number)) {
            number++;
        }
        Scenario scenario = PerenneFactory.eINSTANCE.createScenario();
        scenario.setId("scenario-" + number);
        scenario.setName(name.apply(number));
        scenario.getOverrides().addAll(changes);
        return AddCommand.create(domain, canvas, PerennePackage.Literals.CANVAS__SCENARIOS, scenario);
    }

    private boolean identified(String id) {
        return canvas.eResource() != null && canvas.eResource().getEObject(id) != null
                || canvas.getScenarios().stream().anyMatch(scenario -> id.equals(scenario.getId()));
    }

    /** Runs a change through the command stack; it can then be undone. */
    public void execute(Command command) {
        if (command.canExecute()) {
            commandStack.execute(command);
        } else {
            command.dispose();
        }
    }

    /** The change the next undo would take back (null: none). */
    public Command undoCommand() {
        return commandStack.getUndoCommand();
    }

    public boolean canUndo() {
        return commandStack.canUndo();
    }

    public boolean canRedo() {
        return commandStack.canRedo();
    }

    public void undo() {
        commandStack.undo();
    }

    public void redo() {
        commandStack.redo();
    }

    /** Whether there are changes not yet saved. */
    public boolean isDirty() {
        return restored || commandStack.isSaveNeeded();
    }

    /** Saves to the current file, atomically, keeping the previous version as a backup. */
    public void save() throws IOException {
        if (file == null) {
            throw new IOException("This canvas has no file yet: save it as a new file.");
        }
        saveAs(file);
    }

    /** Saves to another file, which becomes the document's file. */
    public void saveAs(Path target) throws IOException {
        Objects.requireNonNull(target);
        CanvasFiles.save(canvas, target);
        file = target.toAbsolutePath();
        restored = false;
        commandStack.saveIsDone();
        fireChanged();
    }

    /** The validation problems of the canvas as it is now, in the document's language. */
    public Diagnostic validate() {
        return CanvasValidator.validate(canvas, locale, new EditVocabulary(locale));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        for (Listener listener : List.copyOf(listeners)) {
            listener.documentChanged(this);
        }
    }

    /** Releases the adapters the labels and the editing domain put on the canvas. */
    public void dispose() {
        listeners.clear();
        adapterFactory.dispose();
    }
}
