/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The room's web server (Jetty, no servlet container): one page where participants give their estimates, served
 * only under a random 128-bit token that every request must carry (any other address: 403), with nothing of the
 * canvas beyond the asked figures' names, units and current values. Requests are bounded in size (16 KB) and in
 * rate (per address), no cookie is ever set, and every answer carries a Content-Security-Policy that lets the page
 * load nothing but its own style and script. Stopped by {@link #close()}.
 */
public final class RoomServer implements AutoCloseable {

    /** The largest request taken: the form of eight figures is well under 2 KB. */
    static final long LARGEST_REQUEST = 16 * 1024;
    /** Requests one address may make each second (a phone makes two or three per answer). */
    static final int REQUESTS_PER_SECOND = 100;
    private static final String SECURITY = "default-src 'none'; script-src 'self'; style-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final Server server;
    private final byte[] token;
    private final URI address;

    private RoomServer(Server server, byte[] token, URI address) {
        this.server = server;
        this.token = token;
        this.address = address;
    }

    /**
     * Starts serving a room on one address of this computer.
     *
     * @param host the network interface's address the participants reach (a wildcard address listens on all and
     *             shows the first local network address)
     * @param port 0 for any free port
     */
    public static RoomServer start(Room room, InetAddress host, int port) throws IOException {
        byte[] token = new byte[16];
        new SecureRandom().nextBytes(token);
        QueuedThreadPool threads = new QueuedThreadPool(24, 2);
        threads.setName("perenne-room");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8 * 1024);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        String path = "/" + HexFormat.of().formatHex(token) + "/";
        SizeLimitHandler bounded = new SizeLimitHandler(LARGEST_REQUEST, -1);
        bounded.setHandler(new Pages(room, token));
        server.setHandler(new DoSHandler(bounded, DoSHandler.ID_FROM_REMOTE_ADDRESS, new DoSHandler.LeakingBucketTrackerFactory(REQUESTS_PER_SECOND),
                new DoSHandler.StatusRejectHandler(HttpStatus.TOO_MANY_REQUESTS_429), 10_000));
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException(e.getMessage(), e);
        }
        InetAddress shown = host.isAnyLocalAddress() ? RoomAddresses.firstLocalNetwork().orElse(InetAddress.getLoopbackAddress()) : host;
        try {
            URI address = new URI("http", null, shown.getHostAddress(), connector.getLocalPort(), path, null, null);
            room.onChange(() -> {
                if (room.isClosed()) {
                    new Thread(() -> stopQuietly(server), "perenne-room-stop").start();
                }
            });
            return new RoomServer(server, token, address);
        } catch (URISyntaxException e) {
            stopQuietly(server);
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The address participants open: http://host:port/TOKEN/ */
    public URI address() {
        return address;
    }

    /** Whether the server has stopped: its port closed, every answer under way finished or cut. */
    public boolean isStopped() {
        return server.isStopped();
    }

    /** Stops serving (waiting at most two seconds for answers under way). */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: nothing is left to serve either way
        }
    }

    /** The room's three resources under the token: the page (GET, and POST of an answer), its style, its script. */
    private static final class Pages extends Handler.Abstract {

        private final Room room;
        private final byte[] token;

        Pages(Room room, byte[] token) {
            this.room = room;
            this.token = token;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            RoomText text = new RoomText(language(request));
            response.getHeaders().put("Content-Security-Policy", SECURITY);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            String[] path = Request.getPathInContext(request).split("/", -1);
            if (path.length < 2 || !tokenIs(path[1])) {
                return send(response, callback, HttpStatus.FORBIDDEN_403, "text/plain", text.get("forbidden"));
            }
            if (path.length == 2) {
                response.getHeaders().put(HttpHeader.LOCATION, "/" + path[1] + "/");
                return send(response, callback, HttpStatus.SEE_OTHER_303, "text/plain", "");
            }
            String resource = path.length == 3 ? path[2] : "/";
            String method = request.getMethod();
            boolean get = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
            switch (resource) {
                case "" -> {
                    if (HttpMethod.POST.is(method)) {
                        return answer(request, response, callback, text);
                    }
                    if (!get) {
                        return send(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "text/plain", text.get("unsupported"));
                    }
                    return send(response, callback, HttpStatus.OK_200, "text/html", RoomPage.page(room, text, RoomPage.newParticipant(), null, null));
                }
                case "room.css", "room.js" -> {
                    if (!get) {
                        return send(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "text/plain", text.get("unsupported"));
                    }
                    return send(response, callback, HttpStatus.OK_200, resource.endsWith(".css") ? "text/css" : "text/javascript",
                            resource(resource));
                }
                default -> {
                    return send(response, callback, HttpStatus.NOT_FOUND_404, "text/plain", text.get("notFound"));
                }
            }
        }

        private boolean answer(Request request, Response response, Callback callback, RoomText text) {
            String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                return send(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "text/plain", text.get("unsupported"));
            }
            Fields fields;
            try {
                fields = FormFields.getFields(request, 4 + 3 * Room.MOST_FIGURES, (int) LARGEST_REQUEST);
            } catch (RuntimeException e) {
                // too large (the size limit, or too many fields), or not a form at all
                Throwable said = e instanceof HttpException ? e : e.getCause();
                boolean tooLarge = said instanceof HttpException http && http.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413;
                return tooLarge ? send(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "text/plain", text.get("tooLarge"))
                        : send(response, callback, HttpStatus.BAD_REQUEST_400, "text/plain", text.get("unsupported"));
            }
            String participant = fields.getValue("participant");
            Room.Reply reply = room.submit(participant, fields::getValue, text);
            int status = switch (reply.status()) {
                case KEPT -> HttpStatus.OK_200;
                case REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY_422;
                case FULL, TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS_429;
                case CLOSED -> HttpStatus.GONE_410;
            };
            String shownParticipant = participant != null && !participant.isBlank() && participant.length() <= 64 ? participant
                    : RoomPage.newParticipant();
            return send(response, callback, status, "text/html", RoomPage.page(room, text, shownParticipant, reply, fields::getValue));
        }

        private boolean tokenIs(String given) {
            byte[] bytes;
            try {
                bytes = HexFormat.of().parseHex(given);
            } catch (IllegalArgumentException e) {
                return false;
            }
            return MessageDigest.isEqual(bytes, token);
        }

        /** French when the browser prefers it to English, else English. */
        private static Locale language(Request request) {
            List<Locale> locales = Request.getLocales(request);
            for (Locale locale : locales) {
                if (locale.getLanguage().equals("fr")) {
                    return Locale.FRENCH;
                }
                if (locale.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
            }
            return Locale.ENGLISH;
        }

        private static String resource(String name) throws IOException {
            try (InputStream in = RoomServer.class.getResourceAsStream(name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        private static boolean send(Response response, Callback callback, int status, String type, String body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
