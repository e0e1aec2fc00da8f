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
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.perenne.model.Canvas;
import org.perenne.model.RoomRental;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimeSlot;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
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

    @Test
    void eachNewBestSolutionIsReportedAndTheSolveCanBeStoppedEarly() throws Exception {
        WeeklyTimetable problem = org.perenne.optimisation.timetable.solver.TimetableGenerator
                .generate(org.perenne.optimisation.timetable.solver.TimetableGenerator.Size.S, 3);
        TimetableSolver solver = new TimetableSolver();
        List<HardMediumSoftScore> reported = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                return;
            }
            solver.stop();
        });
        stopper.start();
        long start = System.nanoTime();
        WeeklyTimetable solution = solver.solve(problem,
                TimetableSolver.config(Duration.ofSeconds(60), Duration.ofSeconds(60), EnvironmentMode.REPRODUCIBLE),
                best -> reported.add(best.getScore()));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 20, "stopped early after " + seconds + " s");
        assertFalse(reported.isEmpty(), "new best solutions are reported");
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

    @Test
    void onASmallInstanceTheSolverFindsTheOptimumThatAnExhaustiveSearchFinds() {
        WeeklyTimetable problem = tiny();
        SolutionManager<WeeklyTimetable, HardMediumSoftScore> scores = SolutionManager
                .create(SolverFactory.create(TimetableSolver.config(Duration.ofSeconds(1), Duration.ofSeconds(1),
                        EnvironmentMode.REPRODUCIBLE)));
        List<TimetableRoom> rooms = new ArrayList<>(problem.getRooms());
        rooms.add(null);
        List<TimeSlot> slots = new ArrayList<>(problem.getSlots());
        slots.add(null);
        HardMediumSoftScore best = null;
        int combinations = 0;
        List<ScheduledActivity> activities = problem.getActivities();
        int options = rooms.size() * slots.size();
        for (int code = 0; code < Math.pow(options, activities.size()); code++) {
            int rest = code;
            for (ScheduledActivity activity : activities) {
                activity.setRoom(rooms.get(rest % options / slots.size()));
                activity.setSlot(slots.get(rest % options % slots.size()));
                rest /= options;
            }
            HardMediumSoftScore score = scores.update(problem);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            combinations++;
        }
        assertEquals(3 * 5 * 3 * 5 * 3 * 5, combinations);
        for (ScheduledActivity activity : activities) {
            activity.setRoom(null);
            activity.setSlot(null);
        }
        WeeklyTimetable solved = new TimetableSolver().solve(problem,
                TimetableSolver.config(Duration.ofSeconds(5), Duration.ofSeconds(2), EnvironmentMode.REPRODUCIBLE), b -> {
                });
        assertEquals(best, solved.getScore(), "exhaustive optimum " + best + ", solver " + solved.getScore());
        assertTrue(best.isFeasible());
    }

    @Test
    void theScoreIsExplainedConstraintByConstraint() {
        WeeklyTimetable problem = tiny();
        var explanation = TimetableSolver.explain(problem);
        assertEquals(HardMediumSoftScore.ofMedium(-1), explanation.get("mandatoryActivityPlaced").getScore());
        assertEquals(HardMediumSoftScore.ofSoft(-370), explanation.get("unplacedActivityValue").getScore());
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
