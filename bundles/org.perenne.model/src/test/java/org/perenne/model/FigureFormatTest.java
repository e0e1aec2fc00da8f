/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One way to write a figure per language, whatever writes it: screen, report, command line, problems. */
class FigureFormatTest {

    @Test
    void frenchAndEnglishWriteMoneyTheSameWayEverywhere() {
        FigureFormat french = FigureFormat.of(Locale.FRANCE);
        FigureFormat english = FigureFormat.of(Locale.UK);
        assertEquals("12\u202f346\u00a0€", french.euros(12_345.5));
        assertEquals("12,346\u00a0€", english.euros(12_345.5), "not \"€12,346\": the same order as the French screen");
        assertEquals("-3\u202f879\u00a0€", french.euros(-3_879.2));
        assertEquals("12\u202f345,60\u00a0€", french.cents(12_345.6));
        assertEquals("4,8\u00a0%", french.percent(0.048));
        assertEquals("4.8%", english.percent(0.048));
        assertEquals("déc. 2027", french.month(YearMonth.of(2027, 12)));
        assertEquals("Dec 2027", english.month(YearMonth.of(2027, 12)));
        assertEquals("0,75", french.number(0.75, 4));
        assertEquals(Locale.FRENCH, FigureFormat.of(Locale.GERMAN).locale(), "French first for any other language");
    }
}
