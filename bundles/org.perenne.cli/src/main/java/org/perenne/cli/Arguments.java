/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.RiskSettings;

/** The words after the command: one file, options with values, and flags. */
final class Arguments {

    private final List<String> files = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final java.util.Set<String> flags = new java.util.HashSet<>();

    /**
     * @param withValue options that take a value (--runs 100)
     * @param alone flags (--json)
     */
    static Arguments parse(List<String> words, Set<String> withValue, Set<String> alone, CliMessages messages)
            throws UsageException {
        Arguments arguments = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (withValue.contains(word)) {
                if (i + 1 >= words.size()) {
                    throw new UsageException(messages.get("error.missingValue", word));
                }
                arguments.options.put(word, words.get(++i));
            } else if (alone.contains(word)) {
                arguments.flags.add(word);
            } else if (word.startsWith("--")) {
                throw new UsageException(messages.get("error.unknownOption", word));
            } else {
                arguments.files.add(word);
            }
        }
        return arguments;
    }

    String file(CliMessages messages) throws UsageException {
        if (files.size() != 1) {
            throw new UsageException(files.isEmpty() ? messages.get("error.missingFile")
                    : messages.get("error.unknownOption", files.get(1)));
        }
        return files.get(0);
    }

    /** Every file or folder named (at least one). */
    List<String> files(CliMessages messages) throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException(messages.get("error.missingFile"));
        }
        return List.copyOf(files);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return options.containsKey(name) || flags.contains(name);
    }

    int wholeNumber(String name, int fallback, int minimum, CliMessages messages) throws UsageException {
        return wholeNumber(name, fallback, minimum, Integer.MAX_VALUE, messages);
    }

    /** A whole number from {@code minimum} to {@code maximum}, or {@code fallback} when the option is not given. */
    int wholeNumber(String name, int fallback, int minimum, int maximum, CliMessages messages) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(maximum == Integer.MAX_VALUE ? messages.get("error.notNumber", name, value)
                : messages.get("error.notInRange", name, value, minimum, maximum));
    }

    /**
     * The Monte Carlo settings: {@code --runs} (from 1 to {@link RiskSettings#MAX_RUNS}; {@code defaultRuns} when not
     * given, 0 for none), {@code --seed} (any whole number) and {@code --threads} (1 to {@link RiskSettings#MAX_THREADS},
     * every processor when not given), read once for every command.
     */
    RiskSettings risk(int defaultRuns, CliMessages messages) throws UsageException {
        int runs = wholeNumber("--runs", defaultRuns, 1, RiskSettings.MAX_RUNS, messages);
        long seed = longNumber("--seed", KeyFigures.DEFAULT_SEED, messages);
        int threads = wholeNumber("--threads", RiskSettings.processors(), 1, RiskSettings.MAX_THREADS, messages);
        return new RiskSettings(runs, seed, threads);
    }

    long longNumber(String name, long fallback, CliMessages messages) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(messages.get("error.notNumber", name, value));
        }
    }

    /** The --lang option, or the system's language. */
    static Locale language(List<String> words) throws UsageException {
        int at = words.indexOf("--lang");
        if (at < 0) {
            return CliMessages.defaultLocale();
        }
        String value = at + 1 < words.size() ? words.get(at + 1).toLowerCase(Locale.ROOT) : "";
        return switch (value) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException(new CliMessages(CliMessages.defaultLocale()).get("error.badLanguage"));
        };
    }
}
