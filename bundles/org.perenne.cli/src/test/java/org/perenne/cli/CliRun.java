/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** What one command of the command line printed and returned, run in this JVM as the tests run it. */
record CliRun(int exit, String out, String err) {

    /** The repository's model samples. */
    static final Path SAMPLES = Path.of("../../model-samples").toAbsolutePath().normalize();

    /** Runs {@code perenne ARGS…} and keeps its exit code and what it printed. */
    static CliRun perenne(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A sample's file, by its name without ".perenne". */
    static String sample(String name) {
        return SAMPLES.resolve(name + ".perenne").toString();
    }

    /** The rows of a CSV file a command wrote, read as any standard reader would (Commons CSV, RFC 4180), header first. */
    static List<List<String>> csv(Path file) throws java.io.IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (org.apache.commons.csv.CSVRecord record : org.apache.commons.csv.CSVFormat.RFC4180.parse(in)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }
}
