/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.PerennePackage;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.io.SafeFiles;
import org.perenne.simulation.AmountTooLargeException;

/**
 * A funder's portfolio: the canvases of the places it finances — a folder, files, or a portfolio file
 * listing canvases by paths relative to it (so a folder can be shared), one per line, with
 * {@code same-funder: NAME = NAME} lines for the matches the user confirmed and {@code #} comments.
 * Each canvas is read, checked and analysed on its own (a portfolio of hundreds of places is never held
 * in memory at once); a canvas that cannot be read or has errors is reported with
 * its problem and the others are analysed.
 */
public final class Portfolio {

    /** The canvases and the confirmed funder matches of a portfolio. */
    public record Members(List<Path> canvases, List<Set<String>> sameFunders) {
    }

    /** The file of a folder of canvases that keeps the funder matches the user confirmed. */
    public static final String FOLDER_FILE = "portefeuille.txt";

    private Portfolio() {
    }

    /**
     * The canvases named by the command line's arguments: folders (their {@code .perenne} files, in
     * name order), canvases, and portfolio files.
     */
    public static Members read(List<Path> sources) throws IOException {
        List<Path> canvases = new ArrayList<>();
        List<Set<String>> same = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source)) {
                    files.filter(f -> f.getFileName().toString().endsWith("." + CanvasFiles.EXTENSION)).sorted()
                            .forEach(canvases::add);
                }
                Path confirmed = source.resolve(FOLDER_FILE);
                if (Files.isRegularFile(confirmed)) {
                    same.addAll(sameFunders(lines(confirmed)));
                }
            } else if (source.getFileName().toString().endsWith("." + CanvasFiles.EXTENSION)) {
                canvases.add(source);
            } else {
                Path folder = source.toAbsolutePath().getParent();
                for (String line : lines(source)) {
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    if (text.toLowerCase(Locale.ROOT).startsWith("same-funder:")) {
                        same.addAll(sameFunders(List.of(text)));
                    } else {
                        canvases.add(folder.resolve(text).normalize());
                    }
                }
            }
        }
        return new Members(List.copyOf(canvases), List.copyOf(same));
    }

    /** The largest portfolio file read: a line per canvas, for thousands of places, is a few hundred kilobytes. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    /** The lines of a portfolio file: a regular text file of at most {@link #MAX_FILE_BYTES}. */
    private static List<String> lines(Path file) throws IOException {
        return SafeFiles.readText(file, MAX_FILE_BYTES).lines().toList();
    }

    private static List<Set<String>> sameFunders(List<String> lines) {
        List<Set<String>> same = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.toLowerCase(Locale.ROOT).startsWith("same-funder:")) {
                Set<String> names = new TreeSet<>();
                for (String name : text.substring("same-funder:".length()).split("=")) {
                    names.add(FunderIdentity.plainName(name));
                }
                same.add(names);
            }
        }
        return same;
    }

    /**
     * Keeps, in the folder's {@link #FOLDER_FILE}, that two names are one funder (the next analysis of
     * the folder counts them as one); the file is written whole or not at all.
     */
    public static void confirmSameFunder(Path folder, String name, String other) throws IOException {
        Path file = folder.resolve(FOLDER_FILE);
        List<String> lines = new ArrayList<>(Files.isRegularFile(file) ? lines(file)
                : List.of("# Pérenne: funders confirmed to be the same across the places of this folder"));
        lines.add("same-funder: " + name.replace("=", " ") + " = " + other.replace("=", " "));
        SafeFiles.write(file, out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A funder a user may look at in a portfolio: one funder by its name (with the SIREN a place gives it,
     * so that the same SIREN under another name elsewhere counts too), or every funder of a level.
     */
    public record FunderChoice(String name, String siren, FunderLevel level) {

        /** The funders this choice accepts, with the matches the user confirmed. */
        public Predicate<Funder> funders(List<Set<String>> sameFunders) {
            Predicate<Funder> chosen = Portfolio.funders(name, level, sameFunders);
            return siren == null ? chosen : chosen.or(Portfolio.funders(siren, null, sameFunders));
        }
    }

    /**
     * The funders of a portfolio's canvases, each once (by SIREN, else by plain name) and in name order, then
     * their levels; canvases that cannot be read are skipped (the analysis lists them).
     */
    public static List<FunderChoice> funderChoices(Members members, Locale locale) {
        Map<String, FunderChoice> byFunder = new LinkedHashMap<>();
        Set<FunderLevel> levels = new TreeSet<>();
        for (Path file : members.canvases()) {
            CanvasFiles.LoadResult loaded = CanvasFiles.load(file, locale);
            if (!loaded.isLoaded() || loaded.canvas().getPartners() == null) {
                continue;
            }
            for (Funder f : loaded.canvas().getPartners().getFunders()) {
                if (f.getName() != null && !f.getName().isBlank()) { // a funder not named yet cannot be chosen by name
                    String siren = f.getSiren() == null || f.getSiren().isBlank() ? null : f.getSiren();
                    byFunder.merge(FunderIdentity.key(f), new FunderChoice(f.getName(), siren, null),
                            (kept, other) -> kept.siren() != null ? kept : new FunderChoice(kept.name(), other.siren(), null));
                    levels.add(f.getLevel());
                }
            }
        }
        List<FunderChoice> choices = new ArrayList<>(byFunder.values());
        choices.sort(java.util.Comparator.comparing(FunderChoice::name));
        levels.forEach(level -> choices.add(new FunderChoice(null, null, level)));
        return choices;
    }

    /**
     * The funders a portfolio looks at: the one named (by SIREN or name, with the matches the user
     * confirmed), or every funder of a level, or (both null) every funder.
     */
    public static Predicate<Funder> funders(String wanted, FunderLevel level, List<Set<String>> sameFunders) {
        if (wanted != null) {
            Set<String> names = new TreeSet<>(Set.of(FunderIdentity.plainName(wanted)));
            sameFunders.stream().filter(s -> s.contains(FunderIdentity.plainName(wanted))).forEach(names::addAll);
            return f -> FunderIdentity.is(f, wanted) || names.contains(FunderIdentity.plainName(f.getName()));
        }
        return level == null ? null : f -> f.getLevel() == level;
    }

    /**
     * Analyses every canvas and hands each place (or each problem) to the caller, in the order of the
     * files, on the calling thread. With {@code options.threads()} above 1, that many places are analysed
     * at once (each Monte Carlo on one thread: places are longer than the start of a parallel run), at
     * most twice as many canvases held at a time; the results are the same whatever the thread count.
     * An exception thrown by a consumer (to stop, say) stops the analysis.
     *
     * @param errors a canvas's validation errors in the user's words (empty: the canvas is valid)
     */
    public static void analyse(Members members, PlaceAnalysis.Options options, Function<Canvas, List<String>> errors,
            BiConsumer<Path, PlaceAnalysis> place, BiConsumer<Path, String> problem, Problems words) {
        PerennePackage.eINSTANCE.getEClassifiers(); // the model's package, initialised once before any worker reads
        int workers = Math.max(1, options.threads());
        PlaceAnalysis.Options each = options.withThreads(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "perenne-portfolio");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Path> seen = new HashMap<>();
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        Iterator<Path> files = members.canvases().iterator();
        try {
            while (files.hasNext() || !window.isEmpty()) {
                while (files.hasNext() && window.size() < 2 * workers) {
                    Path file = files.next();
                    window.add(pool.submit(() -> outcome(file, each, errors, words)));
                }
                Outcome done = result(window.removeFirst());
                Path first = done.identity() == null ? null : seen.putIfAbsent(done.identity(), done.file());
                if (done.problem() != null) {
                    problem.accept(done.file(), done.problem());
                } else if (first != null) {
                    problem.accept(done.file(), words.samePlace().apply(first));
                } else {
                    place.accept(done.file(), done.place());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What became of one canvas: its analysis, or the problem that left it out. */
    private record Outcome(Path file, String identity, PlaceAnalysis place, String problem) {
    }

    private static Outcome outcome(Path file, PlaceAnalysis.Options options, Function<Canvas, List<String>> errors,
            Problems words) {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(file, words.locale());
        if (!loaded.isLoaded()) {
            StringBuilder why = new StringBuilder(String.valueOf(loaded.diagnostic().getMessage()));
            loaded.diagnostic().getChildren().forEach(child -> why.append(' ').append(child.getMessage()));
            return new Outcome(file, null, null, why.toString());
        }
        Canvas canvas = loaded.canvas();
        List<String> wrong = errors.apply(canvas);
        if (!wrong.isEmpty()) {
            return new Outcome(file, null, null, String.join(" ", wrong));
        }
        String identity = FunderIdentity.plainName(canvas.getName()) + "|" + FunderIdentity.plainName(canvas.getTerritory());
        try {
            return new Outcome(file, identity, new PlaceAnalysis(canvas, options), null);
        } catch (AmountTooLargeException e) {
            return new Outcome(file, null, null, words.tooLarge());
        } catch (RuntimeException e) {
            // one place that cannot be simulated is left out with its reason; the others are analysed
            return new Outcome(file, null, null, String.valueOf(e.getLocalizedMessage()));
        }
    }

    private static Outcome result(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Pairs of funders of different places that may be one and the same (names close but not equal,
     * no SIREN to tell): for the user to confirm with a {@code same-funder:} line.
     */
    public static List<String[]> uncertainMatches(List<Funder> funders, List<Set<String>> confirmed) {
        Map<String, Funder> byKey = new LinkedHashMap<>();
        funders.forEach(f -> byKey.putIfAbsent(FunderIdentity.key(f), f));
        List<Funder> distinct = new ArrayList<>(byKey.values());
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                Funder a = distinct.get(i), b = distinct.get(j);
                boolean settled = confirmed.stream().anyMatch(s -> s.contains(FunderIdentity.plainName(a.getName()))
                        && s.contains(FunderIdentity.plainName(b.getName())));
                if (!settled && FunderIdentity.uncertain(a, b)) {
                    pairs.add(new String[] { a.getName(), b.getName() });
                }
            }
        }
        return pairs;
    }

    /**
     * The words of the problems the portfolio itself finds, in the user's language: the language of the
     * loader's messages, "the same place as FILE", and "amounts too large".
     */
    public record Problems(Locale locale, Function<Path, String> samePlace, String tooLarge) {
    }
}
