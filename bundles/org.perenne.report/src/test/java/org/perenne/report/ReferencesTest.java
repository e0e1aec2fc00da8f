/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The French and the English model references say the same things: the same sections in the same order, and in each
 * section the same numbers (the formulas' constants, the limits, the samples' figures), whatever the language writes
 * them with (10 000 or 10,000; 0,8 or 0.8). A sentence with a number left out of one language fails here.
 */
class ReferencesTest {

    private static final Path DOCS = ReportExportsTest.samples().resolveSibling("docs");
    private static final Pattern HEADING = Pattern.compile("^(#{2,3}) ", Pattern.MULTILINE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Test
    void theFrenchAndTheEnglishReferenceHaveTheSameSectionsAndNumbers() throws IOException {
        List<Section> english = sections(Files.readString(DOCS.resolve("model-reference.md"), StandardCharsets.UTF_8), false);
        List<Section> french = sections(Files.readString(DOCS.resolve("reference-du-modele.md"), StandardCharsets.UTF_8), true);
        assertEquals(english.stream().map(Section::level).toList(), french.stream().map(Section::level).toList(),
                "the same sections, in the same order");
        for (int i = 0; i < english.size(); i++) {
            assertEquals(english.get(i).numbers(), french.get(i).numbers(),
                    "the numbers of « " + french.get(i).title() + " » and \"" + english.get(i).title() + "\"");
        }
    }

    /** A section: its heading's level and title, the numbers its text holds, sorted. */
    private record Section(int level, String title, List<String> numbers) {
    }

    private static List<Section> sections(String text, boolean french) {
        List<Section> sections = new ArrayList<>();
        Matcher heading = HEADING.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (heading.find()) {
            starts.add(new int[] { heading.start(), heading.group(1).length() });
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[0];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String body = text.substring(from, to);
            String title = body.substring(0, body.indexOf('\n')).replaceFirst("^#+ ", "");
            body = body.substring(body.indexOf('\n') + 1).replaceAll("\\([^)]*\\.(md|png|csv)\\)", "");
            // one way of writing numbers: no thousands separator, a decimal point
            body = french ? body.replaceAll("(?<=\\d)[ \\u00a0\\u202f](?=\\d{3}\\b)", "").replaceAll("(?<=\\d),(?=\\d)", ".")
                    : body.replaceAll("(?<=\\d),(?=\\d{3}\\b)", "");
            List<String> numbers = new ArrayList<>();
            Matcher number = NUMBER.matcher(body);
            while (number.find()) {
                numbers.add(number.group());
            }
            numbers.sort(null);
            sections.add(new Section(starts.get(i)[1], title, numbers));
        }
        return sections;
    }
}
