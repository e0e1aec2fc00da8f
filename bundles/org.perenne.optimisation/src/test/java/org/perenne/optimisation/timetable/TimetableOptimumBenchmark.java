/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableGenerator;
import org.perenne.optimisation.timetable.solver.TimetableSolver;

/**
 * The yardstick of the weekly timetable: each generated size written as a mixed-integer program of what
 * every sensible objective agrees on — the value of the activities placed, every mandatory one placed, no
 * room holding two activities at once, only rooms and starts an activity can take — solved by an exact
 * solver installed from the system's packages (Debian's coinor-cbc, never a product dependency), its proven
 * optimum or best bound cached next to the instance (releng/solver-benchmarks/optimum/), then the product's
 * solver run at several time limits and its value printed as a share of that yardstick.
 * Run by {@code releng/benchmark optimum} (sizes in PERENNE_SIZES, default "S M"; CBC's time per size in
 * PERENNE_CBC_SECONDS, default 600).
 */
@EnabledIfSystemProperty(named = "perenne.benchmarks", matches = "true")
class TimetableOptimumBenchmark {

    private static final long SEED = 2026;
    private static final int[] LIMITS = { 2, 4, 10, 60 };
    private static final Path CACHE = Path.of(System.getProperty("perenne.optimumCache", "../../releng/solver-benchmarks/optimum"));

    /** Programs with more variables than this are bounded by {@link LagrangianBound}, not CBC. */
    private static final long CBC_VARIABLES = 2_000_000;

    /**
     * The yardstick: the optimum when CBC proved it, else the best bound; whether it is proven; the best solution
     * the bound's source knew; where it comes from ("cbc" or "lagrangian").
     */
    record Yardstick(double value, boolean proven, double bestFound, String source) {

        String words() {
            return proven ? "optimum" : source.equals("cbc") ? "bound (CBC)" : "LP bound (Lagrangian)";
        }
    }

    @Test
    void theSolversValueAsAShareOfTheProvenOptimumOrBound() throws Exception {
        List<String> sizes = List.of(System.getProperty("perenne.sizes", "S M").trim().split("\\s+"));
        StringBuilder table = new StringBuilder("| size (rooms / activities) | yardstick |");
        for (int limit : LIMITS) {
            table.append(' ').append(limit).append(" s |");
        }
        table.append('\n').append("|---|---|").append("---|".repeat(LIMITS.length)).append('\n');
        for (String name : sizes) {
            TimetableGenerator.Size size = TimetableGenerator.Size.valueOf(name);
            Yardstick yardstick = yardstick(size);
            // warm the JVM on another instance of the size first, so the 2 s run measures the solver, not the JIT
            new TimetableSolver().solve(TimetableGenerator.generate(size, SEED + 1), TimetableSolver.config(Duration.ofSeconds(5),
                    Duration.ofSeconds(5), EnvironmentMode.REPRODUCIBLE), best -> {
                    });
            table.append(String.format(Locale.ROOT, "| %s (%d / %d) | %s %.0f |", size, size.rooms, size.activities,
                    yardstick.words(), yardstick.value()));
            for (int limit : LIMITS) {
                WeeklyTimetable solved = new TimetableSolver().solve(TimetableGenerator.generate(size, SEED),
                        TimetableSolver.config(Duration.ofSeconds(limit), Duration.ofSeconds(limit), EnvironmentMode.REPRODUCIBLE),
                        best -> {
                        });
                assertEquals(0, solved.getScore().hardScore(), size + " at " + limit + " s: no hard rule broken");
                double value = value(solved);
                boolean mandatory = solved.getActivities().stream().allMatch(a -> !a.isMandatory() || a.isPlaced());
                table.append(String.format(Locale.ROOT, " %.2f %%%s |", 100 * value / yardstick.value(), mandatory ? "" : " (mandatory left out)"));
                System.out.printf(Locale.ROOT, "OPTIMUM %s %d s: value %.0f of %.0f (%s)%n", size, limit, value, yardstick.value(),
                        yardstick.words() + (yardstick.proven() ? "" : "; best solution known when it was cached " + yardstick.bestFound()));
            }
            table.append('\n');
        }
        System.out.println("TIMETABLE AGAINST THE EXACT SOLVER (seed " + SEED + ")\n" + table);
    }

    /** The value of the activities placed (the common objective), from the solution itself. */
    static double value(WeeklyTimetable solution) {
        return solution.getActivities().stream().filter(ScheduledActivity::isPlaced).mapToLong(ScheduledActivity::getValueCents).sum() / 100.0;
    }

    /**
     * The cached yardstick of a size, or a new one, cached: CBC's answer, or for a program too large for CBC on this
     * machine (more than {@value #CBC_VARIABLES} variables: L's million took CBC 15 minutes for its root relaxation
     * alone) the Lagrangian bound. The Lagrangian bound is checked against every CBC answer it meets (never below
     * a proven optimum or a known solution) and printed next to it.
     */
    private static Yardstick yardstick(TimetableGenerator.Size size) throws Exception {
        Path cached = CACHE.resolve(size + "-" + SEED + ".txt");
        WeeklyTimetable problem = TimetableGenerator.generate(size, SEED);
        long variables = problem.getActivities().stream().mapToLong(a -> a.getPossiblePlacements().size()).sum();
        Yardstick found;
        if (Files.exists(cached)) {
            String[] words = Files.readString(cached).trim().split("\\s+");
            found = new Yardstick(Double.parseDouble(words[0]), words[1].equals("optimum"), Double.parseDouble(words[2]),
                    words.length > 3 ? words[3] : "cbc");
        } else if (variables <= CBC_VARIABLES) {
            Path folder = Files.createTempDirectory("timetable-mip");
            Path model = folder.resolve(size + ".lp");
            writeProgram(problem, model);
            found = solveWithCbc(model, Long.getLong("perenne.cbcSeconds", 600));
        } else {
            double known = tenSeconds(size);
            found = new Yardstick(lagrangian(problem, known), false, known, "lagrangian");
        }
        if (!Files.exists(cached)) {
            Files.createDirectories(CACHE);
            Files.writeString(cached, String.format(Locale.ROOT, "%.4f %s %.4f %s%n", found.value(), found.proven() ? "optimum" : "bound",
                    found.bestFound(), found.source()));
        }
        if (found.source().equals("cbc")) {
            double bound = lagrangian(problem, Math.max(found.bestFound(), tenSeconds(size)));
            System.out.printf(Locale.ROOT, "BOUND %s: Lagrangian %.1f, CBC %s %.1f%n", size, bound, found.words(), found.value());
            assertTrue(bound >= found.value() - 1e-6 || !found.proven(), "a bound below the proven optimum: " + bound);
            assertTrue(bound >= found.bestFound() - 1e-6, "a bound below a known solution: " + bound);
        }
        return found;
    }

    /** The value the product's solver places in 10 s: the known solution the Lagrangian steps aim at. */
    private static double tenSeconds(TimetableGenerator.Size size) {
        return value(new TimetableSolver().solve(TimetableGenerator.generate(size, SEED),
                TimetableSolver.config(Duration.ofSeconds(10), Duration.ofSeconds(10), EnvironmentMode.REPRODUCIBLE), best -> {
                }));
    }

    private static double lagrangian(WeeklyTimetable problem, double known) {
        long start = System.nanoTime();
        double bound = LagrangianBound.of(problem, known, 30_000);
        System.out.printf(Locale.ROOT, "LAGRANGIAN bound %.1f in %.1f s%n", bound, (System.nanoTime() - start) / 1e9);
        return bound;
    }

    /**
     * The instance as a program in the LP format: a 0/1 variable for each activity, room and start the
     * activity can take (its rooms, its allowed starts within the room's opening); at most one of them per
     * activity, exactly one for a mandatory activity; at most one activity in a room at any half hour.
     */
    static void writeProgram(WeeklyTimetable problem, Path file) throws IOException {
        List<String> objective = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        Map<String, List<String>> roomTimes = new HashMap<>();
        List<String> variables = new ArrayList<>();
        for (int a = 0; a < problem.getActivities().size(); a++) {
            ScheduledActivity activity = problem.getActivities().get(a);
            List<String> mine = new ArrayList<>();
            for (Placement placement : activity.getPossiblePlacements()) {
                int roomIndex = problem.getRooms().indexOf(placement.room()); // LP names: letters, digits and "_" only
                String x = "x" + a + "_" + roomIndex + "_" + placement.day().getValue() + "_" + placement.start();
                variables.add(x);
                mine.add(x);
                if (activity.getValueCents() != 0) {
                    objective.add(String.format(Locale.ROOT, "%.2f %s", activity.getValueCents() / 100.0, x));
                }
                for (int cell = firstCell(placement); cell <= lastCell(activity, placement); cell++) {
                    roomTimes.computeIfAbsent(roomIndex + "_" + placement.day().getValue() + "_" + cell, k -> new ArrayList<>()).add(x);
                }
            }
            if (!mine.isEmpty()) {
                constraints.add("a" + a + ": " + String.join(" + ", mine) + (activity.isMandatory() ? " = 1" : " <= 1"));
            } else {
                assertTrue(!activity.isMandatory(), "a mandatory activity with no room or start makes the instance infeasible");
            }
        }
        roomTimes.forEach((key, xs) -> {
            if (xs.size() > 1) {
                constraints.add("r" + key + ": " + String.join(" + ", xs) + " <= 1");
            }
        });
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("Maximize\n obj: " + (objective.isEmpty() ? "0 " + variables.get(0) : wrap(String.join(" + ", objective))) + "\n");
            out.write("Subject To\n");
            for (String constraint : constraints) {
                out.write(" " + wrap(constraint) + "\n");
            }
            out.write("Binaries\n");
            for (int i = 0; i < variables.size(); i += 10) {
                out.write(" " + String.join(" ", variables.subList(i, Math.min(variables.size(), i + 10))) + "\n");
            }
            out.write("End\n");
        }
    }

    /** The first half hour of the day an activity touches at a placement (0 = 0:00–0:30). */
    static int firstCell(Placement placement) {
        return placement.start() / 30;
    }

    /** The last half hour it touches: a half hour partly used counts, as in the solver's masks; at least the first. */
    static int lastCell(ScheduledActivity activity, Placement placement) {
        return Math.max(firstCell(placement), Math.min(47, (placement.start() + activity.getDurationMinutes() - 1) / 30));
    }

    /** LP lines stay short: a break before a "+" every few terms. */
    private static String wrap(String line) {
        StringBuilder wrapped = new StringBuilder();
        int column = 0;
        for (String part : line.split(" \\+ ")) {
            if (column > 0) {
                wrapped.append(column > 200 ? "\n  + " : " + ");
                column = column > 200 ? 0 : column;
            }
            wrapped.append(part);
            column += part.length() + 3;
        }
        return wrapped.toString();
    }

    private static final Pattern OBJECTIVE = Pattern.compile("Objective value:\\s+(-?[0-9.eE+]+)");
    private static final Pattern BOUND = Pattern.compile("(?:Lower|Upper) bound:\\s+(-?[0-9.eE+]+)");

    /** CBC on the program (2 threads, a time limit): its proven optimum, or its best bound and best value found. */
    static Yardstick solveWithCbc(Path model, long seconds) throws Exception {
        Path log = model.resolveSibling(model.getFileName() + ".log");
        Process cbc = new ProcessBuilder("cbc", model.toString(), "sec", Long.toString(seconds), "threads", "2", "solve")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!cbc.waitFor(seconds + 300, TimeUnit.SECONDS)) {
            cbc.destroyForcibly();
            throw new AssertionError("cbc did not stop after its time limit: " + log);
        }
        String output = Files.readString(log);
        Matcher objective = OBJECTIVE.matcher(output);
        assertTrue(objective.find(), "cbc gave no objective (is Debian's coinor-cbc installed?): " + log);
        double best = Math.abs(Double.parseDouble(objective.group(1)));
        boolean proven = output.contains("Result - Optimal solution found");
        Matcher bound = BOUND.matcher(output);
        double yardstick = proven || !bound.find() ? best : Math.max(best, Math.abs(Double.parseDouble(bound.group(1))));
        return new Yardstick(yardstick, proven, best, "cbc");
    }
}
