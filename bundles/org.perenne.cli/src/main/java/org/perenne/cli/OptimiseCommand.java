/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableMapping;
import org.perenne.optimisation.timetable.solver.TimetableSolver;

/** {@code perenne optimise timetable FILE …}: the weekly timetable, its explanation and occupancy. */
final class OptimiseCommand {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|min)?");

    private final CliMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    OptimiseCommand(CliMessages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        if (words.isEmpty() || !words.get(0).equals("timetable")) {
            throw new UsageException(messages.get("error.unknownProblem", words.isEmpty() ? "" : words.get(0)));
        }
        Arguments arguments = Arguments.parse(words.subList(1, words.size()), Set.of("--time-limit", "--out", "--apply"),
                Set.of("--json"), messages);
        String file = arguments.file(messages);
        Duration limit = duration(arguments.option("--time-limit", "30s"));
        Canvas canvas = CanvasInput.loadValid(file, messages);
        TimetableMapping mapping = new TimetableMapping(canvas);
        boolean json = arguments.has("--json");
        WeeklyTimetable solution = new TimetableSolver().solve(mapping.problem(),
                TimetableSolver.config(limit, Duration.ofMillis(Math.max(1, limit.toMillis() / 3)), EnvironmentMode.REPRODUCIBLE),
                best -> {
                    if (!json) {
                        err.println(messages.get("optimise.best", best.getScore()));
                    }
                });
        Path folder = Path.of(arguments.option("--out", SimulateCommand.stem(file) + "-results"));
        ResultFiles.write(folder.resolve("timetable.csv"), timetable(solution));
        Map<String, ConstraintMatchTotal<HardMediumSoftScore>> explanation = TimetableSolver.explain(solution);
        List<String> rules = new ArrayList<>();
        rules.add("constraint,hard,medium,soft,matches");
        explanation.forEach((name, total) -> rules.add(String.join(",", name, Integer.toString(total.getScore().hardScore()),
                Integer.toString(total.getScore().mediumScore()), Integer.toString(total.getScore().softScore()),
                Integer.toString(total.getConstraintMatchCount()))));
        ResultFiles.write(folder.resolve("score-explanation.csv"), rules);
        List<String> occupancy = new ArrayList<>();
        occupancy.add("room_id,room,booked_hours_per_week,open_hours_per_week,occupancy");
        mapping.occupancy(solution).forEach((room, share) -> occupancy.add(String.join(",", room.getId(),
                ResultFiles.json(room.getName()).replace(",", ";"),
                hours(share * room.weeklyOpenMinutes()), hours(room.weeklyOpenMinutes()), ResultFiles.probability(share))));
        ResultFiles.write(folder.resolve("occupancy.csv"), occupancy);
        String apply = arguments.option("--apply", null);
        if (apply != null) {
            BasicCommandStack stack = new BasicCommandStack();
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack,
                    canvas.eResource().getResourceSet());
            stack.execute(mapping.applyOccupancy(domain, canvas, solution));
            CanvasFiles.save(canvas, Path.of(apply));
        }
        long placed = solution.getActivities().stream().filter(ScheduledActivity::isPlaced).count();
        long mandatoryOut = solution.getActivities().stream().filter(a -> a.isMandatory() && !a.isPlaced()).count();
        if (json) {
            out.println(String.format(Locale.ROOT,
                    "{\n  \"score\": \"%s\",\n  \"feasible\": %s,\n  \"placed\": %d,\n  \"activities\": %d,\n  \"mandatory_left_out\": %d\n}",
                    solution.getScore(), solution.getScore().isFeasible(), placed, solution.getActivities().size(), mandatoryOut));
        } else {
            out.println(messages.get("optimise.result", placed, solution.getActivities().size(), mandatoryOut, solution.getScore()));
            if (apply != null) {
                out.println(messages.get("optimise.applied", Path.of(apply).toAbsolutePath().normalize()));
            }
            out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        }
        return Main.OK;
    }

    private static List<String> timetable(WeeklyTimetable solution) {
        List<String> lines = new ArrayList<>();
        lines.add("activity_id,activity,room_id,room,day,start,end,attendees,mandatory,priority");
        for (ScheduledActivity a : solution.getActivities()) {
            TimetableRoom room = a.isPlaced() ? a.getRoom() : null;
            lines.add(String.join(",", a.getId(), ResultFiles.json(a.getName()).replace(",", ";"),
                    room == null ? "" : room.getId(), room == null ? "" : ResultFiles.json(room.getName()).replace(",", ";"),
                    room == null ? "" : a.getDay().name(), room == null ? "" : time(a.getStart()),
                    room == null ? "" : time(a.getEnd()), Integer.toString(a.getAttendees()), Boolean.toString(a.isMandatory()),
                    a.isRevenue() ? "revenue" : "social"));
        }
        return lines;
    }

    private static String time(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static String hours(double minutes) {
        return ResultFiles.cents(minutes / 60);
    }

    private Duration duration(String text) throws UsageException {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw new UsageException(messages.get("error.badDuration"));
        }
        long amount = Long.parseLong(matcher.group(1));
        return matcher.group(2) != null && matcher.group(2).startsWith("m") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
    }
}
