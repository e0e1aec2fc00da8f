/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.optimisation.CanvasFixtures.editingDomain;
import static org.perenne.optimisation.CanvasFixtures.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.perenne.model.Canvas;
import org.perenne.model.RoomRental;
import org.perenne.optimisation.RuleOutcome;
import org.perenne.optimisation.Standing;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimeSlot;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.PlaceAndEjectMoves;
import org.perenne.optimisation.timetable.solver.TimetableGenerator;
import org.perenne.optimisation.timetable.solver.TimetableMapping;
import org.perenne.optimisation.timetable.solver.TimetableSolver;

class TimetableSolverTest {

    @Test
    void fullAssertSmokeTestOnTheHybridSample() {
        TimetableMapping mapping = new TimetableMapping(sample("tiers-lieu-hybride"));
        AtomicInteger improvements = new AtomicInteger();
        WeeklyTimetable solution = new TimetableSolver().solve(mapping.problem(),
                TimetableSolver.config(Duration.ofSeconds(3), Duration.ofSeconds(2), EnvironmentMode.FULL_ASSERT),
                best -> improvements.incrementAndGet());
        assertEquals(0, solution.getScore().hardScore(), "feasible: " + solution.getScore());
        assertEquals(0, solution.getScore().mediumScore(), "every mandatory activity placed");
        assertTrue(solution.getActivities().stream().allMatch(ScheduledActivity::isPlaced), "4 activities, room for all");
    }

    /**
     * Each new best solution is heard, each better than the last, and a stop asked for (here from the second report,
     * without waiting for any clock) ends the search at once: at most the step under way reports once more, where a
     * search left to run would improve this week for a minute.
     */
    @Test
    void eachNewBestSolutionIsReportedAndTheSolveCanBeStoppedEarly() {
        WeeklyTimetable problem = TimetableGenerator.generate(TimetableGenerator.Size.M, 3); // too full to end on its own
        TimetableSolver solver = new TimetableSolver();
        List<HardMediumSoftLongScore> reported = java.util.Collections.synchronizedList(new ArrayList<>());
        WeeklyTimetable solution = solver.solve(problem,
                TimetableSolver.config(Duration.ofSeconds(60), Duration.ofSeconds(60), EnvironmentMode.REPRODUCIBLE), best -> {
                    reported.add(best.getScore());
                    if (reported.size() == 2) {
                        solver.stop();
                    }
                });
        assertTrue(reported.size() >= 2 && reported.size() <= 3, "stopped at the second report: " + reported);
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i).compareTo(reported.get(i - 1)) > 0, "each report is better than the last");
        }
        assertEquals(reported.get(reported.size() - 1), solution.getScore(), "the best solution is kept");
    }

    /** A tiny problem: 2 rooms, 4 starts, 3 activities, one of them mandatory, competing for the small room. */
    private static WeeklyTimetable tiny() {
        TimetableRoom small = new TimetableRoom("small", "small", 6, Set.of("PROJECTOR"),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 11 * 60)));
        TimetableRoom hall = new TimetableRoom("hall", "hall", 40, Set.of(),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 12 * 60)));
        List<TimeSlot> slots = List.of(new TimeSlot(DayOfWeek.MONDAY, 9 * 60), new TimeSlot(DayOfWeek.MONDAY, 9 * 60 + 30),
                new TimeSlot(DayOfWeek.MONDAY, 10 * 60), new TimeSlot(DayOfWeek.MONDAY, 11 * 60));
        EnumSet<DayOfWeek> monday = EnumSet.of(DayOfWeek.MONDAY);
        List<ScheduledActivity> activities = List.of(
                new ScheduledActivity("training", "training", 90, 6, Set.of("PROJECTOR"), monday, 9 * 60, 12 * 60, -1, true, 300, false),
                new ScheduledActivity("meeting", "meeting", 60, 4, Set.of(), monday, 9 * 60, 12 * 60, 10 * 60, false, 20, true),
                new ScheduledActivity("talk", "talk", 60, 30, Set.of(), monday, 9 * 60, 12 * 60, 11 * 60, false, 50, false));
        return new WeeklyTimetable(List.of(small, hall), slots, new ArrayList<>(activities));
    }

    /**
     * One room open Monday 9:00–12:00; a two-hour activity worth 100 € that may start at any time, an hour worth
     * 40 € that must end by 10:00. Taken by value per hour, the two-hour one chooses first and takes 9:00 (nothing
     * in the rules prefers another start), which leaves no room for the other: 100 €, when 140 € are possible.
     */
    private static WeeklyTimetable firstComeBadlyPlaced() {
        TimetableRoom room = new TimetableRoom("room", "room", 12, Set.of(),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 12 * 60)));
        EnumSet<DayOfWeek> monday = EnumSet.of(DayOfWeek.MONDAY);
        return new WeeklyTimetable(List.of(room), TimetableMapping.slots(List.of(room)), new ArrayList<>(List.of(
                new ScheduledActivity("long", "long", 120, 10, Set.of(), monday, 9 * 60, 12 * 60, -1, true, 100, false),
                new ScheduledActivity("early", "early", 60, 10, Set.of(), monday, 9 * 60, 10 * 60, -1, true, 40, false))));
    }

    /** Small random weeks (2 rooms, 4 activities, mornings of two days), for the exhaustive search. */
    private static WeeklyTimetable random(long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<TimetableRoom> rooms = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            rooms.add(new TimetableRoom("room-" + r, "Room " + r, 6 + 6 * random.nextInt(3), random.nextBoolean() ? Set.of("PROJECTOR") : Set.of(),
                    List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, (11 + random.nextInt(2)) * 60),
                            new TimetableRoom.Opening(DayOfWeek.TUESDAY, 9 * 60, 11 * 60))));
        }
        List<ScheduledActivity> activities = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            EnumSet<DayOfWeek> days = random.nextBoolean() ? EnumSet.of(DayOfWeek.MONDAY) : EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
            activities.add(new ScheduledActivity("a" + a, "a" + a, 60 + 30 * random.nextInt(3), 1 + random.nextInt(14),
                    random.nextInt(3) == 0 ? Set.of("PROJECTOR") : Set.of(), days, 9 * 60, 12 * 60,
                    random.nextInt(3) == 0 ? 10 * 60 : -1, true, 5 + random.nextInt(300) + random.nextInt(100) / 100.0, a == 0));
        }
        return new WeeklyTimetable(rooms, TimetableMapping.slots(rooms), activities);
    }

    /** The best score over every way of placing the activities (each at one of its placements, or left out). */
    private static HardMediumSoftLongScore exhaustiveOptimum(WeeklyTimetable problem) {
        SolutionManager<WeeklyTimetable, HardMediumSoftLongScore> scores = SolutionManager
                .create(SolverFactory.create(TimetableSolver.config(Duration.ofSeconds(1), Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE)));
        List<ScheduledActivity> activities = problem.getActivities();
        HardMediumSoftLongScore best = null;
        long combinations = 1;
        for (ScheduledActivity activity : activities) {
            combinations *= activity.getPossiblePlacements().size() + 1;
        }
        assertTrue(combinations < 2_000_000, combinations + " combinations");
        for (long code = 0; code < combinations; code++) {
            long rest = code;
            for (ScheduledActivity activity : activities) {
                int options = activity.getPossiblePlacements().size() + 1;
                int option = (int) (rest % options);
                activity.setPlacement(option == 0 ? null : activity.getPossiblePlacements().get(option - 1));
                rest /= options;
            }
            HardMediumSoftLongScore score = scores.update(problem);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
        }
        activities.forEach(activity -> activity.setPlacement(null));
        return best;
    }

    private static WeeklyTimetable solve(WeeklyTimetable problem, SolverConfig config) {
        return new TimetableSolver().solve(problem, config, best -> {
        });
    }

    /** The construction, then a local search with one kind of move only. */
    private static SolverConfig withOnly(MoveSelectorConfig<?> moves) {
        SolverConfig config = TimetableSolver.config(Duration.ofSeconds(5), Duration.ofSeconds(2), EnvironmentMode.FULL_ASSERT);
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        search.setMoveSelectorConfig(moves);
        return config;
    }

    @Test
    void onSmallInstancesTheSolverFindsTheOptimumThatAnExhaustiveSearchFinds() {
        List<WeeklyTimetable> problems = new ArrayList<>(List.of(tiny(), firstComeBadlyPlaced()));
        for (long seed = 1; seed <= 6; seed++) {
            problems.add(random(seed));
        }
        for (WeeklyTimetable problem : problems) {
            HardMediumSoftLongScore optimum = exhaustiveOptimum(problem);
            WeeklyTimetable solved = solve(problem, TimetableSolver.config(Duration.ofSeconds(5), Duration.ofSeconds(2),
                    EnvironmentMode.FULL_ASSERT));
            assertEquals(optimum, solved.getScore(), "exhaustive optimum " + optimum + ", solver " + solved.getScore());
            assertTrue(optimum.compareTo(TimetableSolver.bestPossible(problem)) <= 0, "the best possible score is never beaten");
        }
    }

    @Test
    void theConstructionPlacesByValueAndTheMovesThenFindTheOptimum() {
        SolverConfig constructionOnly = TimetableSolver.config(Duration.ofSeconds(5), Duration.ofSeconds(2), EnvironmentMode.FULL_ASSERT);
        constructionOnly.setPhaseConfigList(List.of(constructionOnly.getPhaseConfigList().get(0)));
        WeeklyTimetable built = solve(firstComeBadlyPlaced(), constructionOnly);
        assertEquals(HardMediumSoftLongScore.ofSoft(-4_000), built.getScore(), "the two-hour activity at 9:00, the other left out");
        assertEquals(HardMediumSoftLongScore.ZERO, exhaustiveOptimum(firstComeBadlyPlaced()));
        // another placement for one activity (or none); an activity put somewhere, what was there taken out
        // (FULL_ASSERT: each move's undo gives the score back)
        for (MoveSelectorConfig<?> moves : List.of(new ChangeMoveSelectorConfig(),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PlaceAndEjectMoves.class))) {
            assertEquals(HardMediumSoftLongScore.ZERO, solve(firstComeBadlyPlaced(), withOnly(moves)).getScore(), moves.toString());
        }
        // the construction keeps every rule and places the mandatory activity of the tiny week
        WeeklyTimetable tiny = solve(tiny(), constructionOnly);
        assertEquals(0, tiny.getScore().hardScore());
        assertEquals(0, tiny.getScore().mediumScore());
    }

    @Test
    void theSolveEndsAsSoonAsNothingBetterExists() {
        long start = System.nanoTime();
        WeeklyTimetable solved = solve(firstComeBadlyPlaced(), TimetableSolver.config(Duration.ofSeconds(60), Duration.ofSeconds(60),
                EnvironmentMode.REPRODUCIBLE));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(TimetableSolver.bestPossible(firstComeBadlyPlaced()), solved.getScore());
        assertTrue(seconds < 10, "a 60 s limit, ended after " + seconds + " s");
    }

    @Test
    void theScoreIsExplainedConstraintByConstraint() {
        WeeklyTimetable problem = tiny();
        var explanation = TimetableSolver.explain(problem);
        assertEquals(HardMediumSoftLongScore.ofMedium(-1), explanation.get("mandatoryActivityPlaced").getScore());
        assertEquals(HardMediumSoftLongScore.ofSoft(-37_000), explanation.get("unplacedActivityValue").getScore());
        // in people's units: an activity left out, 370 € a week lost
        problem.setScore(HardMediumSoftLongScore.of(0, -1, -37_000));
        var rules = TimetableSolver.outcomes(problem);
        RuleOutcome leftOut = rules.stream().filter(r -> r.rule().equals("mandatoryActivityPlaced")).findFirst().orElseThrow();
        assertEquals(RuleOutcome.Level.MANDATORY, leftOut.level());
        assertEquals(1, leftOut.amount());
        RuleOutcome lost = rules.stream().filter(r -> r.rule().equals("unplacedActivityValue")).findFirst().orElseThrow();
        assertEquals(RuleOutcome.Unit.EUROS_A_WEEK_LOST, lost.unit());
        assertEquals(370, lost.amount(), 1e-12);
        assertEquals(new Standing(true, 1, 370, "0hard/-1medium/-37000soft"), TimetableSolver.standing(problem));
    }

    @Test
    void applyingTheOccupancyThenUndoingItRestoresTheCanvasExactly() {
        Canvas canvas = sample("tiers-lieu-hybride");
        Canvas before = EcoreUtil.copy(canvas);
        TimetableMapping mapping = new TimetableMapping(canvas);
        WeeklyTimetable solution = new TimetableSolver().solve(mapping.problem(),
                TimetableSolver.config(Duration.ofSeconds(2), Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE), b -> {
                });
        AdapterFactoryEditingDomain domain = editingDomain();
        CompoundCommand apply = mapping.applyOccupancy(domain, canvas, solution);
        assertTrue(apply.canExecute());
        domain.getCommandStack().execute(apply);
        RoomRental meetingRoom = (RoomRental) canvas.eResource().getEObject("loc-reunion");
        double expected = mapping.occupancy(solution).entrySet().stream()
                .filter(e -> e.getKey().getId().equals("salle-reunion")).findFirst().orElseThrow().getValue();
        assertEquals(expected, meetingRoom.getOccupancyRate(), 1e-12);
        assertNotEquals(0.25, meetingRoom.getOccupancyRate(), "the sample's 25 % was replaced");
        assertFalse(EcoreUtil.equals(before, canvas));
        domain.getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, canvas), "undo restores every element");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "tiers-lieu-hybride", "coworking-rural", "fablab", "coworking-urbain" })
    void everySamplesTimetablePlacesItsMandatoryActivities(String name) {
        TimetableMapping mapping = new TimetableMapping(sample(name));
        WeeklyTimetable solution = new TimetableSolver().solve(mapping.problem(),
                TimetableSolver.config(Duration.ofSeconds(3), Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE), b -> {
                });
        assertEquals(0, solution.getScore().hardScore(), name + ": " + solution.getScore());
        assertEquals(0, solution.getScore().mediumScore(), name + ": " + solution.getScore());
    }
}
