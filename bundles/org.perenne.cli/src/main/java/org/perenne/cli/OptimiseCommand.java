/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.perenne.model.io.ResultsFolder;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.optimisation.RuleOutcome;
import org.perenne.optimisation.Standing;
import org.perenne.optimisation.plan.domain.PlanDecision;
import org.perenne.optimisation.plan.domain.PlanOption;
import org.perenne.optimisation.plan.domain.PlanOutcome;
import org.perenne.optimisation.plan.domain.SpacePlan;
import org.perenne.optimisation.plan.solver.PlanMapping;
import org.perenne.optimisation.plan.solver.PlanSolver;
import org.perenne.optimisation.timetable.Week;
import org.perenne.optimisation.timetable.WeekCalendar;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableMapping;
import org.perenne.optimisation.timetable.solver.TimetableSolver;
import org.perenne.report.CsvFiles;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.Projection;

/**
 * {@code perenne optimise plan|timetable FILE …}: the space and pricing plan (choices, why, before/after
 * indicators) or the weekly timetable (placements, occupancy), each with its score explanation.
 */
final class OptimiseCommand {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})\\s*(s|m|min)?");
    /** The longest search asked for (docs/model-reference.md, "Limits"). */
    static final Duration LONGEST = Duration.ofHours(24);

    private final CliMessages messages;
    private final PrintStream out;
    private final PrintStream err;

    OptimiseCommand(CliMessages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        String problem = words.isEmpty() ? "" : words.get(0);
        if (!problem.equals("timetable") && !problem.equals("plan")) {
            throw new UsageException(messages.get("error.unknownProblem", problem));
        }
        Arguments arguments = Arguments.parse(words.subList(1, words.size()), Set.of("--time-limit", "--out", "--apply", "--ics"),
                Set.of("--json"), messages);
        String file = arguments.file(messages);
        Duration limit = duration(arguments.option("--time-limit", "30s"));
        Canvas canvas = CanvasInput.loadValid(file, messages);
        Path folder = Path.of(arguments.option("--out", SimulateCommand.stem(file) + "-results"));
        String apply = arguments.option("--apply", null);
        String ics = arguments.option("--ics", null);
        if (ics != null && problem.equals("plan")) {
            throw new UsageException(messages.get("error.icsForTimetable"));
        }
        boolean json = arguments.has("--json");
        return problem.equals("plan") ? plan(canvas, limit, folder, apply, json)
                : timetable(canvas, limit, folder, apply, ics, json);
    }

    private int plan(Canvas canvas, Duration limit, Path folder, String apply, boolean json)
            throws IOException {
        PlanMapping mapping = new PlanMapping(canvas);
        SpacePlan problem = mapping.problem();
        if (problem.getDecisions().isEmpty()) {
            err.println(messages.get("optimise.nothingToDecide"));
            return Main.INVALID;
        }
        // the figures users read, from the rounded table every other output comes from (docs/model-reference.md, "Rounding")
        Projection before = problem.getSimulator().project(List.of()).rounded();
        PlanOutcome outcomeBefore = problem.getSimulator().outcome(List.of());
        AtomicInteger found = new AtomicInteger();
        SpacePlan solution = new PlanSolver().solveWithin(problem, limit, best -> {
            if (!json) {
                err.println(messages.get("optimise.bestPlan", found.incrementAndGet(), rules(PlanSolver.standing(best))));
            }
        });
        Standing standing = PlanSolver.standing(solution);
        Projection after = solution.getSimulator().project(solution.getDecisions()).rounded();
        PlanOutcome outcomeAfter = solution.outcome();
        List<List<String>> plan = new ArrayList<>();
        plan.add(List.of("decision", "item_id", "item", "current", "chosen", "changed"));
        for (PlanDecision d : solution.getDecisions()) {
            plan.add(List.of(d.getKind() == PlanDecision.Kind.PRICE ? "price" : "room_function", Objects.toString(d.getItemId(), ""),
                    Objects.toString(d.getItemName(), ""), option(d, d.getCurrent()), option(d, d.getChoice()),
                    Boolean.toString(!Objects.equals(d.getCurrent(), d.getChoice()))));
        }
        List<List<String>> why = new ArrayList<>();
        why.add(List.of("item_id", "item", "instead_of", "option", "hard_change", "soft_change"));
        for (PlanSolver.Alternative alternative : PlanSolver.alternatives(solution)) {
            PlanDecision d = alternative.decision();
            why.add(List.of(Objects.toString(d.getItemId(), ""), Objects.toString(d.getItemName(), ""), option(d, d.getChoice()), option(d, alternative.option()),
                    Long.toString(alternative.hardChange()), ResultFiles.cents(alternative.softCentsChange() / 100.0)));
        }
        List<List<String>> rules = new ArrayList<>();
        rules.add(List.of("constraint", "hard", "soft", "matches"));
        for (RuleOutcome rule : PlanSolver.outcomes(solution)) {
            rules.add(List.of(rule.rule(), Long.toString(rule.hard()), Long.toString(rule.softCents()), Integer.toString(rule.cases())));
        }
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvFiles.write(results.file("plan.csv"), plan);
            CsvFiles.write(results.file("alternatives.csv"), why);
            CsvFiles.write(results.file("score-explanation.csv"), rules);
            CsvFiles.write(results.file("plan-before-after.csv"), beforeAfter(canvas, before, outcomeBefore, after,
                    outcomeAfter, solution.getSimulator().stoppedOffers(solution.getDecisions())));
            if (apply != null) {
                BasicCommandStack stack = new BasicCommandStack();
                AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack,
                        canvas.eResource().getResourceSet());
                stack.execute(mapping.apply(domain, solution));
                results.alsoWrite(Path.of(apply), CanvasFiles.content(canvas, Path.of(apply)), true);
            }
            results.complete();
        }
        long changed = solution.getDecisions().stream().filter(d -> !Objects.equals(d.getCurrent(), d.getChoice())).count();
        if (json) {
            out.println(String.format(Locale.ROOT,
                    "{\n  \"score\": \"%s\",\n  \"feasible\": %s,\n  \"decisions\": %d,\n  \"changed\": %d,\n"
                            + "  \"average_yearly_result_before\": %s,\n  \"average_yearly_result_after\": %s\n}",
                    standing.notation(), standing.strictRulesKept(), solution.getDecisions().size(), changed,
                    ResultFiles.cents(averageYearlyResult(before)), ResultFiles.cents(averageYearlyResult(after))));
        } else {
            out.println(messages.get("optimise.planResult", changed, solution.getDecisions().size(),
                    rules(standing), messages.euros(averageYearlyResult(before)), messages.euros(averageYearlyResult(after))));
            if (!standing.strictRulesKept()) {
                out.println(messages.get("optimise.planInfeasible"));
            }
            if (apply != null) {
                out.println(messages.get("optimise.planApplied", Path.of(apply).toAbsolutePath().normalize()));
            }
            out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        }
        return Main.OK;
    }

    private static String option(PlanDecision decision, PlanOption option) {
        if (option == null) {
            return "";
        }
        return decision.getKind() == PlanDecision.Kind.PRICE ? ResultFiles.cents(option.price()) : option.function().name();
    }

    private static List<List<String>> beforeAfter(Canvas canvas, Projection before, PlanOutcome outcomeBefore, Projection after,
            PlanOutcome outcomeAfter, List<String> stopped) {
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        Indicators b = new Indicators(before, compiled);
        Indicators a = new Indicators(after, compiled);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("indicator", "before", "after"));
        lines.add(row("average_yearly_result", averageYearlyResult(before), averageYearlyResult(after)));
        for (int year = 1; year <= before.years(); year++) {
            lines.add(row("result_year_" + year, b.year(year).result(), a.year(year).result()));
        }
        lines.add(row("minimum_cash", b.minimumCash(), a.minimumCash()));
        lines.add(List.of("minimum_cash_month", before.monthOf(b.minimumCashMonthIndex()).toString(),
                after.monthOf(a.minimumCashMonthIndex()).toString()));
        lines.add(row("closing_cash_at_end", before.closingCash(before.months() - 1), after.closingCash(after.months() - 1)));
        lines.add(List.of("grant_dependency_last_year",
                ratio(b.year(before.years()).grantDependency()), ratio(a.year(after.years()).grantDependency())));
        lines.add(row("desks", outcomeBefore.desks(), outcomeAfter.desks()));
        lines.add(row("members_at_end", before.members(before.months() - 1), after.members(after.months() - 1)));
        lines.add(row("public_hours_per_week_lowest_year", outcomeBefore.lowestPublicHoursPerWeek(),
                outcomeAfter.lowestPublicHoursPerWeek()));
        lines.add(row("beneficiaries_per_year", outcomeBefore.beneficiariesPerYear(), outcomeAfter.beneficiariesPerYear()));
        lines.add(row("solidarity_units_per_year", outcomeBefore.solidarityUnitsPerYear(), outcomeAfter.solidarityUnitsPerYear()));
        lines.add(List.of("stopped_offers", "", String.join(" | ", stopped)));
        return lines;
    }

    /** The mean of the years' results of a rounded projection: the yearly results users read, averaged. */
    private static double averageYearlyResult(Projection rounded) {
        double total = 0;
        for (int m = 0; m < rounded.months(); m++) {
            total += rounded.result(m);
        }
        return total / rounded.years();
    }

    /** Whether every strict rule is kept, in words. */
    private String rules(Standing standing) {
        return messages.get(standing.strictRulesKept() ? "optimise.rulesKept" : "optimise.rulesBroken");
    }

    private static List<String> row(String name, double before, double after) {
        return List.of(name, ResultFiles.cents(before), ResultFiles.cents(after));
    }

    private static String ratio(java.util.OptionalDouble value) {
        return value.isPresent() ? ResultFiles.probability(value.getAsDouble()) : "";
    }

    private int timetable(Canvas canvas, Duration limit, Path folder, String apply, String ics, boolean json)
            throws IOException {
        TimetableMapping mapping = new TimetableMapping(canvas);
        // what a week loses (value left out and penalties), in euros
        WeeklyTimetable solution = new TimetableSolver().solveWithin(mapping.problem(), limit, best -> {
            if (!json) {
                err.println(messages.get("optimise.best", best.getActivities().stream().filter(ScheduledActivity::isPlaced).count(),
                        messages.euros(TimetableSolver.standing(best).euros())));
            }
        });
        Standing standing = TimetableSolver.standing(solution);
        List<List<String>> rules = new ArrayList<>();
        rules.add(List.of("constraint", "hard", "medium", "soft", "matches"));
        // the soft level is kept in cents; the file gives euros
        for (RuleOutcome rule : TimetableSolver.outcomes(solution)) {
            rules.add(List.of(rule.rule(), Long.toString(rule.hard()), Long.toString(rule.medium()), ResultFiles.cents(rule.euros()),
                    Integer.toString(rule.cases())));
        }
        List<List<String>> occupancy = new ArrayList<>();
        occupancy.add(List.of("room_id", "room", "booked_hours_per_week", "open_hours_per_week", "occupancy"));
        mapping.occupancy(solution).forEach((room, share) -> occupancy.add(List.of(room.getId(), Objects.toString(room.getName(), ""),
                hours(share * room.weeklyOpenMinutes()), hours(room.weeklyOpenMinutes()), ResultFiles.probability(share))));
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvFiles.write(results.file("timetable.csv"), timetable(solution));
            CsvFiles.write(results.file("score-explanation.csv"), rules);
            CsvFiles.write(results.file("occupancy.csv"), occupancy);
            if (ics != null) {
                // the week for the place's shared calendar: one weekly event per placed activity, over the canvas's horizon
                YearMonth first = canvas.getStartMonth();
                String calendar = WeekCalendar.of(Week.of(solution), canvas.getName(), block -> messages.get("ics.description",
                        block.attendees(), messages.get(block.revenue() ? "ics.revenue" : "ics.social")), first,
                        first.plusYears(canvas.getHorizonYears()).minusMonths(1));
                results.alsoWrite(Path.of(ics), stream -> stream.write(calendar.getBytes(StandardCharsets.UTF_8)), false);
            }
            if (apply != null) {
                BasicCommandStack stack = new BasicCommandStack();
                AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack,
                        canvas.eResource().getResourceSet());
                stack.execute(mapping.applyOccupancy(domain, canvas, solution));
                results.alsoWrite(Path.of(apply), CanvasFiles.content(canvas, Path.of(apply)), true);
            }
            results.complete();
        }
        long placed = solution.getActivities().stream().filter(ScheduledActivity::isPlaced).count();
        long mandatoryOut = standing.mandatoryLeftOut();
        if (json) {
            out.println(String.format(Locale.ROOT,
                    "{\n  \"score\": \"%s\",\n  \"feasible\": %s,\n  \"placed\": %d,\n  \"activities\": %d,\n  \"mandatory_left_out\": %d\n}",
                    standing.notation(), standing.strictRulesKept(), placed, solution.getActivities().size(),
                    mandatoryOut));
        } else {
            out.println(messages.get("optimise.result", placed, solution.getActivities().size(), mandatoryOut,
                    rules(standing), messages.euros(standing.euros())));
            if (apply != null) {
                out.println(messages.get("optimise.applied", Path.of(apply).toAbsolutePath().normalize()));
            }
            if (ics != null) {
                out.println(messages.get("optimise.ics", Path.of(ics).toAbsolutePath().normalize()));
            }
            out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        }
        return Main.OK;
    }

    /** The rows of timetable.csv: the week's placed activities by day and time (as the week grid shows them), then those left out. */
    private static List<List<String>> timetable(WeeklyTimetable solution) {
        Week week = Week.of(solution);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("activity_id", "activity", "room_id", "room", "day", "start", "end", "attendees", "mandatory",
                "priority"));
        for (Week.Block block : week.placed()) {
            lines.add(List.of(block.activityId(), block.activity(), block.roomId(), week.room(block).name(), block.day().name(),
                    time(block.start()), time(block.end()), Integer.toString(block.attendees()), Boolean.toString(block.mandatory()),
                    block.revenue() ? "revenue" : "social"));
        }
        for (Week.Unplaced left : week.unplaced()) {
            lines.add(List.of(left.activityId(), left.activity(), "", "", "", "", "", Integer.toString(left.attendees()),
                    Boolean.toString(left.mandatory()), left.revenue() ? "revenue" : "social"));
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
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration limit = matcher.group(2) != null && matcher.group(2).startsWith("m") ? Duration.ofMinutes(amount)
                    : Duration.ofSeconds(amount);
            if (amount >= 1 && limit.compareTo(LONGEST) <= 0) {
                return limit;
            }
        }
        throw new UsageException(messages.get("error.badDuration"));
    }
}
