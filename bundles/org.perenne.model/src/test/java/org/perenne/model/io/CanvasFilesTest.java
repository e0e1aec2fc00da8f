/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.Samples;

class CanvasFilesTest {

    @TempDir
    Path folder;

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:perenne=\"http://perenne.org/model/1.0\"";

    /** Writes a hostile file, loads it, and checks: no canvas, a diagnostic, the file untouched. */
    private Diagnostic rejected(String name, byte[] content, String expectedWords) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        Path secret = folder.resolve("secret.txt");
        CanvasFiles.LoadResult result = CanvasFiles.load(file, Locale.ENGLISH);
        assertFalse(result.isLoaded(), name + " should not load");
        assertEquals(Diagnostic.ERROR, result.diagnostic().getSeverity());
        String text = Samples.describe(result.diagnostic());
        assertTrue(text.contains(expectedWords), () -> name + ": expected «" + expectedWords + "» in:\n" + text);
        assertFalse(text.contains("Exception"), () -> "a user must not read exception names: " + text);
        assertArrayEquals(content, Files.readAllBytes(file), "loading must never change the file");
        assertFalse(Files.exists(CanvasFiles.backupOf(file)));
        assertFalse(Files.exists(secret) && text.contains("TOP-SECRET"), "external entity content leaked");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
        return result.diagnostic();
    }

    private Diagnostic rejected(String name, String content, String expectedWords) throws IOException {
        return rejected(name, content.getBytes(StandardCharsets.UTF_8), expectedWords);
    }

    @Test
    void externalEntitiesAreRefusedAndNeverRead() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = HEADER + "<!DOCTYPE canvas [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<perenne:Canvas " + NS + " name=\"&leak;\" startMonth=\"2027-01\"/>\n";
        Diagnostic diagnostic = rejected("xxe.perenne", xxe, "DOCTYPE");
        assertFalse(Samples.describe(diagnostic).contains("TOP-SECRET"));
    }

    @Test
    void entityExpansionBombsAreRefused() throws IOException {
        StringBuilder bomb = new StringBuilder(HEADER).append("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        bomb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int level = 2; level <= 9; level++) {
            bomb.append("<!ENTITY lol").append(level).append(" \"");
            bomb.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>\n<perenne:Canvas ").append(NS).append(" name=\"&lol9;\" startMonth=\"2027-01\"/>\n");
        rejected("billion-laughs.perenne", bomb.toString(), "DOCTYPE");
    }

    @Test
    void aTruncatedFileIsReportedAsBroken() throws IOException {
        byte[] sample = Files.readAllBytes(Samples.path("tiers-lieu-hybride"));
        byte[] truncated = java.util.Arrays.copyOf(sample, sample.length / 2);
        rejected("truncated.perenne", truncated, "cannot be opened");
    }

    @Test
    void aFileWithAnotherRootElementIsNotTakenForACanvas() throws IOException {
        rejected("html.perenne", HEADER + "<html><body>Bonjour</body></html>\n", "not a Pérenne canvas");
        rejected("room.perenne", HEADER + "<perenne:Room " + NS + " name=\"Salle\"/>\n", "does not contain a Pérenne canvas");
    }

    @Test
    void fiftyMegabytesOfGarbageAreRefusedBeforeParsing() throws IOException {
        byte[] garbage = new byte[50 * 1024 * 1024];
        new Random(42).nextBytes(garbage);
        rejected("garbage.perenne", garbage, "too large");
    }

    @Test
    void binaryGarbageOfNormalSizeIsReportedAsNotACanvas() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        rejected("noise.perenne", garbage, "not text encoded in UTF-8");
    }

    @Test
    void textWhereANumberIsExpectedNamesTheFieldAndTheLine() throws IOException {
        String text = HEADER + "<perenne:Canvas " + NS + "\n    name=\"X\" startMonth=\"2027-01\" horizonYears=\"cinq\"/>\n";
        Diagnostic diagnostic = rejected("numbers-as-text.perenne", text, "\"cinq\" is not valid for \"horizonYears\"");
        assertTrue(Samples.describe(diagnostic).contains("Line 3"), Samples.describe(diagnostic));
        rejected("bad-month.perenne", HEADER + "<perenne:Canvas " + NS + " name=\"X\" startMonth=\"janvier\"/>\n",
                "\"janvier\" is not valid for \"startMonth\"");
    }

    @Test
    void aReferenceToAMissingItemIsReported() throws IOException {
        String text = HEADER + "<perenne:Canvas " + NS + " name=\"X\" startMonth=\"2027-01\">\n"
                + "  <offers><rentals id=\"loc\" room=\"salle-fantome\" hourlyRate=\"10\"/></offers>\n</perenne:Canvas>\n";
        rejected("dangling.perenne", text, "\"salle-fantome\" named in \"room\" does not exist");
    }

    @Test
    void aFileFromANewerVersionIsNotOpened() throws IOException {
        rejected("future.perenne", HEADER + "<perenne:Canvas " + NS + " formatVersion=\"7\" name=\"X\" startMonth=\"2027-01\"/>\n",
                "newer version of Pérenne");
    }

    @Test
    void emptyAndMissingFilesAreReportedInFrench() throws IOException {
        Files.write(folder.resolve("vide.perenne"), new byte[0]);
        assertEquals("Le fichier « vide.perenne » est vide.",
                CanvasFiles.load(folder.resolve("vide.perenne"), Locale.FRENCH).diagnostic().getMessage());
        assertEquals("Le fichier « absent.perenne » n'existe pas.",
                CanvasFiles.load(folder.resolve("absent.perenne"), Locale.FRENCH).diagnostic().getMessage());
    }

    @Test
    void savingKeepsThePreviousVersionAsABackup() throws IOException {
        Path file = folder.resolve("canevas.perenne");
        Canvas canvas = Samples.load("tiers-lieu-hybride");
        CanvasFiles.save(canvas, file);
        byte[] first = Files.readAllBytes(file);
        canvas.setName("Deuxième version");
        CanvasFiles.save(canvas, file);
        assertArrayEquals(first, Files.readAllBytes(CanvasFiles.backupOf(file)));
        assertEquals("Deuxième version", Samples.load(file).getName());
    }

    @Test
    void anInterruptedSaveLeavesThePreviousFileIntact() throws IOException {
        Path file = folder.resolve("canevas.perenne");
        Canvas canvas = Samples.load("tiers-lieu-hybride");
        CanvasFiles.save(canvas, file);
        byte[] before = Files.readAllBytes(file);
        canvas.setName("Version jamais écrite");
        IOException failure = assertThrows(IOException.class, () -> CanvasFiles.save(canvas, file, out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 2048) {
                    throw new IOException("disk full");
                }
                out.write(bytes, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }
        }));
        assertTrue(failure.getMessage().contains("disk full"));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("canevas.perenne"), files.map(f -> f.getFileName().toString()).toList(),
                    "no temporary file left behind, no backup made of a save that failed");
        }
        assertEquals(Samples.load("tiers-lieu-hybride").getName(), Samples.load(file).getName());
    }
}
