/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * French as it is printed: a no-break space before ":", "%", "€" and "»" and after "«", a narrow one
 * before ";", "!" and "?", "1er" for the first of the month, real arrows. Every French message of every
 * bundle is read, so a line of the interface, the reports or the command line never starts with "%" or
 * ":" and a number never sticks to its unit.
 */
class FrenchTypographyTest {

    private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();

    /** A plain space, or nothing, where French wants a no-break space; each with what is wrong. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[^\\s\\u00a0\\u202f] [:;!?](\\s|$|\\\\n)"), "plain space before a high sign"),
            new Rule(Pattern.compile("[0-9}][%€]"), "number stuck to its unit"),
            new Rule(Pattern.compile("[0-9}] [%€]"), "plain space between a number and its unit"),
            new Rule(Pattern.compile(" »|« "), "plain space inside guillemets"),
            new Rule(Pattern.compile("#%|#.##%"), "percentage pattern without its space"),
            new Rule(Pattern.compile("->"), "\"->\" instead of an arrow"));

    private record Rule(Pattern pattern, String problem) {
    }

    @Test
    void everyFrenchMessageFollowsFrenchTypography() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BUNDLES)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith("_fr.properties"))
                    .filter(f -> !f.toString().contains("/target/")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "the French messages of every bundle: " + files);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                for (Rule rule : RULES) {
                    Matcher found = rule.pattern().matcher(value);
                    // the command line's syntax (cut:30%:2028) is typed, not read
                    if (found.find() && !(rule.problem().startsWith("number stuck") && value.contains("cut:30%"))) {
                        problems.add(BUNDLES.relativize(file) + " " + key + ": " + rule.problem() + " in \""
                                + value.substring(Math.max(0, found.start() - 20), Math.min(value.length(), found.end() + 20)) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void textPeopleTypedIsSetInFrench() {
        FigureFormat french = FigureFormat.of(Locale.FRENCH);
        assertEquals("60\u00a0% des dépenses\u00a0: «\u00a0éligibles\u00a0»\u202f; 2\u00a0€ la journée\u202f!",
                french.typeset("60 % des dépenses : « éligibles » ; 2€ la journée !"));
        assertEquals("Source\u00a0: https://tiers-lieux.fr/?a=1 à 12:30", french.typeset("Source: https://tiers-lieux.fr/?a=1 à 12:30"),
                "no space inside an address or an hour");
        String set = french.typeset("déjà\u00a0: 4\u00a0%\u202f; «\u00a0cité\u00a0»");
        assertEquals(set, french.typeset(set), "set once, set for good");
        assertEquals("44\u00a0% → 0\u00a0%: done", FigureFormat.of(Locale.ENGLISH).typeset("44 % -> 0 %: done"),
                "English keeps the spaces typed, unbreakable, and adds none");
    }

    @Test
    void theFirstOfTheMonthIsTheFirst() {
        assertEquals("1er décembre 2026", FigureFormat.of(Locale.FRENCH).date(LocalDate.of(2026, 12, 1)));
        assertEquals("2 décembre 2026", FigureFormat.of(Locale.FRENCH).date(LocalDate.of(2026, 12, 2)));
        assertEquals("11 décembre 2026", FigureFormat.of(Locale.FRENCH).date(LocalDate.of(2026, 12, 11)));
        assertEquals("December 1, 2026", FigureFormat.of(Locale.ENGLISH).date(LocalDate.of(2026, 12, 1)));
    }
}
