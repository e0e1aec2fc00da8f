/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;

/** The week read back from its iCalendar file as a calendar application reads it. */
class WeekCalendarTest {

    private static final Week WEEK = new Week(
            List.of(new Week.Room("hall", "Grande salle", 40, List.of()), new Week.Room("lab", "Fablab", 8, List.of())),
            List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 9 * 60, 22 * 60,
            List.of(new Week.Block("repair", "Repair café", "lab", DayOfWeek.MONDAY, 9 * 60 + 30, 12 * 60, 8, true, false),
                    new Week.Block("talk", "Conférence", "hall", DayOfWeek.THURSDAY, 19 * 60, 21 * 60, 35, false, true)),
            List.of());

    @Test
    void eachPlacedActivityIsAWeeklyEventInParisTime() {
        String text = WeekCalendar.of(WEEK, "Le Lieu", block -> block.attendees() + " personnes", YearMonth.of(2027, 1),
                YearMonth.of(2028, 12));
        assertTrue(text.contains("BEGIN:VTIMEZONE") && text.contains("TZID:Europe/Paris"), "the time zone described in the file");
        ICalendar read = Biweekly.parse(text).first();
        assertEquals(2, read.getEvents().size(), "one event per placed activity");
        VEvent repair = read.getEvents().get(0);
        assertEquals("★ Repair café", repair.getSummary().getValue(), "a mandatory activity marked");
        assertEquals("Fablab", repair.getLocation().getValue());
        assertEquals("8 personnes", repair.getDescription().getValue());
        assertEquals("Europe/Paris", read.getTimezoneInfo().getTimezone(repair.getDateStart()).getComponent().getTimezoneId().getValue());
        assertEquals(Frequency.WEEKLY, repair.getRecurrenceRule().getValue().getFrequency());
        TimeZone paris = TimeZone.getTimeZone(WeekCalendar.ZONE);
        // the first Monday of January 2027 at 9:30 in Paris, then every Monday at 9:30 in Paris, summer time included
        assertEquals(LocalDateTime.of(2027, 1, 4, 9, 30), local(repair.getDateStart().getValue()));
        assertEquals(LocalDateTime.of(2027, 1, 4, 12, 0), local(repair.getDateEnd().getValue()));
        List<LocalDateTime> mondays = new ArrayList<>();
        for (java.util.Iterator<Date> dates = repair.getDateIterator(paris); dates.hasNext();) {
            mondays.add(local(dates.next()));
        }
        assertEquals(104, mondays.size(), "every Monday of 2027 and 2028");
        assertTrue(mondays.contains(LocalDateTime.of(2027, 7, 5, 9, 30)), "9:30 in July as in January");
        assertEquals(LocalDateTime.of(2028, 12, 25, 9, 30), mondays.get(mondays.size() - 1), "until the end of the horizon");
        assertEquals(LocalDateTime.of(2027, 1, 7, 19, 0), local(read.getEvents().get(1).getDateStart().getValue()));
    }

    @Test
    void noLineIsLongerThanSeventyFiveOctetsWhateverItsAccents() {
        String name = "Atelier d’écriture « Mémoires du quartier » — séances ouvertes à tous, élèves et aînés compris ✎";
        Week week = new Week(List.of(new Week.Room("salle", "Salle des fêtes — rez-de-chaussée, accès côté église", 40, List.of())),
                List.of(DayOfWeek.MONDAY), 9 * 60, 22 * 60,
                List.of(new Week.Block("ecriture", name, "salle", DayOfWeek.MONDAY, 14 * 60, 16 * 60, 12, true, false)), List.of());
        String text = WeekCalendar.of(week, "Café-atelier « Les Éléphants » à Sète", block -> "Séance d’écriture, 12 personnes",
                YearMonth.of(2027, 1), YearMonth.of(2027, 12));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "RFC 5545: " + line);
        }
        assertEquals("★ " + name, Biweekly.parse(text).first().getEvents().get(0).getSummary().getValue(),
                "unfolded, the name is whole: no character split");
        assertTrue(text.lines().anyMatch(line -> line.startsWith(" ")), "the long lines were folded");
    }

    private static LocalDateTime local(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), WeekCalendar.ZONE);
    }
}
