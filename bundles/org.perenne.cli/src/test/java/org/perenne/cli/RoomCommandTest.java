/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.io.CanvasFiles;

/**
 * {@code perenne room}: the address on the first line, answers taken from any tool that posts the form, the canvas
 * written when the expected participants have answered, or why not.
 */
class RoomCommandTest {

    private static final String OCCUPANCY = "loc-reunion.occupancyRate";

    @TempDir
    Path folder;

    /** A command running in the background, its printed lines read as they come. */
    private record Running(CompletableFuture<Integer> exit, BlockingQueue<String> lines, StringBuilder err) {

        String nextLine() throws InterruptedException {
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("nothing printed within a minute; errors: " + err);
            }
            return line;
        }
    }

    private static Running start(String... args) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        StringBuilder err = new StringBuilder();
        PrintStream out = new PrintStream(new Lines(lines), true, StandardCharsets.UTF_8);
        PrintStream errors = new PrintStream(new Lines(new LinkedBlockingQueue<>()) {
            @Override
            void line(String line) {
                synchronized (err) {
                    err.append(line).append('\n');
                }
            }
        }, true, StandardCharsets.UTF_8);
        return new Running(CompletableFuture.supplyAsync(() -> Main.run(List.of(args), out, errors)), lines, err);
    }

    private static int answer(URI room, String participant, int low, int likely, int high) throws Exception {
        String form = "participant=" + participant + "&" + field(".low") + "=" + low + "&" + field(".likely") + "=" + likely
                + "&" + field(".high") + "=" + high;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(room).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String field(String suffix) {
        return URLEncoder.encode(OCCUPANCY + suffix, StandardCharsets.UTF_8);
    }

    @Test
    void theRoomPrintsItsAddressFirstAndWritesTheGroupEstimateWhenTheExpectedHaveAnswered() throws Exception {
        Path written = folder.resolve("after.perenne");
        Running room = start("room", CliRun.sample("tiers-lieu-hybride"), "--ask", OCCUPANCY, "--expect", "2", "--out",
                written.toString(), "--lang", "fr");
        String first = room.nextLine();
        assertTrue(first.matches("URL: http://127\\.0\\.0\\.1:[0-9]+/[0-9a-f]{32}/"), first);
        URI address = URI.create(first.substring("URL: ".length()));
        assertEquals(422, answer(address, "participant-1", 30, 20, 10), "a wrong answer is refused");
        assertEquals(200, answer(address, "participant-1", 10, 20, 30));
        assertEquals(200, answer(address, "participant-2", 15, 25, 45));
        assertEquals(0, (int) room.exit().get(60, TimeUnit.SECONDS), room.err().toString());
        Canvas canvas = CanvasFiles.load(written).canvas();
        Distribution law = canvas.getUncertainties().stream().filter(u -> u.getId().equals("unc-occupation")).findFirst()
                .orElseThrow().getDistribution();
        assertEquals(DistributionKind.GROUP_ESTIMATE, law.getKind());
        assertEquals(List.of(0.1, 0.2, 0.3, 0.15, 0.25, 0.45), law.getEstimates().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getLow(), e.getLikely(), e.getHigh())).toList());
        String said = String.join("\n", room.lines());
        assertTrue(said.contains("2 participants ont répondu."), said);
        assertTrue(said.contains("un chiffre avec l’estimation de groupe de 2 participants"), said);
        assertEquals(0, CliRun.perenne("validate", written.toString()).exit(), "the canvas written is valid");
    }

    @Test
    void withFewerThanTwoParticipantsNothingIsWrittenAndTheCommandSaysWhy() throws Exception {
        Path written = folder.resolve("after.perenne");
        Running room = start("room", CliRun.sample("tiers-lieu-hybride"), "--ask", OCCUPANCY, "--expect", "1", "--out",
                written.toString(), "--lang", "fr");
        URI address = URI.create(room.nextLine().substring("URL: ".length()));
        assertEquals(200, answer(address, "participant-1", 10, 20, 30));
        assertEquals(2, (int) room.exit().get(60, TimeUnit.SECONDS));
        assertTrue(room.err().toString().contains("Rien n’est écrit"), room.err().toString());
        assertFalse(Files.exists(written));
    }

    @Test
    void aFigureTheCanvasLacksOrABadAddressIsAWrongUsage() {
        CliRun unknown = CliRun.perenne("room", CliRun.sample("tiers-lieu-hybride"), "--ask", "tier-resident.monthlyFee",
                "--out", folder.resolve("x.perenne").toString(), "--lang", "en");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("No figure “tier-resident.monthlyFee” in this canvas. Its figures are: tier-resident.targetCount"),
                unknown.err());
        for (String listen : new String[] { "nowhere:80:80", "127.0.0.1:70000", "127.0.0.1:8080/path", "user@127.0.0.1:1" }) {
            CliRun bad = CliRun.perenne("room", CliRun.sample("tiers-lieu-hybride"), "--ask", OCCUPANCY, "--listen", listen,
                    "--out", folder.resolve("x.perenne").toString(), "--lang", "en");
            assertEquals(1, bad.exit(), listen + ": " + bad.err());
            assertTrue(bad.err().contains("--listen takes an address of this computer"), bad.err());
        }
        assertEquals(1, CliRun.perenne("room", CliRun.sample("tiers-lieu-hybride"), "--ask", OCCUPANCY).exit(), "--out is needed");
        assertTrue(CliRun.perenne("room", "--help").out().contains("URL: http://"));
    }

    /** An output stream cut into lines, each handed over as it ends. */
    private static class Lines extends OutputStream {

        private final BlockingQueue<String> lines;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        Lines(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                line(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        void line(String text) {
            lines.add(text);
        }
    }
}
