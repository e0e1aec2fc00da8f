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

import org.perenne.model.Canvas;
import org.perenne.report.CsvExport;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.Projection;
import org.perenne.simulation.Scenarios;

/** {@code perenne compare FILE --scenarios A,B,…}: key figures side by side ("base" is the canvas itself). */
final class CompareCommand {

    private final CliMessages messages;
    private final PrintStream out;

    CompareCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--scenarios", "--out"), Set.of("--json"), messages);
        String file = arguments.file(messages);
        if (!arguments.has("--scenarios")) {
            throw new UsageException(messages.get("error.missingValue", "--scenarios"));
        }
        Canvas base = CanvasInput.loadValid(file, messages);
        List<String> names = List.of(arguments.option("--scenarios", "").split(","));
        List<KeyFigures> figures = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        for (String raw : names) {
            String name = raw.trim();
            Canvas canvas = name.equals("base") ? base : Scenarios.apply(base, SimulateCommand.scenario(base, name, messages));
            CompiledCanvas compiled = CanvasCompiler.compile(canvas);
            Projection projection = new CashFlowEngine(compiled).project();
            projections.add(projection);
            figures.add(KeyFigures.of(base.getName(), name, projection, new Indicators(projection, compiled)));
        }
        Path folder = Path.of(arguments.option("--out", SimulateCommand.stem(file) + "-results"));
        writeFiles(folder, figures, projections);
        if (arguments.has("--json")) {
            StringJoiner json = new StringJoiner(",\n  ", "[\n  ", "\n]");
            figures.forEach(f -> json.add(f.json("  ")));
            out.println(json);
        } else {
            for (KeyFigures f : figures) {
                f.sentences(messages, base.getCommercialTaxThreshold()).forEach(out::println);
                out.println();
            }
            out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        }
        return Main.OK;
    }

    private static void writeFiles(Path folder, List<KeyFigures> figures, List<Projection> projections) throws IOException {
        List<String> table = new ArrayList<>();
        table.add("scenario,closing_cash_end,minimum_cash,minimum_cash_month,break_even_month,runway_months,"
                + "grant_dependency_year_1,receivable_at_end");
        for (KeyFigures f : figures) {
            table.add(String.join(",", ResultFiles.json(f.scenario()).replace(",", ";"), ResultFiles.cents(f.closingCashAtEnd()),
                    ResultFiles.cents(f.minimumCash()), f.minimumCashMonth().toString(),
                    f.breakEven() == null ? "" : f.breakEven().toString(),
                    f.runwayMonths().isPresent() ? ResultFiles.cents(f.runwayMonths().getAsDouble()) : "",
                    f.grantDependency().get(0).isPresent()
                            ? ResultFiles.probability(f.grantDependency().get(0).getAsDouble()) : "",
                    ResultFiles.cents(f.receivableAtEnd())));
        }
        CsvExport.write(folder.resolve("compare.csv"), table);
        List<String> cash = new ArrayList<>();
        StringJoiner header = new StringJoiner(",").add("month");
        figures.forEach(f -> header.add(ResultFiles.json(f.scenario()).replace(",", ";")));
        cash.add(header.toString());
        for (int m = 0; m < projections.get(0).months(); m++) {
            StringJoiner row = new StringJoiner(",").add(projections.get(0).monthOf(m).toString());
            for (Projection p : projections) {
                row.add(ResultFiles.cents(p.closingCash(m)));
            }
            cash.add(row.toString());
        }
        CsvExport.write(folder.resolve("compare-cash.csv"), cash);
    }
}
