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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
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
    void nothingACanvasNamesIsFetchedNeitherItsNamespaceNorASchemaLocation() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1);
            String here = "http://127.0.0.1:" + listener.getLocalPort() + "/";
            String sample = Files.readString(Samples.path("coworking-rural"));
            rejected("ailleurs.perenne", sample.replace("http://perenne.org/model/1.0", here + "model").getBytes(StandardCharsets.UTF_8),
                    "not a Pérenne canvas");
            // a schema location on another host: the canvas is read or refused, never fetched from there
            Path located = folder.resolve("schema.perenne");
            Files.writeString(located, sample.replace("formatVersion=\"2\"", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"http://perenne.org/model/1.0 " + here + "a.ecore\" formatVersion=\"2\""));
            CanvasFiles.load(located, Locale.ENGLISH);
            assertThrows(java.net.SocketTimeoutException.class, listener::accept, "no connection was made");
        }
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
    void anUnknownChoiceListsTheChoices() throws IOException {
        String text = HEADER + "<perenne:Canvas " + NS + " name=\"X\" startMonth=\"2027-01\">\n"
                + "  <costs><fixedCosts id=\"loyer\" category=\"LOYER\" monthlyAmount=\"900\"/></costs>\n</perenne:Canvas>\n";
        rejected("choice.perenne", text, "the value \"LOYER\" is not one of the choices for \"category\" (RENT, ENERGY");
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
        assertEquals("Le fichier « vide.perenne » est vide.",
                CanvasFiles.load(folder.resolve("vide.perenne"), Locale.FRENCH).diagnostic().getMessage());
        assertEquals("Le fichier « absent.perenne » n'existe pas.",
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

    /** A stream that fails with "No space left on device" once more than {@code room} bytes went through it. */
    private static OutputStream failingAfter(OutputStream out, int room) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > room) {
                    throw new FileSystemException("canevas", null, "No space left on device");
                }
                out.write(bytes, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }
        };
    }

    private List<String> namesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDiskFullAfterTheNewFileButBeforeTheBackupKeepsTheFileAndItsBackup() throws IOException {
        Path file = folder.resolve("canevas.perenne");
        Canvas canvas = Samples.load("tiers-lieu-hybride");
        CanvasFiles.save(canvas, file);
        canvas.setName("Deuxième version");
        CanvasFiles.save(canvas, file);
        byte[] current = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(CanvasFiles.backupOf(file));
        canvas.setName("Troisième version, jamais écrite");
        int[] streams = { 0 };
        // the new canvas fits on the disk; the copy of the previous one, written next, does not
        assertThrows(FileSystemException.class, () -> CanvasFiles.save(canvas, file,
                out -> ++streams[0] == 1 ? out : failingAfter(out, 1024)));
        assertEquals(2, streams[0], "the backup is written after the new file");
        assertArrayEquals(current, Files.readAllBytes(file), "the file is untouched");
        assertArrayEquals(backup, Files.readAllBytes(CanvasFiles.backupOf(file)), "the previous backup is untouched");
        assertEquals(List.of("canevas.perenne", "canevas.perenne.bak"), namesIn(folder), "no temporary file left");
    }

    @Test
    void savingKeepsTheFilesPermissions() throws IOException {
        Path file = folder.resolve("partage.perenne");
        Canvas canvas = Samples.load("tiers-lieu-hybride");
        CanvasFiles.save(canvas, file);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        canvas.setName("Deuxième version");
        CanvasFiles.save(canvas, file);
        assertEquals(shared, Files.getPosixFilePermissions(file));
        assertEquals(shared, Files.getPosixFilePermissions(CanvasFiles.backupOf(file)));
        Path fresh = folder.resolve("nouveau.perenne");
        CanvasFiles.save(Samples.load("tiers-lieu-hybride"), fresh);
        assertTrue(Files.getPosixFilePermissions(fresh).contains(PosixFilePermission.OTHERS_READ),
                "a new canvas is created like any file of the user, not private like a temporary file: "
                        + Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aCanvasReachedThroughASymbolicLinkIsWrittenWhereTheLinkPoints() throws IOException {
        Path real = Files.createDirectory(folder.resolve("projets")).resolve("vrai.perenne");
        Canvas canvas = Samples.load("tiers-lieu-hybride");
        CanvasFiles.save(canvas, real);
        Path link = Files.createSymbolicLink(folder.resolve("raccourci.perenne"), real);
        canvas.setName("Écrit par le lien");
        CanvasFiles.save(canvas, link);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("Écrit par le lien", Samples.load(real).getName());
        assertTrue(Files.exists(CanvasFiles.backupOf(real)), "the backup sits beside the real file");
        assertEquals(List.of("projets", "raccourci.perenne"), namesIn(folder));
    }

    @Test
    void theNextSaveRemovesWhatInterruptedSavesLeftBehind() throws IOException {
        Path file = folder.resolve("canevas.perenne");
        Canvas canvas = Samples.load("tiers-lieu-hybride");
        CanvasFiles.save(canvas, file);
        // what a save killed with kill -9 leaves: its temporary files, of the canvas and of the backup
        Files.writeString(folder.resolve(".canevas.perenne.8123456789.tmp"), "<perenne");
        Files.writeString(folder.resolve(".canevas.perenne.bak.42.tmp"), "<perenne");
        Files.writeString(folder.resolve(".autre.perenne.77.tmp"), "not ours to remove");
        CanvasFiles.save(canvas, file);
        assertEquals(List.of(".autre.perenne.77.tmp", "canevas.perenne", "canevas.perenne.bak"), namesIn(folder));
    }

    @Test
    void aFolderThatRefusesWritingGivesAnErrorAndLeavesNothing() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("verrouille"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root writes anywhere: the kernel's own folder refuses new files even to root
        Path readOnly = Files.isWritable(locked) ? Path.of("/sys/kernel") : locked;
        IOException refused = assertThrows(IOException.class,
                () -> CanvasFiles.save(Samples.load("tiers-lieu-hybride"), readOnly.resolve("canevas.perenne")));
        assertTrue(refused instanceof AccessDeniedException, refused.toString());
        assertFalse(Files.exists(readOnly.resolve("canevas.perenne")));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
