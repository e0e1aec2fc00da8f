/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.cli.CliRun.perenne;
import static org.perenne.cli.CliRun.sample;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects the hostile-input probes found, each a command that ended in an internal error, wrote where
 * it must not, or said something untrue: every one now exits 1 (the arguments) or 2 (a file) with a sentence
 * that names the file or the argument, and leaves every file it must not touch as it was.
 */
class HostileArgumentsTest {

    @TempDir
    Path folder;

    private static void refusedInWords(CliRun run, int exit, String words) {
        assertEquals(exit, run.exit(), run.err());
        assertTrue(run.err().contains(words), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("Internal error") || run.err().contains("\tat "), run.err());
    }

    /** A named pipe: not a regular file, and a read that waits for a writer forever. */
    private Path fifo(String name) throws IOException, InterruptedException {
        Path pipe = folder.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        return pipe;
    }

    @Test
    void theRootOfTheDiskIsNoResultsFolder() {
        refusedInWords(perenne("simulate", sample("fablab"), "--out", "/", "--lang", "en"), 2, "\"/\"");
    }

    @Test
    void aStartMonthOutsideTheCenturiesAPlaceLivesInIsAProblemOfTheCanvas() throws IOException {
        for (String month : List.of("+999999999-01", "9999-12", "-0001-01", "0000-01")) {
            Path file = folder.resolve("loin.perenne");
            Files.writeString(file, Files.readString(Path.of(sample("fablab"))).replace("startMonth=\"2027-03\"",
                    "startMonth=\"" + month + "\""));
            refusedInWords(perenne("validate", file.toString(), "--lang", "en"), 2, "Pérenne simulates places that start from 1990 to 2100");
            refusedInWords(perenne("simulate", file.toString(), "--lang", "en", "--out", folder.resolve("o").toString()), 2,
                    "from 1990 to 2100");
            assertFalse(Files.exists(folder.resolve("o")), "nothing written for " + month);
        }
    }

    @Test
    void runsAndThreadsHaveBounds() {
        for (String runs : List.of("20000000", "35791395", "0", "-3")) {
            refusedInWords(perenne("simulate", sample("fablab"), "--runs", runs, "--lang", "en", "--out", folder.resolve("o").toString()),
                    1, "--runs takes a whole number from 1 to 1,000,000");
        }
        refusedInWords(perenne("simulate", sample("fablab"), "--threads", "100000", "--lang", "en"), 1,
                "--threads takes a whole number from 1 to 256");
        for (String limit : List.of("99999999999999999999", "1441m", "0s")) {
            refusedInWords(perenne("optimise", "timetable", sample("fablab"), "--time-limit", limit, "--lang", "en"), 1,
                    "--time-limit takes a duration from 1 second to 24 hours");
        }
        refusedInWords(perenne("solve", sample("tiers-lieu-hybride"), "--vary", "sub-ville.committedAmounts[99999999999]", "--target",
                "min_cash>=0", "--lang", "en"), 1, "is not understood");
        refusedInWords(perenne("solve", sample("tiers-lieu-hybride"), "--vary", "sub-ville.committedAmounts[0]", "--target",
                "min_cash>=" + "9".repeat(400), "--lang", "en"), 1, "is not understood");
        refusedInWords(perenne("solve", sample("tiers-lieu-hybride"), "--vary", "sub-ville.committedAmounts[0]", "--target",
                "min_cash>=0", "--between", "-Infinity,1", "--lang", "en"), 1, "--between takes two numbers");
    }

    @Test
    void anEmptyListOfScenariosSaysWhichThereAre() {
        refusedInWords(perenne("compare", sample("tiers-lieu-hybride"), "--scenarios", ",", "--lang", "en"), 1,
                "--scenarios names no scenario");
    }

    @Test
    void devicesPipesAndHugeFilesAreNeverRead() throws Exception {
        String canvas = sample("fablab");
        refusedInWords(perenne("actuals", canvas, "--import", "/dev/zero", "--lang", "en"), 2,
                "\"/dev/zero\" is not an ordinary file");
        long started = System.nanoTime();
        refusedInWords(perenne("actuals", canvas, "--import", fifo("tube").toString(), "--lang", "en"), 2, "is not an ordinary file");
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "a pipe with no writer is refused, not waited on");
        Path mapping = folder.resolve("rattachement.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(mapping.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024); // 3 GB of zeros, taking no room on the disk
        }
        Path fec = folder.resolve("comptes.csv");
        Files.writeString(fec, "mois;ligne;montant\n2027-03;rent;100\n");
        refusedInWords(perenne("actuals", canvas, "--import", fec.toString(), "--mapping", mapping.toString(), "--lang", "en"), 2,
                "The account mapping rattachement.csv cannot be read");
        try (RandomAccessFile zeros = new RandomAccessFile(mapping.toFile(), "rw")) {
            zeros.setLength(200_000);
        }
        refusedInWords(perenne("actuals", canvas, "--import", fec.toString(), "--mapping", mapping.toString(), "--lang", "en"), 2,
                "bytes that are not text");
        refusedInWords(perenne("portfolio", "/dev/zero", "--lang", "en", "--out", folder.resolve("p").toString()), 2,
                "\"/dev/zero\" is not an ordinary file");
    }

    @Test
    void aBadMappingIsSaidInTheUsersLanguageWithTheFilesName() throws IOException {
        Path mapping = folder.resolve("rattachement.csv");
        Files.writeString(mapping, "compte;ligne\n706;\"services\n");
        Path fec = folder.resolve("comptes.csv");
        Files.writeString(fec, "mois;ligne;montant\n2027-03;rent;100\n");
        CliRun run = perenne("actuals", sample("fablab"), "--import", fec.toString(), "--mapping", mapping.toString(), "--lang", "fr");
        refusedInWords(run, 2, "Le rattachement des comptes rattachement.csv ne peut pas être lu");
        assertTrue(run.err().contains("guillemet"), run.err());
    }

    @Test
    void nothingIsEverWrittenThroughAPipeOrOverAFolder() throws Exception {
        Path pipe = fifo("canevas.perenne");
        Path out = folder.resolve("resultats");
        refusedInWords(perenne("optimise", "plan", sample("tiers-lieu-hybride"), "--time-limit", "1s", "--apply", pipe.toString(),
                "--out", out.toString(), "--lang", "en"), 2, "is not an ordinary file");
        assertFalse(Files.isRegularFile(pipe), "the pipe is still a pipe");
        assertFalse(Files.exists(out), "no results either: --apply and --out go together or not at all");
        assertFalse(Files.exists(folder.resolve("canevas.perenne.bak")), "no empty backup");
        refusedInWords(perenne("optimise", "timetable", sample("tiers-lieu-hybride"), "--time-limit", "1s", "--ics",
                fifo("semaine.ics").toString(), "--out", out.toString(), "--lang", "en"), 2, "is not an ordinary file");
        Path aFolder = Files.createDirectory(folder.resolve("dossier.perenne"));
        refusedInWords(perenne("actuals", sample("fablab"), "--import", fec(), "--apply", aFolder.toString(), "--out", out.toString(),
                "--lang", "en"), 2, "is a folder where a file is expected");
        assertTrue(Files.isDirectory(aFolder));
        assertFalse(Files.exists(out));
    }

    private String fec() throws IOException {
        Path fec = folder.resolve("mensuel.csv");
        Files.writeString(fec, "mois;ligne;montant\n2027-03;rent;100\n");
        return fec.toString();
    }

    @Test
    void aResultsFolderIsReplacedWholeOrLeftAsItWas() throws IOException {
        Path out = Files.createDirectory(folder.resolve("resultats"));
        Files.writeString(out.resolve("cashflow.csv"), "old");
        Files.createDirectory(out.resolve("indicators.csv"));
        refusedInWords(perenne("simulate", sample("fablab"), "--out", out.toString(), "--lang", "en"), 2,
                "is a folder where a file is expected");
        assertEquals("old", Files.readString(out.resolve("cashflow.csv")), "no file replaced before the one that cannot be");
        CliRun run = perenne("simulate", sample("fablab"), "--out", out.toString(), "--lang", "en");
        assertTrue(run.err().contains("nothing was changed"), run.err());

        // the files of actuals and the canvas of --apply: the canvas cannot be written, so no result is either
        Files.delete(out.resolve("indicators.csv"));
        Path locked = Files.createDirectory(folder.resolve("verrouille"));
        Path target = locked.resolve("applique.perenne");
        Files.writeString(target, "previous");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!Files.isWritable(locked)) { // root writes anywhere
                refusedInWords(perenne("actuals", sample("fablab"), "--import", fec(), "--apply", target.toString(), "--out",
                        out.toString(), "--lang", "en"), 2, "nothing was changed");
                assertEquals("old", Files.readString(out.resolve("cashflow.csv")));
                assertFalse(Files.exists(out.resolve("plan-vs-actual.csv")));
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aLinkToAnotherFolderOrFileSystemIsWrittenWhereItLeadsAndLeftoversGo() throws IOException {
        // /dev/shm is another file system than the tests' folder on most machines: the files cross it
        Path elsewhere = Files.isWritable(Path.of("/dev/shm")) ? Files.createTempDirectory(Path.of("/dev/shm"), "perenne")
                : Files.createDirectory(folder.resolve("ailleurs"));
        try {
            Path link = Files.createSymbolicLink(folder.resolve("lien"), elsewhere);
            Files.createDirectory(elsewhere.resolve(".perenne-results.123.tmp")); // what a run killed with kill -9 left
            CliRun run = perenne("simulate", sample("fablab"), "--out", link.toString(), "--lang", "en");
            assertEquals(0, run.exit(), run.err());
            assertTrue(Files.isRegularFile(elsewhere.resolve("cashflow.csv")));
            try (Stream<Path> left = Files.list(elsewhere)) {
                assertEquals(List.of("cashflow.csv", "income-statement.csv", "indicators.csv"),
                        left.map(p -> p.getFileName().toString()).sorted().toList(), "the leftover is gone");
            }
        } finally {
            try (Stream<Path> tree = Files.walk(elsewhere)) {
                for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void entriesWhoseSumsPassWhatALongHoldsAreRefusedNotWrapped() throws IOException {
        // 184,468 debits of 999,999,999,999.99 € with no credit: 2^64 cents and a little more, which a long sum
        // would wrap round to a balanced entry
        Path fec = folder.resolve("fec.txt");
        try (Writer out = Files.newBufferedWriter(fec, StandardCharsets.UTF_8)) {
            out.write("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
                    + "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n");
            for (int i = 0; i < 184_468; i++) {
                out.write("BQ\tBanque\t1\t20270315\t6061\tEnergie\t\t\tP1\t20270315\tFacture\t999999999999,99\t0\t\t\t20270315\t\t\n");
            }
        }
        refusedInWords(perenne("actuals", sample("fablab"), "--import", fec.toString(), "--lang", "en"), 2,
                "add up to more than Pérenne can count to the cent");
    }

    @Test
    void aReferenceToAnElementOfTheWrongKindIsSaidWithItsLine() throws IOException {
        Path file = folder.resolve("mauvais.perenne");
        Files.writeString(file, Files.readString(Path.of(sample("fablab"))).replace("funder=\"agglo\"", "funder=\"makers\""));
        CliRun run = perenne("validate", file.toString(), "--lang", "en");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().matches("(?s).*Line [0-9]+: .*"), run.err());
        assertFalse(run.err().contains("Impl@") || run.err().contains("org.perenne"), "no Java object: " + run.err());
    }
}
