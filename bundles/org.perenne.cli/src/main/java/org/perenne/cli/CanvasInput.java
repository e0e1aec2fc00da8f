/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.perenne.model.Canvas;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;

/** Reads a canvas for a command: loads it, validates it, and reports problems in plain words. */
final class CanvasInput {

    /** Problems listed one by one; the rest are counted (a file with 10,000 duplicates gives one screen). */
    static final int SHOWN_PROBLEMS = 50;

    private CanvasInput() {
    }

    /** Loads the file, or throws with the loader's diagnostic (exit 2). */
    static Canvas load(String file, CliMessages messages) throws InvalidCanvasException {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(Path.of(file), messages.locale());
        if (!loaded.isLoaded()) {
            throw new InvalidCanvasException(describe(loaded.diagnostic()));
        }
        return loaded.canvas();
    }

    /** The canvas's problems (errors and warnings), worded for the user. */
    static List<Diagnostic> problems(Canvas canvas, CliMessages messages) {
        return CanvasValidator.validate(canvas, messages.locale(), new EditVocabulary(messages.locale())).getChildren();
    }

    /** Loads and requires a canvas without errors (warnings are fine). */
    static Canvas loadValid(String file, CliMessages messages) throws InvalidCanvasException {
        Canvas canvas = load(file, messages);
        List<Diagnostic> errors = problems(canvas, messages).stream()
                .filter(d -> d.getSeverity() == Diagnostic.ERROR).toList();
        if (!errors.isEmpty()) {
            StringBuilder text = new StringBuilder(messages.get("error.invalid", Path.of(file).getFileName()));
            errors.stream().limit(SHOWN_PROBLEMS).forEach(error -> text.append("\n  • ").append(error.getMessage()));
            if (errors.size() > SHOWN_PROBLEMS) {
                text.append("\n  ").append(messages.get("error.moreProblems", errors.size() - SHOWN_PROBLEMS));
            }
            throw new InvalidCanvasException(text.toString());
        }
        return canvas;
    }

    static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  • ").append(child.getMessage());
        }
        return text.toString();
    }
}
