/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.cli.CliRun.csv;
import static org.perenne.cli.CliRun.perenne;
import static org.perenne.cli.CliRun.sample;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.Projection;

/**
 * {@code perenne actuals}: a year of accounts as the accounting software exports it (the FEC), imported
 * next to the plan. The FEC of a canvas's own projection gives zero variance everywhere; noise comes back
 * as the variance, to the cent; every bad file is refused with its line and changes nothing.
 */
class ActualsCommandTest {

    @TempDir
    Path folder;

    private static Projection plan(String name) {
        Canvas canvas = CanvasFiles.load(Path.of(sample(name)), Locale.FRENCH).canvas();
        return KeyFigures.of(canvas, null, 0, KeyFigures.DEFAULT_SEED, 1, MonteCarlo.Progress.NONE).projection();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = { "tiers-lieu-hybride", "coworking-rural", "coworking-urbain", "fablab" })
    void theFecOfTheCanvasOwnPlanGivesNoVariance(String name) throws IOException {
        Path fec = write("fec.txt", FecWriter.of(plan(name), 12, List.of()));
        Path mapping = write("mapping.csv", FecWriter.MAPPING);
        Path out = folder.resolve("out");
        CliRun run = perenne("actuals", sample(name), "--import", fec.toString(), "--mapping", mapping.toString(), "--out",
                out.toString(), "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        List<List<String>> rows = csv(out.resolve("plan-vs-actual.csv"));
        assertEquals(List.of("month", "line", "planned", "actual", "variance"), rows.get(0).subList(0, 5), "the contract's columns");
        assertTrue(rows.size() > 12 * 5, "a year of lines: " + rows.size());
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(0, new BigDecimal(row.get(4)).signum(), "no variance: " + row);
            assertEquals(row.get(2), row.get(3), "planned = actual: " + row);
        }
        assertEquals(List.of(List.of("account", "label", "total")), csv(out.resolve("unmapped.csv")), "every account mapped");
        assertTrue(run.out().startsWith("Actual accounts from "), run.out());
    }

    @Test
    void noiseComesBackAsTheVarianceToTheCentAndUnmappedAccountsAreListed() throws IOException {
        Projection plan = plan("tiers-lieu-hybride");
        String fec = FecWriter.of(plan, 12, List.of(new FecWriter.Noise(2, AccountLine.RENT, 1234),
                new FecWriter.Noise(7, AccountLine.MEMBERSHIPS, -50_000)));
        // a travel expense the default chart does not know, labelled in ISO-8859-15 as an old export would
        fec += String.join("\t", "OD", "OD", "999", "20270310", "6251", "Déplacements", "", "", "P999", "20270310", "train",
                "45,60", "0,00", "", "", "20270310", "", "") + "\n";
        fec += String.join("\t", "OD", "OD", "999", "20270310", "471", "Attente", "", "", "P999", "20270310", "train", "0,00",
                "45,60", "", "", "20270310", "", "") + "\n";
        Path file = folder.resolve("fec-latin.txt");
        Files.write(file, fec.getBytes(Charset.forName("ISO-8859-15")));
        Path out = folder.resolve("out");
        CliRun run = perenne("actuals", sample("tiers-lieu-hybride"), "--import", file.toString(), "--mapping",
                write("mapping.csv", FecWriter.MAPPING).toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        int varied = 0;
        List<List<String>> rows = csv(out.resolve("plan-vs-actual.csv"));
        for (List<String> row : rows.subList(1, rows.size())) {
            BigDecimal variance = new BigDecimal(row.get(4));
            String expected = row.get(0).equals("2027-03") && row.get(1).equals("rent") ? "12.34"
                    : row.get(0).equals("2027-08") && row.get(1).equals("memberships") ? "-500.00" : "0.00";
            assertEquals(new BigDecimal(expected), variance, row.toString());
            varied += variance.signum() != 0 ? 1 : 0;
        }
        assertEquals(2, varied);
        assertEquals(List.of("6251", "Déplacements", "45.60"), csv(out.resolve("unmapped.csv")).get(1), "accents intact, total to the cent");
        // nothing dropped: what went to a line plus what went to none = the file's class 6 and class 7 totals, to the cent
        BigDecimal charges = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        for (String line : fec.split("\n")) {
            String[] cells = line.split("\t", -1);
            if (cells[4].startsWith("6") || cells[4].startsWith("7")) {
                BigDecimal net = new BigDecimal(cells[11].replace(',', '.')).subtract(new BigDecimal(cells[12].replace(',', '.')));
                charges = cells[4].startsWith("6") ? charges.add(net) : charges;
                income = cells[4].startsWith("7") ? income.subtract(net) : income;
            }
        }
        BigDecimal mappedCharges = BigDecimal.ZERO;
        BigDecimal mappedIncome = BigDecimal.ZERO;
        for (List<String> row : rows.subList(1, rows.size())) {
            AccountLine line = java.util.Arrays.stream(AccountLine.values()).filter(l -> l.column().equals(row.get(1))).findFirst()
                    .orElseThrow();
            BigDecimal actual = new BigDecimal(row.get(3));
            mappedCharges = line.kind() == AccountLine.Kind.COST ? mappedCharges.add(actual) : mappedCharges;
            mappedIncome = line.kind() != AccountLine.Kind.COST && line.kind() != AccountLine.Kind.IN_KIND ? mappedIncome.add(actual)
                    : mappedIncome;
        }
        assertTrue(charges.signum() > 0 && income.signum() > 0, charges + " " + income);
        assertEquals(0, charges.compareTo(mappedCharges.add(new BigDecimal("45.60"))), "class 6: " + charges + " = " + mappedCharges + " + 45.60");
        assertEquals(0, income.compareTo(mappedIncome), "class 7: " + income + " = " + mappedIncome);
    }

    @Test
    void theReforecastFromThePlansOwnCashIsThePlanAndItsRiskCountsOnlyTheMonthsAhead() throws IOException {
        Projection plan = plan("tiers-lieu-hybride");
        Path out = folder.resolve("out");
        CliRun run = perenne("actuals", sample("tiers-lieu-hybride"), "--import", write("fec.txt", FecWriter.of(plan, 12, List.of()))
                .toString(), "--mapping", write("mapping.csv", FecWriter.MAPPING).toString(), "--out", out.toString(), "--runs", "500",
                "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        List<List<String>> cash = csv(out.resolve("reforecast").resolve("cashflow.csv"));
        assertEquals(plan.months() - 12 + 1, cash.size(), "the months ahead, after the twelve known");
        assertEquals("2028-01", cash.get(1).get(0));
        int closing = cash.get(0).indexOf("closing_cash");
        for (int m = 12; m < plan.months(); m++) {
            assertEquals(new BigDecimal(String.valueOf(plan.closingCash(m))).setScale(2), new BigDecimal(cash.get(m - 11).get(closing)),
                    "restarted from the plan's own cash, the re-forecast is the plan: month " + m);
        }
        assertTrue(Files.readString(out.resolve("reforecast").resolve("summary.json")).contains("\"known_month\": \"2027-12\""));
        assertEquals(plan.months() - 12 + 1, csv(out.resolve("reforecast").resolve("montecarlo.csv")).size());
        assertTrue(run.out().contains("Re-forecast from the actual cash of Dec 2027"), run.out());

        // a year far worse than planned: 30,000 € less in the bank; the risk ahead goes up
        Path worse = folder.resolve("worse");
        CliRun worseRun = perenne("actuals", sample("tiers-lieu-hybride"), "--import", write("fec-worse.txt",
                FecWriter.of(plan, 12, List.of(new FecWriter.Noise(11, AccountLine.STAFF, 3_000_000)))).toString(), "--mapping",
                folder.resolve("mapping.csv").toString(), "--out", worse.toString(), "--runs", "500", "--lang", "en");
        assertEquals(0, worseRun.exit(), worseRun.err());
        List<List<String>> worseCash = csv(worse.resolve("reforecast").resolve("cashflow.csv"));
        assertEquals(new BigDecimal(cash.get(1).get(closing)).subtract(new BigDecimal("30000.00")),
                new BigDecimal(worseCash.get(1).get(closing)), "every month ahead 30,000 € lower");
    }

    @Test
    void atTheRunRateTheMonthsAheadFollowWhatTheLastThreeMonthsDid() throws IOException {
        Projection plan = plan("tiers-lieu-hybride");
        // staff 10 % over the plan in the last three months of the year imported
        List<FecWriter.Noise> noise = new ArrayList<>();
        for (int m = 9; m < 12; m++) {
            noise.add(new FecWriter.Noise(m, AccountLine.STAFF, Math.round(plan.account(AccountLine.STAFF, m) * 10)));
        }
        Path out = folder.resolve("out");
        CliRun run = perenne("actuals", sample("tiers-lieu-hybride"), "--import", write("fec.txt", FecWriter.of(plan, 12, noise))
                .toString(), "--mapping", write("mapping.csv", FecWriter.MAPPING).toString(), "--out", out.toString(), "--run-rate",
                "--runs", "300");
        assertEquals(0, run.exit(), run.err());
        List<List<String>> factors = csv(out.resolve("reforecast").resolve("run-rate.csv"));
        assertTrue(factors.contains(List.of("staff", "1.1000")), factors.toString());
        assertTrue(factors.contains(List.of("rent", "1.0000")), "a line as planned keeps its pace");
        List<List<String>> cash = csv(out.resolve("reforecast").resolve("cashflow.csv"));
        int staff = cash.get(0).indexOf("staff");
        for (int m = 12; m < plan.months(); m++) {
            BigDecimal planned = BigDecimal.valueOf(Math.round(plan.cash(org.perenne.simulation.CashLine.STAFF, m) * 100), 2);
            assertEquals(planned.multiply(new BigDecimal("1.1")).setScale(2, java.math.RoundingMode.HALF_EVEN),
                    new BigDecimal(cash.get(m - 11).get(staff)), "staff at 110 % of the plan, month " + m);
        }
        // the cash table still adds up, month after month, from the actual cash
        int net = cash.get(0).indexOf("net");
        int closing = cash.get(0).indexOf("closing_cash");
        for (int r = 2; r < cash.size(); r++) {
            assertEquals(new BigDecimal(cash.get(r - 1).get(closing)).add(new BigDecimal(cash.get(r).get(net))),
                    new BigDecimal(cash.get(r).get(closing)));
        }
    }

    @Test
    void theAccountsAreSavedWithTheCanvasAndAPeriodImportedTwiceIsRefusedUnlessReplaced() throws IOException {
        Path fec = write("fec.txt", FecWriter.of(plan("fablab"), 6, List.of()));
        Path mapping = write("mapping.csv", FecWriter.MAPPING);
        Path saved = folder.resolve("fablab-2027.perenne");
        assertEquals(0, perenne("actuals", sample("fablab"), "--import", fec.toString(), "--mapping", mapping.toString(), "--out",
                folder.resolve("a").toString(), "--apply", saved.toString()).exit());
        CanvasFiles.LoadResult loaded = CanvasFiles.load(saved, Locale.FRENCH);
        assertTrue(loaded.isLoaded());
        assertEquals(CanvasFiles.FORMAT_VERSION, loaded.canvas().getFormatVersion(), "written in the new format");
        assertEquals(6, loaded.canvas().getActuals().getCash().size(), "six month ends of cash");
        assertEquals(6, loaded.canvas().getActuals().getMappings().size(), "the mapping kept with the canvas");
        // the report of the canvas with its accounts has the page and the sheets of plan versus actual
        Path report = folder.resolve("report");
        assertEquals(0, perenne("report", saved.toString(), "--format", "pdf", "--out", report.toString(), "--runs", "200").exit());
        String pdf = pdfText(report.resolve("fablab-2027.pdf"));
        assertTrue(pdf.contains("Prévu et réalisé") && pdf.contains("Année commençant en mars 2027"), pdf);
        assertEquals(0, perenne("report", saved.toString(), "--format", "csv", "--out", report.toString(), "--runs", "200").exit());
        assertTrue(Files.exists(report.resolve("fablab-2027-csv").resolve("plan-vs-actual-yearly.csv")));
        byte[] before = Files.readAllBytes(saved);
        CliRun again = perenne("actuals", saved.toString(), "--import", fec.toString(), "--out", folder.resolve("b").toString(),
                "--apply", saved.toString(), "--lang", "en");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already has accounts for Mar 2027") && again.err().contains("--replace"), again.err());
        assertArrayEquals(before, Files.readAllBytes(saved), "nothing changed");
        CliRun replaced = perenne("actuals", saved.toString(), "--import", fec.toString(), "--out", folder.resolve("c").toString(),
                "--replace");
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(csv(folder.resolve("c").resolve("plan-vs-actual.csv")).stream().skip(1)
                .allMatch(row -> new BigDecimal(row.get(4)).signum() == 0), "the saved mapping applies without --mapping");
    }

    @Test
    void theFinancialReportSetsTheYearsForecastBesideTheAccountsAndMarksTheVariancesToExplain() throws IOException {
        Projection plan = plan("fablab");
        // staff 20 % over the plan in June: a variance of more than 15 % on account 64 for the months imported
        long june = Math.round(plan.account(AccountLine.STAFF, 3) * 100);
        Path fec = write("fec.txt", FecWriter.of(plan, 6, List.of(new FecWriter.Noise(3, AccountLine.STAFF, 5 * june))));
        Path saved = folder.resolve("fablab-2027.perenne");
        assertEquals(0, perenne("actuals", sample("fablab"), "--import", fec.toString(), "--mapping",
                write("mapping.csv", FecWriter.MAPPING).toString(), "--out", folder.resolve("a").toString(), "--apply",
                saved.toString()).exit());
        Path out = folder.resolve("cr");
        CliRun run = perenne("report", saved.toString(), "--grant", "agglo-fonctionnement", "--year", "2027", "--format", "pdf",
                "--out", out.toString(), "--runs", "100");
        assertEquals(0, run.exit(), run.err());
        String pdf = pdfText(out.resolve("fablab-2027-cerfa15059-agglo-fonctionnement-2027.pdf"));
        assertTrue(pdf.contains("Compte rendu financier — Subvention de l’agglomération"), pdf);
        assertTrue(pdf.contains("comptes de mars 2027 à août 2027"), pdf);
        assertTrue(pdf.contains("64 — Charges de personnel *"), "the staff variance is marked: " + pdf);
        assertTrue(pdf.contains("Écarts à expliquer (plus de 15 %)") && pdf.contains("64 — Charges de personnel : écart de"), pdf);
        assertTrue(pdf.contains("dont Subvention de l’agglomération") && pdf.contains("non rattaché"),
                "no 74 sub-account mapped to the funder: its actual is not known, and the report says so");
        assertEquals(0, perenne("report", saved.toString(), "--grant", "agglo-fonctionnement", "--year", "2027", "--format", "xlsx",
                "--out", out.toString(), "--runs", "100").exit());
        assertTrue(Files.size(out.resolve("fablab-2027-cerfa15059-agglo-fonctionnement-2027.xlsx")) > 0);

        CliRun noYear = perenne("report", saved.toString(), "--grant", "agglo-fonctionnement", "--year", "2030", "--lang", "en");
        assertEquals(2, noYear.exit());
        assertTrue(noYear.err().contains("no actual accounts in 2030"), noYear.err());
        CliRun unknown = perenne("report", saved.toString(), "--grant", "nope", "--year", "2027", "--lang", "en");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("agglo-fonctionnement, fondation-machines"), unknown.err());
    }

    /** The PDF's text as pdftotext reads it (poppler-utils, which releng/test installs), no-break spaces as spaces. */
    private static String pdfText(Path pdf) throws IOException {
        try {
            Process process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), text);
            return text.replace('\u00a0', ' ').replace('\u202f', ' ');
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void aCanvasOfTheFirstFormatStillOpensAndIsWrittenInTheNewOne() throws IOException {
        String current = Files.readString(Path.of(sample("fablab")));
        assertTrue(current.contains("formatVersion=\"2\""), "the samples are of the current format");
        Path old = write("old.perenne", current.replace("formatVersion=\"2\"", "formatVersion=\"1\""));
        CanvasFiles.LoadResult loaded = CanvasFiles.load(old, Locale.FRENCH);
        assertTrue(loaded.isLoaded(), String.valueOf(loaded.diagnostic().getMessage()));
        assertEquals(null, loaded.canvas().getActuals());
        Path copy = folder.resolve("copy.perenne");
        CanvasFiles.save(loaded.canvas(), copy);
        assertTrue(Files.readString(copy).contains("formatVersion=\"" + CanvasFiles.FORMAT_VERSION + "\""));
        assertEquals(0, perenne("validate", copy.toString()).exit());
    }

    /** Each bad file: exit 2, the problem with its line, no file written, the canvas untouched. */
    @Test
    void everyBadFileIsRefusedWithItsLineAndChangesNothing() throws IOException {
        String good = FecWriter.of(plan("fablab"), 3, List.of());
        List<String> lines = new ArrayList<>(List.of(good.split("\n")));
        String header = lines.get(0);
        // the opening entry: two legs that balance, lines 2 and 3 of each file
        String row = lines.get(1);
        String other = "\n" + lines.get(2) + "\n";
        String[] cells = row.split("\t", -1);
        record Case(String file, String expected) {
        }
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(header.replace("CompteLib", "Libelle") + "\n" + row + other, "not a FEC header"));
        cases.add(new Case(header + "\n" + row.substring(0, row.lastIndexOf('\t')) + other, "Line 2: 17 columns instead of 18"));
        // the good file with one cell of its first entry changed
        java.util.function.BiFunction<Integer, String, String> changed = (column, value) -> {
            String[] copy = cells.clone();
            copy[column] = value;
            return header + "\n" + String.join("\t", copy) + other;
        };
        cases.add(new Case(changed.apply(11, "1,00"), "Line 2: entry AN 1 does not balance"));
        cases.add(new Case(changed.apply(3, "20450115"), "Line 2: January 15, 2045 is outside the period"));
        cases.add(new Case(changed.apply(11, "12,3,4"), "Line 2: \"12,3,4\" is not an amount (column Debit)"));
        cases.add(new Case(changed.apply(3, "2027-01-15"), "Line 2: \"2027-01-15\" is not a date YYYYMMDD"));
        cases.add(new Case("month;line;amount\n2027-03;staff;1200\n2027-03;loyer;600\n", "Line 3: \"loyer\" is not a line"));
        cases.add(new Case("mois;ligne;montant\n2027-03;staff;12 00\n", "Line 2: \"12 00\" is not an amount"));
        for (Case bad : cases) {
            Path file = write("bad.txt", bad.file());
            Path out = folder.resolve("out");
            Path saved = folder.resolve("saved.perenne");
            CliRun run = perenne("actuals", sample("fablab"), "--import", file.toString(), "--out", out.toString(), "--apply",
                    saved.toString(), "--lang", "en");
            assertEquals(2, run.exit(), bad.expected() + "\n" + run.out());
            assertTrue(run.err().contains(bad.expected()), "expected \"" + bad.expected() + "\" in " + run.err());
            assertTrue(run.err().contains("nothing changed"), run.err());
            assertFalse(Files.exists(out) || Files.exists(saved), "nothing written");
        }
    }

    @Test
    void aFileTooLargeIsRefusedWithoutReadingItAll() throws IOException {
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        CliRun run = perenne("actuals", sample("fablab"), "--import", huge.toString(), "--lang", "en");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("The file holds more than 50 MB"), run.err());
    }
}
