/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.perenne.model.Canvas;

/** {@code perenne validate FILE}: lists the problems; exit 0 when valid, 2 when not. */
final class ValidateCommand {

    private final CliMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(CliMessages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException {
        String file = Arguments.parse(words, Set.of(), Set.of(), messages).file(messages);
        Canvas canvas = CanvasInput.load(file, messages);
        List<Diagnostic> problems = CanvasInput.problems(canvas, messages);
        String name = String.valueOf(Path.of(file).getFileName());
        if (problems.isEmpty()) {
            out.println(messages.get("validate.ok", name));
            return Main.OK;
        }
        boolean errors = problems.stream().anyMatch(d -> d.getSeverity() == Diagnostic.ERROR);
        PrintStream target = errors ? err : out;
        target.println(messages.get("validate.problems", problems.size(), name));
        for (Diagnostic problem : problems.subList(0, Math.min(problems.size(), CanvasInput.SHOWN_PROBLEMS))) {
            String severity = messages.get(problem.getSeverity() == Diagnostic.ERROR ? "validate.error" : "validate.warning");
            target.println("  " + severity + " — " + problem.getMessage());
        }
        if (problems.size() > CanvasInput.SHOWN_PROBLEMS) {
            target.println("  " + messages.get("error.moreProblems", problems.size() - CanvasInput.SHOWN_PROBLEMS));
        }
        return errors ? Main.INVALID : Main.OK;
    }
}
