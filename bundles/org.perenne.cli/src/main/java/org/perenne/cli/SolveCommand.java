/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.perenne.model.Canvas;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.SolveFor;
import org.perenne.simulation.UncertainAssumption;
import org.perenne.simulation.RiskSettings;

/** {@code perenne solve FILE --vary ITEM.FIELD --target EXPRESSION}: the value that reaches the target. */
final class SolveCommand {

    private static final Pattern VARY = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)\\.([A-Za-z]+)(?:\\[(\\d{1,4})])?");

    private final CliMessages messages;
    private final PrintStream out;

    SolveCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException {
        Arguments arguments = Arguments.parse(words,
                Set.of("--vary", "--target", "--between", "--runs", "--seed", "--threads"), Set.of("--json"), messages);
        String file = arguments.file(messages);
        Canvas canvas = CanvasInput.loadValid(file, messages);
        String vary = arguments.option("--vary", "");
        Matcher matcher = VARY.matcher(vary);
        if (!matcher.matches()) {
            throw new UsageException(messages.get("error.badVary", vary));
        }
        EObject item = canvas.eResource().getEObject(matcher.group(1));
        if (item == null) {
            throw new UsageException(messages.get("error.unknownItem", matcher.group(1)));
        }
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        int index = matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3));
        int[] slots = compiled.slotsOf(item, matcher.group(2), index);
        if (slots.length == 0) {
            throw new UsageException(messages.get("error.notAnAssumption", matcher.group(1), matcher.group(2)));
        }
        String targetText = arguments.option("--target", "");
        SolveFor.Target target = SolveFor.Target.parse(targetText, canvas.getHorizonYears());
        if (target == null) {
            throw new UsageException(messages.get("error.badTarget", targetText));
        }
        double current = compiled.valueAt(slots[0]);
        double highest = item.eClass().getEStructuralFeature(matcher.group(2)) instanceof EAttribute attribute
                ? CanvasValidator.highestValue(attribute) : Double.MAX_VALUE;
        double[] bounds = bounds(arguments.option("--between", null), current, highest);
        RiskSettings risk = arguments.risk(KeyFigures.DEFAULT_RUNS, messages);
        int runs = risk.runs();
        long seed = risk.seed();
        int threads = risk.threads();
        SolveFor.Solution solution = SolveFor.solve(compiled, UncertainAssumption.of(canvas, compiled), slots, target,
                bounds[0], bounds[1], runs, seed, threads);
        String what = target.isProbabilistic() ? "p_negative" : target.output().name();
        if (arguments.has("--json")) {
            out.println(String.format(Locale.ROOT,
                    "{\n  \"vary\": %s,\n  \"target\": %s,\n  \"found\": %s,\n  \"value\": %s,\n  \"achieved\": %s,\n"
                            + "  \"between\": [%s, %s],\n  \"output_at_bounds\": [%s, %s]\n}",
                    ResultFiles.json(vary), ResultFiles.json(targetText), solution.found(),
                    solution.found() ? ResultFiles.cents(solution.value()) : "null",
                    solution.found() ? Double.toString(solution.achieved()) : "null", solution.lower(), solution.upper(),
                    solution.outputAtLower(), solution.outputAtUpper()));
        } else if (solution.found()) {
            out.println(messages.get("solve.found", vary, messages.number(solution.value(), 2), what,
                    format(target, solution.achieved())));
        } else {
            out.println(messages.get("solve.notFound", vary, messages.number(solution.lower(), 2),
                    messages.number(solution.upper(), 2), targetText, what, format(target, solution.outputAtLower()),
                    format(target, solution.outputAtUpper())));
        }
        return Main.OK;
    }

    private String format(SolveFor.Target target, double value) {
        return target.isProbabilistic() ? messages.percent(value) : messages.euros(value);
    }

    private double[] bounds(String text, double current, double highest) throws UsageException {
        if (text == null) {
            return SolveFor.searchRange(current, highest);
        }
        String[] parts = text.split(",");
        try {
            double low = Double.parseDouble(parts[0].trim());
            double high = Double.parseDouble(parts[1].trim());
            if (parts.length == 2 && low < high && Double.isFinite(low) && Double.isFinite(high)) {
                return new double[] { low, high };
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new UsageException(messages.get("error.badBetween"));
    }
}
