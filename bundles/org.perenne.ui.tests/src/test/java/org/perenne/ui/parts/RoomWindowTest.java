/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Uncertainty;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.Messages;

/**
 * The workshop room on the projector, at 1280×800 in French and English: the address and its code, how many have
 * answered, each figure's triangles and pooled curve, the risk with the room's estimates; closing the round puts them
 * into the canvas in one edit that one undo takes back, and stops the server.
 */
class RoomWindowTest {

    private static final String OCCUPANCY = "loc-reunion.occupancyRate", RESIDENTS = "tier-resident.targetCount";
    private DesktopTestBench bench;

    @AfterEach
    void close() {
        Messages.use(Locale.FRENCH);
        if (bench != null) {
            bench.close();
        }
    }

    private static void answer(URI room, String participant, String figure, int low, int likely, int high) throws Exception {
        String form = "participant=" + participant + "&" + field(figure, "low") + "=" + low + "&" + field(figure, "likely") + "="
                + likely + "&" + field(figure, "high") + "=" + high;
        int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(room).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertEquals(200, status, participant + " " + figure);
    }

    private static String field(String figure, String value) {
        return URLEncoder.encode(figure + "." + value, StandardCharsets.UTF_8);
    }

    /** A window of the projector's size in a language, with a copy of sample 1 open in it. */
    private CanvasDocument sampleAt1280By800(Locale language) {
        bench = new DesktopTestBench(1280, 800, language);
        bench.open();
        return bench.openSample();
    }

    @Test
    void theProjectorShowsTheAnswersAsTheyArriveAndClosingTheRoundIsOneUndoableEdit() throws Exception {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            CanvasDocument document = sampleAt1280By800(language);
            RoomWindow window = RoomWindow.open(bench.shell, document, List.of(OCCUPANCY, RESIDENTS), InetAddress.getLoopbackAddress());
            URI address = window.server().address();
            bench.waitFor(() -> !window.said().contains("…") && !window.said().contains("..."), Duration.ofSeconds(60), "the canvas's own risk");
            answer(address, "participant-1", OCCUPANCY, 10, 20, 30);
            answer(address, "participant-2", OCCUPANCY, 15, 25, 45);
            answer(address, "participant-3", OCCUPANCY, 12, 18, 35);
            answer(address, "participant-1", RESIDENTS, 8, 10, 14);
            answer(address, "participant-2", RESIDENTS, 6, 9, 12);
            String three = language == Locale.FRENCH ? "3 participants ont répondu" : "3 participants have answered";
            bench.waitFor(() -> window.said().contains(three) && window.said().matches("(?s).*: (⚠ )?[0-9,.]+[\\s\\u00a0\\u202f]?%.*: (⚠ )?[0-9,.]+[\\s\\u00a0\\u202f]?%.*"),
                    Duration.ofSeconds(60), "the answers and the risk with the room's estimates: " + window.said());
            bench.settle();
            ScreenCheck check = new ScreenCheck().at("room " + language);
            check.checkSettled(window.shell(), bench::settle);
            assertEquals(List.of(), check.cut, "every word whole at 1280×800");
            assertEquals(List.of(), check.undrawn, "both figures drawn");
            assertEquals(2, check.charts);
            bench.screenshotOf(window.shell(), language.getLanguage() + "-room-projector");
            // an edit of the canvas while the room is open: both risks follow it
            String said = window.said();
            document.execute(org.eclipse.emf.edit.command.SetCommand.create(document.editingDomain(), document.canvas(),
                    org.perenne.model.PerennePackage.Literals.CANVAS__OPENING_CASH, document.canvas().getOpeningCash() - 200_000));
            bench.waitFor(() -> !window.said().equals(said) && !window.said().contains("…"), Duration.ofSeconds(60),
                    "the risks of the canvas as edited: " + window.said());
            document.undo();
            bench.waitFor(() -> window.said().equals(said), Duration.ofSeconds(60), "the risks back as they were: " + window.said());

            Uncertainty occupancy = document.canvas().getUncertainties().stream().filter(u -> u.getId().equals("unc-occupation"))
                    .findFirst().orElseThrow();
            Distribution before = occupancy.getDistribution();
            Runnable dismiss = dismissing(window.shell());
            bench.display.timerExec(100, dismiss);
            window.closeTheRound();
            bench.display.timerExec(-1, dismiss);
            assertTrue(window.shell().isDisposed());
            assertEquals(DistributionKind.GROUP_ESTIMATE, occupancy.getDistribution().getKind());
            assertEquals(3, occupancy.getDistribution().getEstimates().size());
            bench.waitFor(() -> window.server().isStopped(), Duration.ofSeconds(10), "the server stopped with the room");
            document.undo();
            assertSame(before, occupancy.getDistribution(), "one undo takes the room's estimates out");
            bench.close();
            bench = null;
        }
    }

    @Test
    void theRoomsDialogAsksForOneToEightFiguresInWholeWords() throws Exception {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            CanvasDocument document = sampleAt1280By800(language);
            RoomDialog dialog = new RoomDialog(bench.shell, org.perenne.room.Room.askable(document.canvas()));
            dialog.openWithoutWaiting();
            bench.settle();
            assertFalse(dialog.canOpen(), "no figure chosen yet");
            dialog.ask(1);
            assertTrue(dialog.canOpen());
            ScreenCheck check = new ScreenCheck().at("room's dialog " + language);
            check.check(dialog.getShell());
            assertEquals(List.of(), check.cut);
            bench.screenshotOf(dialog.getShell(), "screens/" + language.getLanguage() + "-room-dialog");
            dialog.close();
            bench.close();
            bench = null;
        }
    }

    /** Closes the message the room leaves on closing, as the consultant would. */
    private Runnable dismissing(Shell room) {
        return new Runnable() {
            @Override
            public void run() {
                for (Shell shell : bench.display.getShells()) {
                    if (shell != bench.shell && shell != room && !shell.isDisposed() && shell.isVisible()) {
                        shell.close();
                    }
                }
                bench.display.timerExec(100, this);
            }
        };
    }
}
