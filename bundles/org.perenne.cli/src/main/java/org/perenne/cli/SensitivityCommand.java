/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.perenne.model.io.ResultsFolder;
import org.perenne.model.Canvas;
import org.perenne.report.CsvFiles;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Output;
import org.perenne.simulation.Scenarios;
import org.perenne.simulation.Sensitivity;
import org.perenne.simulation.UncertainAssumption;

/** {@code perenne sensitivity FILE --output NAME}: the tornado, widest bar first; tornado.csv. */
final class SensitivityCommand {

    private final CliMessages messages;
    private final PrintStream out;

    SensitivityCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--output", "--scenario", "--out"), Set.of("--json"), messages);
        String file = arguments.file(messages);
        Canvas base = CanvasInput.loadValid(file, messages);
        String scenario = arguments.option("--scenario", null);
        Canvas canvas = scenario == null ? base : Scenarios.apply(base, SimulateCommand.scenario(base, scenario, messages));
        String outputName = arguments.option("--output", "min_cash");
        Output output = Output.parse(outputName, canvas.getHorizonYears());
        if (output == null) {
            throw new UsageException(messages.get("error.unknownOutput", outputName, canvas.getHorizonYears()));
        }
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        Sensitivity.Tornado tornado = Sensitivity.of(compiled, UncertainAssumption.of(canvas, compiled), output);
        List<List<String>> csv = new ArrayList<>();
        // driver: 1 for a common driver's bar, whose low and high are its shock in standard deviations
        csv.add(List.of("assumption", "low", "high", "output_at_low", "output_at_high", "swing", "driver"));
        for (Sensitivity.Bar bar : tornado.bars()) {
            // an assumption's values in its own unit, to six decimals (a common driver's: its shock in standard deviations)
            csv.add(List.of(java.util.Objects.toString(bar.assumption(), ""), ResultFiles.sixDecimals(bar.low()),
                    ResultFiles.sixDecimals(bar.high()),
                    ResultFiles.cents(bar.outputAtLow()), ResultFiles.cents(bar.outputAtHigh()),
                    ResultFiles.cents(bar.swing()), bar.driver() ? "1" : "0"));
        }
        Path folder = Path.of(arguments.option("--out", SimulateCommand.stem(file) + "-results"));
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvFiles.write(results.file("tornado.csv"), csv);
            results.complete();
        }
        if (arguments.has("--json")) {
            StringJoiner bars = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
            for (Sensitivity.Bar bar : tornado.bars()) {
                bars.add(String.format(java.util.Locale.ROOT,
                        "{\"assumption\": %s, \"low\": %s, \"high\": %s, \"output_at_low\": %s, \"output_at_high\": %s}",
                        ResultFiles.json(bar.assumption()), bar.low(), bar.high(), ResultFiles.cents(bar.outputAtLow()),
                        ResultFiles.cents(bar.outputAtHigh())));
            }
            out.println("{\n  \"output\": " + ResultFiles.json(output.name()) + ",\n  \"base\": "
                    + ResultFiles.cents(tornado.base()) + ",\n  \"bars\": " + (tornado.bars().isEmpty() ? "[]" : bars) + "\n}");
        } else if (tornado.bars().isEmpty()) {
            out.println(messages.get("sensitivity.none"));
        } else {
            out.println(messages.get("sensitivity.title", output.name(), messages.euros(tornado.base())));
            for (Sensitivity.Bar bar : tornado.bars()) {
                out.println("  " + messages.get("sensitivity.bar", bar.assumption(), messages.number(bar.low(), 2),
                        messages.euros(bar.outputAtLow()), messages.number(bar.high(), 2), messages.euros(bar.outputAtHigh()),
                        messages.euros(bar.swing())));
            }
            out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        }
        return Main.OK;
    }
}
