/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.cli.CliRun.perenne;
import static org.perenne.cli.CliRun.sample;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perenne.model.io.CanvasFiles;

class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void reportWritesThePdfTheWorkbookOrTheCsvTablesOfAScenario() throws Exception {
        CliRun pdf = perenne("report", sample("tiers-lieu-hybride"), "--out", folder.toString(), "--runs", "200", "--lang", "en");
        assertEquals(0, pdf.exit(), pdf.err());
        assertEquals("Written: " + folder.resolve("tiers-lieu-hybride.pdf") + "\n", pdf.out());
        assertTrue(Files.readString(folder.resolve("tiers-lieu-hybride.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        CliRun xlsx = perenne("report", sample("fablab"), "--format", "xlsx", "--out", folder.toString(), "--runs", "200");
        assertEquals(0, xlsx.exit(), xlsx.err());
        assertTrue(Files.size(folder.resolve("fablab.xlsx")) > 0);
        String scenario = CanvasFiles.load(Path.of(sample("coworking-rural")), Locale.ENGLISH).canvas().getScenarios().get(0)
                .getId();
        CliRun csv = perenne("report", sample("coworking-rural"), "--scenario", scenario, "--format", "csv", "--out",
                folder.toString(), "--runs", "200");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(Files.exists(folder.resolve("coworking-rural-" + scenario + "-csv").resolve("budget.csv")));
        CliRun wrong = perenne("report", sample("fablab"), "--format", "docx", "--lang", "en");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("unknown format \"docx\""), wrong.err());
    }

    @Test
    void validateSaysAValidCanvasIsValid() {
        CliRun run = perenne("validate", sample("fablab"), "--lang", "fr");
        assertEquals(0, run.exit());
        assertEquals("Le canevas « fablab.perenne » est valide.\n", run.out());
    }

    @Test
    void validateListsTheProblemsOfAnInvalidCanvasAndExitsWith2() throws Exception {
        Path broken = folder.resolve("horizon.perenne");
        Files.writeString(broken, Files.readString(Path.of(sample("fablab"))).replace("horizonYears=\"5\"", "horizonYears=\"20\""));
        CliRun run = perenne("validate", broken.toString(), "--lang", "en");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("the horizon is 20 years; choose a whole number of years from 1 to 15"), run.err());
        CliRun simulate = perenne("simulate", broken.toString(), "--lang", "en", "--out", folder.resolve("out").toString());
        assertEquals(2, simulate.exit());
        assertFalse(Files.exists(folder.resolve("out")), "nothing written for an invalid canvas");
    }

    @Test
    void anUnreadableFileGivesADiagnosticNeverAStackTrace() throws Exception {
        Path garbage = folder.resolve("garbage.perenne");
        Files.writeString(garbage, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        CliRun run = perenne("simulate", garbage.toString(), "--lang", "en");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("DOCTYPE"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(2, perenne("validate", folder.resolve("missing.perenne").toString()).exit());
    }

    @Test
    void wrongUsageExitsWith1() {
        assertEquals(1, perenne("simulat", sample("fablab")).exit());
        assertEquals(1, perenne("simulate", sample("fablab"), "--runs", "beaucoup").exit());
        assertEquals(1, perenne("simulate", sample("fablab"), "--scenario", "nope").exit());
        assertEquals(1, perenne("simulate").exit());
        assertEquals(1, perenne("validate", sample("fablab"), "--lang", "de").exit());
        assertEquals(1, perenne().exit());
    }

    /**
     * Every command runs without a window from every launcher: the shell and batch launchers route the
     * words of {@link Main#COMMANDS} to the command line (a word they miss would open the desktop
     * application, which fails on a server), and every word Main knows is in that list.
     */
    @Test
    void everyLauncherRoutesEveryCommandToTheCommandLine() throws Exception {
        Path root = CliRun.SAMPLES.getParent();
        for (String launcher : List.of("perenne", "features/org.perenne.platform.feature/rootfiles/linux/perenne",
                "features/org.perenne.platform.feature/rootfiles/macosx/perenne",
                "features/org.perenne.platform.feature/rootfiles/win32/perenne.cmd")) {
            String text = Files.readString(root.resolve(launcher));
            for (String command : Main.COMMANDS) {
                assertTrue(text.matches("(?s).*[|( ]" + command + "[|) ].*"), launcher + " does not route \"" + command + "\"");
            }
        }
        for (String command : Main.COMMANDS) {
            assertFalse(perenne(command, "--help").out().isEmpty(), command + " has help");
        }
        assertEquals(1, perenne("unknown-command", "x").exit(), "a word Main does not know is refused");
    }

    @ParameterizedTest
    @ValueSource(strings = { "validate", "simulate", "compare", "sensitivity", "solve", "optimise", "portfolio", "actuals" })
    void everyCommandHasHelpInFrenchAndEnglish(String command) {
        CliRun french = perenne(command, "--help", "--lang", "fr");
        CliRun english = perenne(command, "--help", "--lang", "en");
        assertEquals(0, french.exit());
        assertTrue(french.out().startsWith("Utilisation\u00a0: perenne " + command), french.out());
        assertTrue(english.out().startsWith("Usage: perenne " + command), english.out());
    }

    @Test
    void simulateWritesFilesThatReconcileToTheCent() throws Exception {
        Path out = folder.resolve("results");
        CliRun run = perenne("simulate", sample("tiers-lieu-hybride"), "--out", out.toString(), "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Lowest cash:"), run.out());
        List<String> lines = Files.readAllLines(out.resolve("cashflow.csv"));
        assertEquals(61, lines.size(), "a header and 60 months");
        String[] header = lines.get(0).split(",");
        assertEquals("month", header[0]);
        assertEquals("closing_cash", header[header.length - 1]);
        BigDecimal closing = new BigDecimal("35000.00");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertTrue(cells[0].matches("\\d{4}-\\d{2}"), cells[0]);
            BigDecimal net = BigDecimal.ZERO;
            for (int c = 1; c < cells.length - 2; c++) {
                assertTrue(cells[c].matches("-?\\d+\\.\\d{2}"), "amounts to the cent: " + cells[c]);
                BigDecimal amount = new BigDecimal(cells[c]);
                net = c <= 9 ? net.add(amount) : net.subtract(amount); // 9 columns in, then out
            }
            assertEquals(net, new BigDecimal(cells[cells.length - 2]), "net of " + cells[0]);
            closing = closing.add(net);
            assertEquals(closing, new BigDecimal(cells[cells.length - 1]), "closing cash of " + cells[0]);
        }
        assertEquals(6, Files.readAllLines(out.resolve("income-statement.csv")).size());
        assertEquals(6, Files.readAllLines(out.resolve("indicators.csv")).size());
        assertFalse(Files.exists(out.resolve("montecarlo.csv")), "no Monte Carlo without --runs");
    }

    @Test
    void theSameSeedGivesTheSameMonteCarloFileWithOneOrTwoThreads() throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (String threads : new String[] { "1", "2" }) {
            Path out = folder.resolve("threads-" + threads);
            CliRun run = perenne("simulate", sample("fablab"), "--runs", "2000", "--seed", "42", "--threads", threads,
                    "--out", out.toString(), "--json");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("\"monte_carlo\": {") && run.out().contains("\"runs\": 2000"), run.out());
            files.add(Files.readAllBytes(out.resolve("montecarlo.csv")));
            assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\": 42"));
        }
        assertArrayEquals(files.get(0), files.get(1));
        Path other = folder.resolve("seed-43");
        perenne("simulate", sample("fablab"), "--runs", "2000", "--seed", "43", "--out", other.toString());
        assertFalse(java.util.Arrays.equals(files.get(0), Files.readAllBytes(other.resolve("montecarlo.csv"))),
                "another seed gives other draws");
    }

    @Test
    void compareShowsTheBaseAndTheScenariosSideBySide() throws Exception {
        Path out = folder.resolve("compare");
        CliRun run = perenne("compare", sample("tiers-lieu-hybride"), "--scenarios", "base,La Ville baisse sa subvention de 30 %",
                "--out", out.toString(), "--lang", "fr");
        assertEquals(0, run.exit(), run.err());
        List<String> table = Files.readAllLines(out.resolve("compare.csv"));
        assertEquals(3, table.size());
        BigDecimal base = new BigDecimal(table.get(1).split(",")[1]);
        BigDecimal cut = new BigDecimal(table.get(2).split(",")[1]);
        // 30 % of 3 × 30 000 less from the city: 27 000 less cash at the end
        assertEquals(new BigDecimal("27000.00"), base.subtract(cut));
        assertEquals("month,base,La Ville baisse sa subvention de 30 %", Files.readAllLines(out.resolve("compare-cash.csv")).get(0));
    }

    @Test
    void solveFindsTheMinimumGrantOrSaysWhyItCannot() {
        CliRun found = perenne("solve", sample("tiers-lieu-hybride"), "--vary", "sub-ville.committedAmounts", "--target",
                "min_cash>=0", "--lang", "en", "--json");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("\"found\": true"), found.out());
        CliRun missing = perenne("solve", sample("coworking-rural"), "--vary", "fabrique.committedAmounts", "--target",
                "min_cash>=0", "--between", "0,60000", "--lang", "en");
        assertEquals(0, missing.exit());
        assertTrue(missing.out().startsWith("No value of fabrique.committedAmounts between 0 and 60,000 reaches min_cash>=0"),
                missing.out());
        assertEquals(1, perenne("solve", sample("fablab"), "--vary", "nobody.monthlyFee", "--target", "min_cash=0").exit());
        assertEquals(1, perenne("solve", sample("fablab"), "--vary", "loyer.name", "--target", "min_cash=0").exit());
        assertEquals(1, perenne("solve", sample("fablab"), "--vary", "loyer.monthlyAmount", "--target", "cash").exit());
    }

    @Test
    void sensitivityWritesTheTornadoWidestBarFirst() throws Exception {
        Path out = folder.resolve("tornado");
        CliRun run = perenne("sensitivity", sample("coworking-urbain"), "--output", "min_cash", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> bars = Files.readAllLines(out.resolve("tornado.csv"));
        assertEquals(4, bars.size(), "a header and the three uncertainties of the sample");
        double previous = Double.MAX_VALUE;
        for (String bar : bars.subList(1, bars.size())) {
            String[] cells = bar.split(",");
            double swing = Double.parseDouble(cells[5]);
            assertTrue(swing <= previous, "sorted by swing");
            assertEquals("0", cells[6], "no common driver in this sample");
            assertTrue(cells[1].matches("-?[0-9]+\\.[0-9]{6}") && cells[2].matches("-?[0-9]+\\.[0-9]{6}"),
                    "low and high to six decimals, never a raw double: " + bar);
            previous = swing;
        }
        assertEquals(1, perenne("sensitivity", sample("fablab"), "--output", "result_year_9").exit());
    }

    @Test
    void theOsgiApplicationRunsTheSameCommands() throws Exception {
        java.util.Map<String, Object> arguments = java.util.Map.of(
                org.eclipse.equinox.app.IApplicationContext.APPLICATION_ARGS,
                new String[] { "validate", sample("coworking-rural"), "--lang", "en" });
        org.eclipse.equinox.app.IApplicationContext context = (org.eclipse.equinox.app.IApplicationContext) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] { org.eclipse.equinox.app.IApplicationContext.class },
                        (proxy, method, args) -> method.getName().equals("getArguments") ? arguments : null);
        assertEquals(0, new PerenneApplication().start(context));
    }

    @Test
    void optimiseTimetableWritesThePlanAndCanApplyItsOccupancy() throws Exception {
        Path out = folder.resolve("timetable");
        Path applied = folder.resolve("applied.perenne");
        Path ics = folder.resolve("semaine.ics");
        CliRun run = perenne("optimise", "timetable", sample("fablab"), "--time-limit", "3s", "--out", out.toString(), "--apply",
                applied.toString(), "--ics", ics.toString(), "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        // the week in the calendar file: one weekly event per row of timetable.csv, at its day and hours in Paris
        biweekly.ICalendar calendar = biweekly.Biweekly.parse(Files.readString(ics)).first();
        List<List<String>> rows = CliRun.csv(out.resolve("timetable.csv"));
        List<List<String>> placedRows = rows.subList(1, rows.size()).stream().filter(row -> !row.get(4).isEmpty()).toList();
        assertEquals(placedRows.size(), calendar.getEvents().size());
        for (int e = 0; e < placedRows.size(); e++) {
            biweekly.component.VEvent event = calendar.getEvents().get(e);
            java.time.ZonedDateTime start = event.getDateStart().getValue().toInstant().atZone(java.time.ZoneId.of("Europe/Paris"));
            assertEquals(placedRows.get(e).get(4), start.getDayOfWeek().name(), "day " + placedRows.get(e));
            assertEquals(placedRows.get(e).get(5), String.format("%02d:%02d", start.getHour(), start.getMinute()), "start");
            assertEquals(placedRows.get(e).get(3), event.getLocation().getValue(), "room");
            assertEquals(biweekly.util.Frequency.WEEKLY, event.getRecurrenceRule().getValue().getFrequency());
        }
        assertTrue(run.out().contains("iCalendar"), run.out());
        assertEquals(1, perenne("optimise", "plan", sample("fablab"), "--ics", ics.toString()).exit(), "a plan has no week");
        assertTrue(run.out().startsWith("Timetable: 3 of 3 activities placed, 0 mandatory left out, every strict rule kept; "
                + "value left out and penalties "), run.out());
        // the rules' soft column in euros and cents (the score is kept in cents)
        List<List<String>> rules = CliRun.csv(out.resolve("score-explanation.csv"));
        assertEquals(List.of("constraint", "hard", "medium", "soft", "matches"), rules.get(0));
        assertTrue(rules.stream().skip(1).allMatch(rule -> rule.get(3).matches("-?[0-9]+\\.[0-9]{2}")), rules.toString());
        List<String> plan = Files.readAllLines(out.resolve("timetable.csv"));
        assertEquals(4, plan.size());
        assertTrue(plan.stream().skip(1).allMatch(line -> line.contains(",atelier,")), "every activity in the workshop: " + plan);
        assertTrue(Files.readString(applied).contains("occupancyRate") || !Files.readString(applied).contains("<rentals"),
                "rentals of the workshop carry the new occupancy");
        assertEquals(0, perenne("validate", applied.toString()).exit(), "the applied canvas is valid");
        assertEquals(1, perenne("optimise", "seating", sample("fablab")).exit());
        assertEquals(1, perenne("optimise", "timetable", sample("fablab"), "--time-limit", "soon").exit());
    }

    @Test
    void optimisePlanWritesTheChoicesWhyAndBeforeAfterAndCanApplyThem() throws Exception {
        Path out = folder.resolve("plan");
        Path applied = folder.resolve("planned.perenne");
        CliRun run = perenne("optimise", "plan", sample("tiers-lieu-hybride"), "--time-limit", "4s", "--out", out.toString(),
                "--apply", applied.toString(), "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)Plan: \\d+ of \\d+ choices change the canvas, (every strict rule kept|strict rules broken[^;]*); "
                + "average yearly result -?[0-9,]+\u00a0€ before, -?[0-9,]+\u00a0€ after\\..*"), run.out());
        List<String> plan = Files.readAllLines(out.resolve("plan.csv"));
        assertEquals("decision,item_id,item,current,chosen,changed", plan.get(0));
        assertEquals(7, plan.size(), "5 rooms with a choice of function, 1 price ladder: " + plan);
        assertTrue(plan.get(1).startsWith("room_function,open-space,Open space coworking,OPEN_COWORKING,"), plan.get(1));
        // an inelastic demand (-0.6) for full desks: the highest rung of the ladder earns most
        assertEquals("price,tier-resident,Résident,220.00,250.00,true", plan.get(6));
        List<String> alternatives = Files.readAllLines(out.resolve("alternatives.csv"));
        assertEquals(1 + 1 + 2 + 1 + 2 + 1 + 3, alternatives.size(), "one row per other option");
        List<String> rules = Files.readAllLines(out.resolve("score-explanation.csv"));
        assertTrue(rules.stream().anyMatch(line -> line.startsWith("multiYearResult,")), rules.toString());
        List<String> indicators = Files.readAllLines(out.resolve("plan-before-after.csv"));
        assertEquals("indicator,before,after", indicators.get(0));
        assertTrue(indicators.get(1).startsWith("average_yearly_result,"), indicators.get(1));
        assertEquals(0, perenne("validate", applied.toString()).exit(), "the applied canvas is valid");
    }

    /**
     * The plan's figures before and after are the figures {@code simulate} gives for the canvas as it is and for the
     * canvas the plan saved, to the cent: lowest cash, cash at the end and each year's result (one rounded table).
     */
    @ParameterizedTest
    @ValueSource(strings = { "coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride" })
    void thePlansFiguresAreTheSimulationsOfTheCanvasBeforeAndAfterToTheCent(String name) throws Exception {
        Path out = folder.resolve("plan");
        Path applied = folder.resolve("planned.perenne");
        CliRun run = perenne("optimise", "plan", sample(name), "--time-limit", "1s", "--out", out.toString(), "--apply",
                applied.toString());
        assertEquals(0, run.exit(), run.err());
        java.util.Map<String, String[]> plan = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out.resolve("plan-before-after.csv"))) {
            String[] cells = line.split(",", -1);
            plan.put(cells[0], cells);
        }
        for (int column = 1; column <= 2; column++) {
            String canvas = column == 1 ? sample(name) : applied.toString();
            Path simulated = folder.resolve("simulated-" + column);
            assertEquals(0, perenne("simulate", canvas, "--runs", "100", "--out", simulated.toString()).exit());
            String summary = Files.readString(simulated.resolve("summary.json"));
            String when = (column == 1 ? "before" : "after") + " the plan of " + name;
            assertEquals(field(summary, "minimum_cash"), plan.get("minimum_cash")[column], "lowest cash " + when);
            List<String> months = Files.readAllLines(simulated.resolve("cashflow.csv"));
            String[] lastMonth = months.get(months.size() - 1).split(",");
            assertEquals(lastMonth[lastMonth.length - 1], plan.get("closing_cash_at_end")[column], "cash at the end " + when);
            List<String> years = Files.readAllLines(simulated.resolve("indicators.csv"));
            int resultColumn = List.of(years.get(0).split(",")).indexOf("result");
            for (int year = 1; year < years.size(); year++) {
                assertEquals(years.get(year).split(",")[resultColumn], plan.get("result_year_" + year)[column],
                        "result of year " + year + " " + when);
            }
        }
    }

    /**
     * A canvas without common drivers draws as it always did: the four samples as they were before drivers existed
     * (kept in the tests' resources with the montecarlo.csv the version before wrote) give the same file, to the byte.
     */
    @ParameterizedTest
    @ValueSource(strings = { "coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride" })
    void aCanvasWithoutDriversGivesTheSameMonteCarloAsBefore(String name) throws Exception {
        Path before = Path.of("src/test/resources/org/perenne/cli/before-drivers");
        Path out = folder.resolve(name);
        CliRun run = perenne("simulate", before.resolve(name + ".perenne").toString(), "--runs", "10000", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(Files.readString(before.resolve(name + "-montecarlo.csv")), Files.readString(out.resolve("montecarlo.csv")));
    }

    /**
     * simulate --draws: figures.csv says every uncertain figure, its law and the driver it follows; draws.csv every
     * value drawn. From these two files alone, an outside check finds each law's mean and the rank correlation the
     * model reference gives two figures on one driver, (6/π)·asin(ρ₁ρ₂/2).
     */
    @Test
    void theDrawsLetAnOutsideCheckRecomputeTheLawsAndTheirCorrelation() throws Exception {
        Path out = folder.resolve("draws");
        int runs = 20_000;
        CliRun run = perenne("simulate", sample("tiers-lieu-hybride"), "--runs", String.valueOf(runs), "--draws", "--out",
                out.toString());
        assertEquals(0, run.exit(), run.err());
        List<List<String>> figures = CliRun.csv(out.resolve("figures.csv"));
        assertEquals(List.of("figure", "label", "law", "parameters", "per_year", "driver", "strength", "persistence"),
                figures.get(0));
        java.util.Map<String, List<String>> byKey = new java.util.HashMap<>();
        figures.stream().skip(1).forEach(row -> byKey.put(row.get(0), row));
        List<String> residents = byKey.get("tier-resident.targetCount");
        assertEquals(List.of("triangular", "min=8.0;mode=12.0;max=16.0", "false", "Demande locale", "0.800000"),
                residents.subList(2, 7));
        List<String> occupancy = byKey.get("loc-reunion.occupancyRate");
        assertEquals("Demande locale", occupancy.get(5));
        List<List<String>> draws = CliRun.csv(out.resolve("draws.csv"));
        assertEquals(List.of("path", "year", "figure", "value"), draws.get(0));
        assertEquals(runs * (figures.size() - 1), draws.size() - 1, "one value per path and figure drawn once a path");
        double[] x = new double[runs], y = new double[runs];
        for (List<String> row : draws.subList(1, draws.size())) {
            int path = Integer.parseInt(row.get(0));
            assertEquals("", row.get(1), "drawn once a path");
            if (row.get(2).equals("tier-resident.targetCount")) {
                x[path] = Double.parseDouble(row.get(3));
            } else if (row.get(2).equals("loc-reunion.occupancyRate")) {
                y[path] = Double.parseDouble(row.get(3));
            }
        }
        // the triangular law's mean, (8 + 12 + 16) / 3, within 4.5 standard errors (its spread is √(8/3))
        assertEquals(12, java.util.Arrays.stream(x).average().orElseThrow(), 4.5 * Math.sqrt(8.0 / 3 / runs));
        double rho = Double.parseDouble(residents.get(6)) * Double.parseDouble(occupancy.get(6));
        double expected = 6 / Math.PI * Math.asin(rho / 2);
        assertEquals(expected, spearman(x, y), 4.5 * (1 - expected * expected) / Math.sqrt(runs));

        CliRun refused = perenne("simulate", sample("tiers-lieu-hybride"), "--draws", "--out", folder.resolve("no").toString(),
                "--lang", "en");
        assertEquals(1, refused.exit(), "a usage error");
        assertTrue(refused.err().contains("--runs"), refused.err());

        // the report's tables on request: the same two files beside the others, the same draws for the same seed
        Path report = folder.resolve("report");
        CliRun tables = perenne("report", sample("tiers-lieu-hybride"), "--format", "csv", "--draws", "--runs", "200", "--out",
                report.toString());
        assertEquals(0, tables.exit(), tables.err());
        Path csv = report.resolve("tiers-lieu-hybride-csv");
        assertEquals(Files.readString(out.resolve("figures.csv")), Files.readString(csv.resolve("figures.csv")));
        List<String> reported = Files.readAllLines(csv.resolve("draws.csv"));
        assertEquals(1 + 200 * (figures.size() - 1), reported.size());
        assertEquals(Files.readAllLines(out.resolve("draws.csv")).subList(0, reported.size()), reported,
                "paths 0 to 199 drew the same values");
        assertEquals(1, perenne("report", sample("tiers-lieu-hybride"), "--draws", "--out", report.toString()).exit(),
                "a PDF has no room for the draws: a usage error");
    }

    private static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow(), my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * One Monte Carlo everywhere: for each sample, the risk printed by {@code simulate} (default seed,
     * 10 000 paths), the one in the report's figures and the one a scenario comparison shows for the
     * canvas as it is are the same number; summary.json carries its interval and the viability figures.
     */
    @ParameterizedTest
    @ValueSource(strings = { "coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride" })
    void everyOutputGivesTheSameRiskForTheSameCanvas(String name) throws Exception {
        Path out = folder.resolve(name);
        CliRun run = perenne("simulate", sample(name), "--runs", String.valueOf(org.perenne.simulation.KeyFigures.DEFAULT_RUNS),
                "--out", out.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        String summary = Files.readString(out.resolve("summary.json"));
        for (String field : List.of("\"probability_cash_negative_low\"", "\"probability_cash_negative_high\"",
                "\"first_break_even_month\"", "\"lasting_break_even_month\"", "\"structural_result\"")) {
            assertTrue(summary.contains(field), field + " in " + summary);
            assertTrue(run.out().contains(field), field + " in the --json output");
        }
        String simulated = field(summary, "probability_cash_negative");
        var canvas = CanvasFiles.load(Path.of(sample(name)), Locale.ENGLISH).canvas();
        var report = new org.perenne.report.ReportFigures(canvas, null, org.perenne.simulation.KeyFigures.DEFAULT_RUNS,
                org.perenne.simulation.KeyFigures.DEFAULT_SEED, 2, java.time.LocalDate.of(2026, 12, 1));
        assertEquals(simulated, ResultFiles.probability(report.monteCarlo().probabilityCashNegative()), "report");
        Path compared = folder.resolve(name + "-compare");
        CliRun compare = perenne("compare", sample(name), "--scenarios", "base", "--out", compared.toString());
        assertEquals(0, compare.exit(), compare.err());
        String[] header = Files.readAllLines(compared.resolve("compare.csv")).get(0).split(",");
        String[] base = Files.readAllLines(compared.resolve("compare.csv")).get(1).split(",");
        assertEquals(simulated, base[List.of(header).indexOf("p_negative")], "compare");
        // the summary's lowest cash is the lowest closing cash of cashflow.csv, to the cent
        List<String> cash = Files.readAllLines(out.resolve("cashflow.csv"));
        BigDecimal lowest = null;
        for (String line : cash.subList(1, cash.size())) {
            String[] cells = line.split(",");
            BigDecimal closing = new BigDecimal(cells[cells.length - 1]);
            lowest = lowest == null || closing.compareTo(lowest) < 0 ? closing : lowest;
        }
        assertEquals(0, lowest.compareTo(new BigDecimal(field(summary, "minimum_cash"))), "lowest cash");
    }

    /** The value of a top-level number field of a small JSON text. */
    private static String field(String json, String name) {
        String key = "\"" + name + "\": ";
        int start = json.indexOf(key) + key.length();
        int end = start;
        while (end < json.length() && "-0123456789.".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return json.substring(start, end);
    }
}
