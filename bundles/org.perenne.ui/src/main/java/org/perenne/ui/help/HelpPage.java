/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page of the project's own documentation (docs/*.md, copied into the bundle by the build), read as
 * the Help dialog shows it: plain text with its headings marked. Only what the pages use is read: headings,
 * paragraphs, lists, tables, bold, code and links (a link shows its words).
 */
public final class HelpPage {

    /** The pages of the Help menu, each in French and in English. */
    public enum Kind {
        GUIDE("premier-canevas.md", "first-canvas.md"), REFERENCE("reference-du-modele.md", "model-reference.md"),
        GLOSSARY("glossaire.md", "glossary.md");

        private final String french;
        private final String english;

        Kind(String french, String english) {
            this.french = french;
            this.english = english;
        }

        String file(Locale locale) {
            return locale.getLanguage().equals(Locale.FRENCH.getLanguage()) ? french : english;
        }
    }

    /** A heading of the page: where it starts in the text, how long it is, and its level (1 = title). */
    public record Heading(int start, int length, int level) {
    }

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}.*");

    private final String text;
    private final List<Heading> headings;

    private HelpPage(String text, List<Heading> headings) {
        this.text = text;
        this.headings = List.copyOf(headings);
    }

    /** The page in the given language. */
    public static HelpPage of(Kind kind, Locale locale) throws IOException {
        String name = "/help/" + kind.file(locale);
        try (InputStream in = HelpPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not in the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The pointer to the same page in the other language, for readers of the repository: "(In English: [...](...).)". */
    private static final Pattern OTHER_LANGUAGE = Pattern
            .compile("[ \\t]*\\((?:In English|En français)[\\s\\u00a0\\u202f]*:[^()]*\\([^)]*\\)[^)]*\\)");

    static HelpPage parse(String markdown) {
        markdown = OTHER_LANGUAGE.matcher(markdown).replaceAll(""); // the application opens the page in the user's language
        StringBuilder text = new StringBuilder();
        List<Heading> headings = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (TABLE_RULE.matcher(trimmed).matches()) {
                continue;
            }
            int level = 0;
            while (level < trimmed.length() && trimmed.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && level < trimmed.length() && trimmed.charAt(level) == ' ') {
                String title = inline(trimmed.substring(level + 1));
                if (text.length() > 0) {
                    text.append('\n');
                }
                headings.add(new Heading(text.length(), title.length(), level));
                text.append(title).append('\n');
            } else if (trimmed.startsWith("|")) {
                List<String> cells = new ArrayList<>();
                for (String cell : trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length())
                        .split("\\|")) {
                    cells.add(inline(cell.strip()));
                }
                text.append("• ").append(String.join(" — ", cells)).append('\n');
            } else if (trimmed.startsWith("- ")) {
                text.append(line, 0, line.indexOf('-')).append("• ").append(inline(trimmed.substring(2))).append('\n');
            } else {
                text.append(inline(line)).append('\n');
            }
        }
        return new HelpPage(text.toString().strip() + "\n", headings);
    }

    private static String inline(String line) {
        return LINK.matcher(line).replaceAll("$1").replace("**", "").replace("`", "").replace("*", "");
    }

    public String text() {
        return text;
    }

    public List<Heading> headings() {
        return headings;
    }
}
