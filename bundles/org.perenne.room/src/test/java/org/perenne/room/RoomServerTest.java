/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;

/**
 * The room's server on the loopback address, as a shared network would try it: many participants at once, a wrong
 * token, a body of a megabyte, a flood of requests; and what its pages let out.
 */
class RoomServerTest {

    private static final String OCCUPANCY = RoomTest.OCCUPANCY;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Canvas canvas;
    private Room room;
    private RoomServer server;

    @BeforeEach
    void open() throws IOException {
        canvas = RoomTest.sample();
        room = Room.of(canvas, List.of(OCCUPANCY), new RoomText(Locale.FRENCH));
        server = RoomServer.start(room, InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void close() {
        server.close();
    }

    private static String form(String participant, int low, int likely, int high) {
        return "participant=" + participant + "&" + encode(OCCUPANCY + ".low") + "=" + low + "&" + encode(OCCUPANCY + ".likely")
                + "=" + likely + "&" + encode(OCCUPANCY + ".high") + "=" + high;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpRequest post(URI address, String body) {
        return HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).header("Accept-Language", "fr")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> get(URI address, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fiftyParticipantsAnsweringAtOnceAreEachKeptOnce() {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int p = 0; p < 50; p++) {
            answers.add(http.sendAsync(post(server.address(), form("participant-" + p, 10, 20, 21 + p)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertEquals(200, answer.join().statusCode(), answer.join().body());
        }
        assertEquals(50, room.participants());
        double[] highs = room.triples().get(0).high().clone();
        Arrays.sort(highs);
        assertTrue(Arrays.equals(IntStream.range(0, 50).mapToDouble(p -> (21 + p) / 100.0).toArray(), highs),
                "every answer kept, none twice: " + Arrays.toString(highs));
    }

    @Test
    void aWrongTokenIsForbiddenAndNothingIsKept() throws Exception {
        URI address = server.address();
        String token = address.getPath().split("/")[1];
        String other = (token.charAt(0) == 'a' ? 'b' : 'a') + token.substring(1);
        for (String path : new String[] { "/" + other + "/", "/", "/room.js", "/" + token.substring(1) + "/", "/" + other + "/room.js" }) {
            URI wrong = address.resolve(path);
            assertEquals(403, http.send(post(wrong, form("participant-1", 10, 20, 30)), HttpResponse.BodyHandlers.ofString()).statusCode(), path);
            assertEquals(403, get(wrong, "fr").statusCode(), path);
        }
        assertEquals(0, room.participants());
        assertEquals(404, get(address.resolve("secret.txt"), "fr").statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(address).method("PUT", HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aBodyOfAMegabyteIsRefused() throws Exception {
        String big = form("participant-1", 10, 20, 30) + "&padding=" + "x".repeat(1024 * 1024);
        HttpResponse<String> response = http.send(post(server.address(), big), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals(0, room.participants());
        assertEquals(415, http.send(HttpRequest.newBuilder(server.address()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(form("participant-1", 10, 20, 30))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(0, room.participants());
        String chunked = form("participant-1", 10, 20, 30) + "&padding=" + "x".repeat(64 * 1024);
        HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(server.address()).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, streamed.statusCode(), "a body without its length is cut at the limit too");
        assertEquals(400, http.send(post(server.address(), "participant=%zz&%"), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(0, room.participants());
    }

    @Test
    void aFloodOfRequestsIsSlowedDown() throws Exception {
        int refused = 0;
        for (int i = 0; i < 2_000 && refused == 0; i++) {
            refused += get(server.address().resolve("room.css"), "fr").statusCode() == 429 ? 1 : 0;
        }
        assertEquals(1, refused, "more than " + RoomServer.REQUESTS_PER_SECOND + " requests a second from one address");
    }

    @Test
    void thePageSaysOnlyTheAskedFiguresAndLoadsNothingButItsOwn() throws Exception {
        HttpResponse<String> french = get(server.address(), "fr-FR,fr;q=0.9,en;q=0.8");
        assertEquals(200, french.statusCode());
        String page = french.body();
        assertTrue(page.contains("Occupation de la salle de réunion (%)"), page);
        assertTrue(RoomTest.plain(page).contains("Dans le canevas aujourd’hui : 25 %."), page);
        assertFalse(page.contains(canvas.getName()), "the canvas's name stays on the consultant's computer");
        assertFalse(page.contains("Nombre de résidents visé"), "a figure not asked stays out");
        assertFalse(page.contains("http"), "no resource from elsewhere");
        assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                french.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(french.headers().allValues("Set-Cookie").isEmpty());
        assertFalse(french.headers().firstValue("Server").isPresent());
        assertTrue(get(server.address(), "en-GB,en;q=0.9").body().contains("<h1>Your estimates</h1>"));
        assertTrue(get(server.address(), "de-DE,fr;q=0.5").body().contains("<h1>Vos estimations</h1>"), "the first of French or English asked");
        HttpResponse<String> refused = http.send(post(server.address(), form("participant-1", 30, 20, 10)), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("La valeur basse ne doit pas dépasser la probable"), refused.body());
        assertTrue(refused.body().contains("value=\"30\""), "what was typed stays on the page");
    }

    @Test
    void closingTheRoomStopsTheServer() throws Exception {
        room.close();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!server.isStopped() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(server.isStopped());
        assertThrows(ConnectException.class, () -> get(server.address(), "fr"));
    }
}
