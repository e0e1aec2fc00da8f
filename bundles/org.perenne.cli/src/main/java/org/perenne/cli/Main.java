/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.perenne.model.io.ResultsFolder;
import org.perenne.model.io.SafeFiles;
import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.RiskSettings;

/**
 * {@code perenne COMMAND FILE [options]}: the headless command line, a plain {@code main} (no OSGi,
 * so it starts fast). Exit codes: 0 ok, 1 wrong usage, 2 invalid or unreadable canvas, or a file that
 * cannot be read or written (a full disk, a read-only folder), 3 internal error (one line; the stack
 * trace only with {@code --debug}).
 */
public final class Main {

    /** The commands, as the launchers (perenne, perenne.cmd) must list them to run them without a window. */
    static final List<String> COMMANDS = List.of("validate", "simulate", "compare", "sensitivity", "solve", "report", "portfolio",
            "actuals", "optimise", "optimize", "room");

    static final int OK = 0, USAGE = 1, INVALID = 2, INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err));
    }

    /** Runs one command and returns its exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean debug = args.contains("--debug");
        List<String> words = args.stream().filter(a -> !a.equals("--debug")).toList();
        CliMessages messages = new CliMessages(CliMessages.defaultLocale());
        try {
            Locale locale = Arguments.language(words);
            messages = new CliMessages(locale);
            words = withoutLanguage(words);
            if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h")
                    || words.get(0).equals("help")) {
                out.println(messages.get("usage"));
                return words.isEmpty() ? USAGE : OK;
            }
            String command = words.get(0);
            if (!COMMANDS.contains(command)) {
                throw new UsageException(messages.get("error.unknownCommand", command));
            }
            List<String> rest = words.subList(1, words.size());
            if (rest.contains("--help") || rest.contains("-h")) {
                out.println(messages.get("help." + helpKey(command, messages)));
                return OK;
            }
            return switch (command) {
                case "validate" -> new ValidateCommand(messages, out, err).run(rest);
                case "simulate" -> new SimulateCommand(messages, out).run(rest);
                case "compare" -> new CompareCommand(messages, out).run(rest);
                case "sensitivity" -> new SensitivityCommand(messages, out).run(rest);
                case "solve" -> new SolveCommand(messages, out).run(rest);
                case "report" -> new ReportCommand(messages, out).run(rest);
                case "portfolio" -> new PortfolioCommand(messages, out).run(rest);
                case "actuals" -> new ActualsCommand(messages, out).run(rest);
                case "optimise", "optimize" -> new OptimiseCommand(messages, out, err).run(rest);
                case "room" -> new RoomCommand(messages, out, err).run(rest);
                default -> throw new UsageException(messages.get("error.unknownCommand", command));
            };
        } catch (UsageException e) {
            err.println(messages.get("error.usage", e.getMessage()));
            return USAGE;
        } catch (InvalidCanvasException e) {
            err.println(e.getMessage());
            return INVALID;
        } catch (RiskSettings.TooManyPaths e) {
            err.println(messages.get("error.usage", messages.get("error.tooManyPaths", e.runs(), e.fits())));
            return USAGE;
        } catch (AmountTooLargeException e) {
            err.println(messages.get("error.tooLarge"));
            return INVALID;
        } catch (IOException e) {
            // a failure while putting the results in place says itself what changed; any other leaves every file as it was
            err.println(messages.get(e instanceof ResultsFolder.NotWritten ? "error.notWritten" : "error.io",
                    SafeFiles.explain(e, messages.locale())));
            if (debug) {
                e.printStackTrace(err);
            }
            return INVALID;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println(messages.get("error.internal", String.valueOf(e.getLocalizedMessage())));
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        }
    }

    private static String helpKey(String command, CliMessages messages) throws UsageException {
        return switch (command) {
            case "validate", "simulate", "compare", "sensitivity", "solve", "report", "portfolio", "actuals", "room" -> command;
            case "optimise", "optimize" -> "optimise";
            default -> throw new UsageException(messages.get("error.unknownCommand", command));
        };
    }

    private static List<String> withoutLanguage(List<String> words) {
        int at = words.indexOf("--lang");
        if (at < 0) {
            return words;
        }
        List<String> rest = new java.util.ArrayList<>(words);
        rest.remove(at);
        if (at < rest.size()) {
            rest.remove(at);
        }
        return rest;
    }
}
