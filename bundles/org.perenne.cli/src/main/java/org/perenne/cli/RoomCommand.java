/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.io.SafeFiles;
import org.perenne.room.Question;
import org.perenne.room.Room;
import org.perenne.room.RoomAddresses;
import org.perenne.room.RoomServer;
import org.perenne.room.RoomText;

/**
 * {@code perenne room FILE --ask FIGURE[,FIGURE…] [--listen HOST:PORT] [--minutes N] [--expect K] --out NEW}: opens the
 * workshop room, prints {@code URL: http://…} on its first line, serves until N minutes, K participants or Ctrl+C,
 * then writes the canvas with the group estimates (exit 0), or says why not (exit 2).
 */
final class RoomCommand {

    /** Where the room listens unless told: this computer only, on any free port. */
    static final String DEFAULT_LISTEN = "127.0.0.1:0";
    static final int DEFAULT_MINUTES = 30;
    static final int LONGEST_MINUTES = 8 * 60;

    private final CliMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    RoomCommand(CliMessages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--ask", "--listen", "--minutes", "--expect", "--out"), Set.of(),
                messages);
        String file = arguments.file(messages);
        String ask = required(arguments, "--ask");
        Path target = Path.of(required(arguments, "--out"));
        int minutes = arguments.wholeNumber("--minutes", DEFAULT_MINUTES, 1, LONGEST_MINUTES, messages);
        int expect = arguments.wholeNumber("--expect", 0, 1, Room.MOST_PARTICIPANTS, messages);
        URI listen = listen(arguments.option("--listen", DEFAULT_LISTEN));
        InetAddress host = address(listen.getHost());
        Canvas canvas = CanvasInput.loadValid(file, messages);
        RoomText text = new RoomText(messages.locale());
        Room room;
        try {
            room = Room.of(canvas, Arrays.stream(ask.split(",", -1)).map(String::strip).toList(), text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        CountDownLatch over = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        AtomicInteger counted = new AtomicInteger();
        room.onChange(() -> {
            int participants = room.participants();
            if (counted.getAndSet(participants) != participants) {
                out.println(messages.get("room.answered", participants));
            }
            if (expect > 0 && participants >= expect) {
                over.countDown();
            }
        });
        // Ctrl+C ends the round like the time limit: the answers given are written before the program stops
        Thread interrupted = new Thread(() -> {
            over.countDown();
            try {
                written.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "perenne-room-interrupted");
        try (RoomServer server = start(room, host, listen.getPort())) {
            out.println("URL: " + server.address());
            if (System.console() != null) {
                out.print(RoomAddresses.qrCodeAsText(server.address().toString()));
            }
            out.println(expect > 0 ? messages.get("room.openUntilExpected", minutes, expect) : messages.get("room.openUntil", minutes));
            Runtime.getRuntime().addShutdownHook(interrupted);
            try {
                over.await(minutes, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            room.close();
            return write(room, canvas, target);
        } finally {
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // the program is stopping (Ctrl+C): the hook is running
            }
        }
    }

    private int write(Room room, Canvas canvas, Path target) throws IOException {
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack,
                canvas.eResource().getResourceSet());
        Command edit = room.groupEstimates(domain, new RoomText(messages.locale()).get("edit"));
        if (edit == null) {
            err.println(messages.get("room.nothing", room.participants(), Room.FEWEST_FOR_A_GROUP));
            return Main.INVALID;
        }
        stack.execute(edit);
        SafeFiles.write(target, CanvasFiles.content(canvas, target));
        long pooled = room.triples().stream().filter(t -> t.participants() >= Room.FEWEST_FOR_A_GROUP).count();
        out.println(messages.get("room.written", target.toAbsolutePath().normalize(), pooled, room.participants()));
        for (Question question : room.withoutGroup()) {
            out.println(messages.get("room.kept", question.figure()));
        }
        return Main.OK;
    }

    private RoomServer start(Room room, InetAddress host, int port) throws IOException {
        try {
            return RoomServer.start(room, host, port);
        } catch (IOException e) {
            throw new IOException(messages.get("room.cannotListen", host.getHostAddress() + ":" + port, e.getMessage()), e);
        }
    }

    private String required(Arguments arguments, String option) throws UsageException {
        String value = arguments.option(option, null);
        if (value == null || value.isBlank()) {
            throw new UsageException(messages.get("error.missingOption", option));
        }
        return value;
    }

    /** HOST:PORT, an IPv6 host in brackets ([::1]:8080); port 0 takes any free one. */
    private URI listen(String value) throws UsageException {
        try {
            URI uri = new URI("http://" + value.strip());
            if (uri.getHost() != null && uri.getPort() >= 0 && uri.getPort() <= 65535 && uri.getRawPath().isEmpty()
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new UsageException(messages.get("error.badListen", value));
    }

    /** The address to listen on, as numbers or as a name of this computer ("localhost"). */
    private InetAddress address(String host) throws UsageException {
        try {
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new UsageException(messages.get("error.badListen", host));
        }
    }
}
