/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.cli.CliRun.SAMPLES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.report.CsvExport;
import org.perenne.report.ReportFigures;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.simulation.AmountTooLargeException;

/**
 * A seeded mutation fuzzer over the samples, in-process: each mutant (one change to a sample's text:
 * a number set to an edge value, text where a number goes, an unknown choice, a broken reference, a
 * line deleted or repeated, a truncation, bytes that are not UTF-8, a horizon or month out of range)
 * goes through load → validate → key figures with Monte Carlo, tornado and scenarios → every report
 * table as CSV cells. A mutant may be refused (a load diagnostic, a validation error, or an amount
 * too large to show); anything else thrown is a defect. The normal tests try
 * {@value #SHORT_RUN} mutants; {@code -Dperenne.fuzz.mutations=N} (and {@code -Dperenne.fuzz.seed=S})
 * runs a long campaign.
 */
class CanvasFuzzTest {

    static final int SHORT_RUN = 4_000;
    /** An attribute's value, or the text of an element such as a grant's yearly amount. */
    private static final Pattern VALUE = Pattern.compile(" (\\w+)=\"([^\"]*)\"|<(\\w+)>([^<]*)</\\3>");
    private static final String[] EDGE_NUMBERS = { "-1", "0", "1e308", "-1e308", "NaN", "Infinity", "-Infinity", "1e-320",
            "99999999999999999999", "2147483648", "-2147483649", "1e17", "1e9", "1000001", "0.5", "101", "1201", "abc", "",
            "12,5", "1e29", "-0" };

    @TempDir
    Path folder;

    /** What the mutants came to. */
    enum Outcome {
        NOT_LOADED, INVALID, TOO_LARGE, SIMULATED
    }

    @Test
    void mutatedSamplesAreRefusedInWordsOrSimulatedNeverCrash() throws IOException {
        int mutations = Integer.getInteger("perenne.fuzz.mutations", SHORT_RUN);
        long seed = Long.getLong("perenne.fuzz.seed", 20261201L);
        List<byte[]> samples = new ArrayList<>();
        for (String name : List.of("coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride")) {
            samples.add(Files.readAllBytes(SAMPLES.resolve(name + ".perenne")));
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<Outcome, Integer> outcomes = new TreeMap<>();
        Path file = folder.resolve("mutant.perenne");
        for (int i = 0; i < mutations; i++) {
            byte[] mutant = mutate(samples.get(random.nextInt(samples.size())), random);
            Files.write(file, mutant);
            try {
                outcomes.merge(exercise(file), 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError e) {
                Path kept = Path.of("target", "fuzz-failure-" + seed + "-" + i + ".perenne");
                Files.createDirectories(kept.getParent());
                Files.write(kept, mutant);
                throw new AssertionError("mutant " + i + " (seed " + seed + ", kept as " + kept + ") threw " + e, e);
            }
        }
        System.out.println("Fuzzing: " + mutations + " mutants, seed " + seed + ": " + outcomes);
        assertEquals(mutations, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(outcomes.getOrDefault(Outcome.SIMULATED, 0) > mutations / 10, "most changes keep a valid canvas: " + outcomes);
        assertTrue(outcomes.getOrDefault(Outcome.INVALID, 0) > 0 && outcomes.getOrDefault(Outcome.NOT_LOADED, 0) > 0,
                "the mutations reach the loader and the validation: " + outcomes);
    }

    /** Load, validate, simulate and tabulate one file the way the commands do. */
    private static Outcome exercise(Path file) {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(file, Locale.ENGLISH);
        if (!loaded.isLoaded()) {
            assertTrue(loaded.diagnostic().getMessage() != null && !loaded.diagnostic().getMessage().contains("Exception"),
                    loaded.diagnostic().getMessage());
            return Outcome.NOT_LOADED;
        }
        Canvas canvas = loaded.canvas();
        Diagnostic problems = CanvasValidator.validate(canvas, Locale.ENGLISH, new EditVocabulary(Locale.ENGLISH));
        if (problems.getSeverity() >= Diagnostic.ERROR) {
            return Outcome.INVALID;
        }
        try {
            ReportFigures figures = new ReportFigures(canvas, null, 50, 1, 1, LocalDate.of(2026, 12, 1));
            for (ReportTable table : figures.tables(new ReportText(Locale.FRENCH))) {
                CsvExport.rows(table);
            }
            return Outcome.SIMULATED;
        } catch (AmountTooLargeException e) {
            return Outcome.TOO_LARGE;
        }
    }

    /** One change to a sample. */
    static byte[] mutate(byte[] sample, SplittableRandom random) {
        String text = new String(sample, StandardCharsets.UTF_8);
        switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> {
                return replaceAttribute(text, random, EDGE_NUMBERS[random.nextInt(EDGE_NUMBERS.length)]);
            }
            case 4 -> {
                // a reference to nothing, or an unknown choice
                return replaceAttribute(text, random, random.nextBoolean() ? "nulle-part" : "UNKNOWN_KIND");
            }
            case 5 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                lines.remove(1 + random.nextInt(lines.size() - 1));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = 2 + random.nextInt(lines.size() - 3);
                int copies = random.nextInt(4) == 0 ? 500 : 1;
                for (int c = 0; c < copies; c++) {
                    lines.add(at, lines.get(at));
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                return java.util.Arrays.copyOf(sample, random.nextInt(sample.length));
            }
            case 8 -> {
                byte[] broken = sample.clone();
                broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
                return broken;
            }
            default -> {
                String horizon = String.valueOf(List.of(0, 1, 15, 16, -3, 100).get(random.nextInt(6)));
                String month = List.of("2027-13", "0000-01", "2027-1", "9999-12", "2027-02").get(random.nextInt(5));
                return text.replaceFirst("horizonYears=\"[^\"]*\"", "horizonYears=\"" + horizon + "\"")
                        .replaceFirst("startMonth=\"[^\"]*\"", "startMonth=\"" + month + "\"").getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** The value of one attribute, chosen at random among all of the file's, replaced. */
    private static byte[] replaceAttribute(String text, SplittableRandom random, String value) {
        Matcher matcher = VALUE.matcher(text);
        List<int[]> values = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.group(1) == null) {
                values.add(new int[] { matcher.start(4), matcher.end(4) });
            } else if (!matcher.group(1).startsWith("xmlns") && !matcher.group(1).equals("version")) {
                values.add(new int[] { matcher.start(2), matcher.end(2) });
            }
        }
        int[] chosen = values.get(random.nextInt(values.size()));
        return (text.substring(0, chosen[0]) + value + text.substring(chosen[1])).getBytes(StandardCharsets.UTF_8);
    }
}
