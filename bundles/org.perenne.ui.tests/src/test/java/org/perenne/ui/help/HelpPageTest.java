/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The Help menu's pages come from docs/, in the interface's language, read as plain words. */
class HelpPageTest {

    @Test
    void theGuideAndTheReferenceAreInTheApplicationInBothLanguages() throws Exception {
        HelpPage guide = HelpPage.of(HelpPage.Kind.GUIDE, Locale.FRENCH);
        assertTrue(guide.text().startsWith("Votre premier canevas\n"), guide.text());
        assertEquals(new HelpPage.Heading(0, "Votre premier canevas".length(), 1), guide.headings().get(0));
        assertTrue(HelpPage.of(HelpPage.Kind.GUIDE, Locale.ENGLISH).text().startsWith("Your first canvas\n"));
        HelpPage reference = HelpPage.of(HelpPage.Kind.REFERENCE, Locale.ENGLISH);
        assertTrue(reference.text().contains("Lasting break-even (équilibre durable): the first month"), reference.text());
        assertTrue(HelpPage.of(HelpPage.Kind.REFERENCE, Locale.FRENCH).text().contains("Équilibre durable"));
        HelpPage glossary = HelpPage.of(HelpPage.Kind.GLOSSARY, Locale.FRENCH);
        HelpPage english = HelpPage.of(HelpPage.Kind.GLOSSARY, Locale.ENGLISH);
        assertTrue(glossary.text().startsWith("Glossaire\n") && english.text().startsWith("Glossary\n"), english.text());
        assertTrue(glossary.text().contains("• Équilibre durable\u00a0: le premier mois"), glossary.text());
        assertEquals(glossary.text().lines().filter(line -> line.startsWith("• ")).count(),
                english.text().lines().filter(line -> line.startsWith("• ")).count(), "the same terms in both languages");
        for (HelpPage page : new HelpPage[] { guide, reference, glossary, english, HelpPage.of(HelpPage.Kind.GUIDE, Locale.ENGLISH),
                HelpPage.of(HelpPage.Kind.REFERENCE, Locale.FRENCH) }) {
            for (String markup : new String[] { "**", "](", "|---", "`", "## ", "In English", "En français" }) {
                assertFalse(page.text().contains(markup), markup + " left in the text");
            }
        }
    }

    @Test
    void tablesBecomeLinesAndLinksTheirWords() {
        HelpPage page = HelpPage.parse("# Title\n\n| law | you give |\n|---|---|\n| uniform | **min**, max |\n\nSee [the guide](first-canvas.md).\n");
        assertEquals("Title\n\n• law — you give\n• uniform — min, max\n\nSee the guide.\n", page.text());
    }
}
