/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.AmountTooLargeException;

/**
 * A funder's portfolio: the canvases of the places it finances — a folder, files, or a portfolio file
 * listing canvases by paths relative to it (so a folder can be shared), one per line, with
 * {@code same-funder: NAME = NAME} lines for the matches the user confirmed and {@code #} comments.
 * Each canvas is read, checked and analysed on its own, one after the other (a portfolio of hundreds of
 * places is never held in memory at once); a canvas that cannot be read or has errors is reported with
 * its problem and the others are analysed.
 */
public final class Portfolio {

    /** The canvases and the confirmed funder matches of a portfolio. */
    public record Members(List<Path> canvases, List<Set<String>> sameFunders) {
    }

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
            } else if (source.getFileName().toString().endsWith("." + CanvasFiles.EXTENSION)) {
                canvases.add(source);
            } else {
                Path folder = source.toAbsolutePath().getParent();
                for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    if (text.toLowerCase(Locale.ROOT).startsWith("same-funder:")) {
                        Set<String> names = new TreeSet<>();
                        for (String name : text.substring("same-funder:".length()).split("=")) {
                            names.add(FunderIdentity.plainName(name));
                        }
                        same.add(names);
                    } else {
                        canvases.add(folder.resolve(text).normalize());
                    }
                }
            }
        }
        return new Members(List.copyOf(canvases), List.copyOf(same));
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
     * Analyses every canvas in turn and hands each place (or each problem) to the caller as soon as it
     * is done.
     *
     * @param errors a canvas's validation errors in the user's words (empty: the canvas is valid)
     */
    public static void analyse(Members members, PlaceAnalysis.Options options, Function<Canvas, List<String>> errors,
            BiConsumer<Path, PlaceAnalysis> place, BiConsumer<Path, String> problem, Problems words) {
        Map<String, Path> seen = new HashMap<>();
        for (Path file : members.canvases()) {
            CanvasFiles.LoadResult loaded = CanvasFiles.load(file, words.locale());
            if (!loaded.isLoaded()) {
                problem.accept(file, loaded.diagnostic().getMessage());
                continue;
            }
            Canvas canvas = loaded.canvas();
            List<String> wrong = errors.apply(canvas);
            if (!wrong.isEmpty()) {
                problem.accept(file, String.join(" ", wrong));
                continue;
            }
            String identity = FunderIdentity.plainName(canvas.getName()) + "|" + FunderIdentity.plainName(canvas.getTerritory());
            Path first = seen.putIfAbsent(identity, file);
            if (first != null) {
                problem.accept(file, words.samePlace().apply(first));
                continue;
            }
            try {
                place.accept(file, new PlaceAnalysis(canvas, options));
            } catch (AmountTooLargeException e) {
                problem.accept(file, words.tooLarge());
            }
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
