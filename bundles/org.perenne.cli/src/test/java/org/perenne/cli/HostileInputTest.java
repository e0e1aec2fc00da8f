/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.cli.CliRun.SAMPLES;
import static org.perenne.cli.CliRun.perenne;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.Element;
import org.perenne.model.io.CanvasFiles;

/**
 * What a careless or hostile file does to the command line: names that a spreadsheet would run as
 * formulas, quotes and commas in names, a law missing, absurd amounts, a folder that refuses files,
 * thousands of problems. Each gives clear words and exit 2, never an internal error, and never a
 * half-written results folder.
 */
class HostileInputTest {

    @TempDir
    Path folder;

    /** Names a spreadsheet would run, or that break a hand-written CSV. */
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://example.org\",\"clic\")", "@SUM(1+1)",
            "Formation \"pro\", journée", "-2+3+cmd|' /C calc'!A0", "+33 1 23 45 67 89", "\tTab", "Deux\nlignes");

    /** A sample whose every item carries one of the hostile names in turn. */
    private Path withHostileNames(String sample) throws IOException {
        Canvas canvas = CanvasFiles.load(SAMPLES.resolve(sample + ".perenne"), Locale.ENGLISH).canvas();
        int n = 0;
        for (var contents = canvas.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof Element element) {
                element.setName(HOSTILE.get(n++ % HOSTILE.size()));
            }
        }
        Path file = folder.resolve(sample + "-hostile.perenne");
        CanvasFiles.save(canvas, file);
        return file;
    }

    /** Every CSV under a folder, read by a standard RFC 4180 reader. */
    private static List<List<CSVRecord>> csvFilesUnder(Path root) throws IOException {
        List<List<CSVRecord>> files = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path file : tree.filter(f -> f.toString().endsWith(".csv")).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
                    files.add(parser.getRecords());
                }
            }
        }
        return files;
    }

    @Test
    void hostileNamesReachEveryCsvQuotedAndNeverAsAFormula() throws IOException {
        Path fablab = withHostileNames("fablab");
        Path hybrid = withHostileNames("tiers-lieu-hybride");
        Path out = folder.resolve("out");
        assertEquals(0, perenne("simulate", fablab.toString(), "--runs", "200", "--out", out.resolve("simulate").toString()).exit());
        assertEquals(0, perenne("sensitivity", fablab.toString(), "--out", out.resolve("sensitivity").toString()).exit());
        assertEquals(0, perenne("report", fablab.toString(), "--format", "csv", "--runs", "200", "--out",
                out.resolve("report").toString()).exit());
        assertEquals(0, perenne("optimise", "timetable", fablab.toString(), "--time-limit", "1s", "--out",
                out.resolve("timetable").toString()).exit());
        CliRun plan = perenne("optimise", "plan", hybrid.toString(), "--time-limit", "1s", "--out", out.resolve("plan").toString());
        assertEquals(0, plan.exit(), plan.err());

        List<List<CSVRecord>> files = csvFilesUnder(out);
        assertTrue(files.size() >= 15, "files read: " + files.size());
        List<String> cells = new ArrayList<>();
        for (List<CSVRecord> records : files) {
            int columns = records.get(0).size();
            for (CSVRecord record : records) {
                assertEquals(columns, record.size(), "every row as wide as its header: " + record);
                cells.addAll(record.toList());
            }
        }
        for (String cell : cells) {
            assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet would run: " + cell);
            assertFalse(cell.startsWith("-") && !cell.matches("-[0-9]+(\\.[0-9]+)?"), "a cell a spreadsheet would run: " + cell);
        }
        for (String name : List.of("Formation \"pro\", journée", "'=HYPERLINK(\"http://example.org\",\"clic\")",
                "'-2+3+cmd|' /C calc'!A0", "'\tTab", "Deux\nlignes")) {
            assertTrue(cells.contains(name), "the name comes back whole, a formula neutralised: " + name);
        }
    }

    @Test
    void anUncertaintyWithoutALawIsAProblemOfTheCanvasAndNothingIsWritten() throws IOException {
        Path file = folder.resolve("sans-loi.perenne");
        String text = Files.readString(SAMPLES.resolve("fablab.perenne"));
        Files.writeString(file, text.replaceFirst("(?s)(<uncertainties id=\"inc-laser\"[^>]*>).*?</uncertainties>",
                "$1</uncertainties>"));
        Path out = folder.resolve("out");
        for (String[] command : List.of(new String[] { "simulate", "--runs", "100" }, new String[] { "report", "--format", "csv" },
                new String[] { "sensitivity" })) {
            List<String> args = new ArrayList<>(List.of(command[0], file.toString(), "--lang", "en", "--out", out.toString()));
            args.addAll(List.of(command).subList(1, command.length));
            CliRun run = perenne(args.toArray(String[]::new));
            assertEquals(2, run.exit(), command[0] + ": " + run.err());
            assertTrue(run.err().contains("This uncertain figure has no law"), run.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void absurdAmountsAreRefusedWithTheirLimitOrTheirProduct() throws IOException {
        String text = Files.readString(SAMPLES.resolve("fablab.perenne"));
        Path opening = folder.resolve("tresorerie.perenne");
        Files.writeString(opening, text.replaceFirst("openingCash=\"[^\"]*\"", "openingCash=\"1e17\""));
        CliRun refused = perenne("simulate", opening.toString(), "--lang", "en");
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.err().contains("Pérenne accepts at most 1,000,000,000 here"), refused.err());

        // each figure within its limit, their product (1e9 € × 1e6 units a month) far beyond what is shown to the cent
        Path product = folder.resolve("produit.perenne");
        Files.writeString(product, text.replaceFirst("unitsPerMonth=\"[^\"]*\"", "unitsPerMonth=\"1000000\"")
                .replaceFirst("unitPrice=\"[^\"]*\"", "unitPrice=\"1000000000\""));
        Path out = folder.resolve("out");
        CliRun tooLarge = perenne("simulate", product.toString(), "--lang", "fr", "--out", out.toString());
        assertEquals(2, tooLarge.exit(), tooLarge.err());
        assertTrue(tooLarge.err().startsWith("Les montants du canevas se multiplient en sommes de plus de 100 milliards"),
                tooLarge.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCommandThatFailsHalfwayLeavesTheResultsFolderAsItWas() throws IOException {
        Path out = Files.createDirectory(folder.resolve("resultats"));
        Files.writeString(out.resolve("cashflow.csv"), "previous run");
        Files.writeString(out.resolve("notes.txt"), "the user's own file");
        // the projection is fine; a few Monte Carlo paths draw 1e9 hours of laser, beyond what can be shown
        Path file = folder.resolve("tirages.perenne");
        Files.writeString(file, Files.readString(SAMPLES.resolve("fablab.perenne"))
                .replace("mean=\"70\" standardDeviation=\"15\" min=\"30\" max=\"110\"",
                        "mean=\"70\" standardDeviation=\"400000000\" min=\"30\" max=\"1000000000\""));
        CliRun run = perenne("simulate", file.toString(), "--runs", "200", "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("previous run", Files.readString(out.resolve("cashflow.csv")), "no file of the failed run");
        try (Stream<Path> siblings = Files.list(folder)) {
            assertEquals(List.of("resultats", "tirages.perenne"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no hidden folder left beside the results");
        }
    }

    @Test
    void aFolderThatRefusesFilesIsAPlainMessage() throws IOException {
        Path fablab = SAMPLES.resolve("fablab.perenne");
        Path blocker = Files.writeString(folder.resolve("un-fichier"), "not a folder");
        CliRun run = perenne("simulate", fablab.toString(), "--lang", "fr", "--out", blocker.resolve("resultats").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("Pérenne ne peut pas lire ou écrire"), run.err());
        CliRun denied = perenne("report", fablab.toString(), "--lang", "en", "--runs", "100", "--out", "/sys/kernel");
        assertEquals(2, denied.exit(), denied.err());
        assertTrue(denied.err().contains("permission denied"), denied.err());
        CliRun save = perenne("optimise", "timetable", fablab.toString(), "--time-limit", "1s", "--lang", "en", "--out",
                folder.resolve("t").toString(), "--apply", "/sys/kernel/fablab.perenne");
        assertEquals(2, save.exit(), save.err());
        assertFalse(save.err().contains("Internal error"), save.err());
    }

    @Test
    void tenThousandDuplicatesGiveOneScreenNotTenThousandLines() throws IOException {
        String text = Files.readString(SAMPLES.resolve("fablab.perenne"));
        int at = text.indexOf("<fixedCosts ");
        String cost = text.substring(at, text.indexOf("/>", at) + 2);
        Path file = folder.resolve("doublons.perenne");
        Files.writeString(file, text.replace(cost, (cost + "\n    ").repeat(10_000)));
        CliRun run = perenne("validate", file.toString(), "--lang", "en");
        assertEquals(2, run.exit());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.size() <= CanvasInput.SHOWN_PROBLEMS + 2, lines.size() + " lines");
        assertTrue(lines.get(lines.size() - 1).matches(" *… and 9,9[0-9]{2} more problems of the same file."), lines.get(lines.size() - 1));
    }
}
