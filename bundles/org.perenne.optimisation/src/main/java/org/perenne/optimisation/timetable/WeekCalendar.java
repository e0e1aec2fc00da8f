/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

/**
 * The solved week as an iCalendar file (RFC 5545, written by the biweekly library), for the place's shared
 * calendar or its booking tool: one event a week for each placed activity, in its room, from the first such
 * weekday of the canvas's first month to the end of its horizon, in the place's time zone (Europe/Paris,
 * described in the file so every calendar shifts the hours at the changes of summer and winter time).
 */
public final class WeekCalendar {

    /** The time zone of the events. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private WeekCalendar() {
    }

    /**
     * @param place the place's name (the calendar's name)
     * @param describe each event's description, in the user's words
     * @param from the first month of the canvas
     * @param until the last month of its horizon
     */
    public static String of(Week week, String place, Function<Week.Block, String> describe, YearMonth from, YearMonth until) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Pérenne//Emploi du temps//FR");
        calendar.setName(place);
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(ZONE), paris()));
        LocalDate first = from.atDay(1);
        Date end = Date.from(until.atEndOfMonth().atTime(LocalTime.MAX).atZone(ZONE).toInstant());
        for (Week.Block block : week.placed()) {
            LocalDate day = first.with(TemporalAdjusters.nextOrSame(block.day()));
            VEvent event = new VEvent();
            event.setUid(block.activityId() + "." + block.roomId() + "." + block.day().name().toLowerCase(Locale.ROOT) + "@perenne");
            event.setSummary((block.mandatory() ? "★ " : "") + block.activity());
            event.setLocation(week.room(block).name());
            event.setDescription(describe.apply(block));
            event.setDateStart(Date.from(day.atTime(block.start() / 60, block.start() % 60).atZone(ZONE).toInstant()), true);
            event.setDateEnd(Date.from(day.atTime(block.end() / 60, block.end() % 60).atZone(ZONE).toInstant()), true);
            event.setRecurrenceRule(new Recurrence.Builder(Frequency.WEEKLY).until(end, true).build());
            calendar.addEvent(event);
        }
        return foldedByOctets(Biweekly.write(calendar).foldLines(false).go());
    }

    /** RFC 5545, 3.1: no line longer than this many octets, its line break aside. */
    static final int LINE_OCTETS = 75;

    /**
     * Folds each line at {@link #LINE_OCTETS} octets of UTF-8, a continuation starting with a space and never
     * splitting a character (biweekly folds by characters, so an accented name would make longer lines).
     */
    static String foldedByOctets(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50 * 3);
        for (String line : unfolded.split("\r\n", -1)) {
            int octets = 0;
            for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                int point = line.codePointAt(i);
                int size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(point);
                octets += size;
            }
            folded.append("\r\n");
        }
        // the text ended with a line break: the split made one empty line too many
        return folded.substring(0, folded.length() - 2);
    }

    /** Central European time as the EU has it since 1996: summer time from the last Sunday of March to the last of October. */
    private static VTimezone paris() {
        VTimezone zone = new VTimezone(ZONE.getId());
        zone.addDaylightSavingsTime(observance(new DaylightSavingsTime(), 3, 31, 2, 1, 2, "CEST"));
        zone.addStandardTime(observance(new StandardTime(), 10, 27, 3, 2, 1, "CET"));
        return zone;
    }

    /** From the last Sunday of {@code month} (the 1996 one: {@code day}) at {@code hour}, UTC + {@code from} h becomes UTC + {@code to} h. */
    private static <T extends Observance> T observance(T observance, int month, int day, int hour, int from, int to, String name) {
        observance.setDateStart(new DateTimeComponents(1996, month, day, hour, 0, 0, false));
        observance.setTimezoneOffsetFrom(new UtcOffset(true, from, 0));
        observance.setTimezoneOffsetTo(new UtcOffset(true, to, 0));
        observance.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(month).byDay(-1, biweekly.util.DayOfWeek.SUNDAY).build());
        observance.addTimezoneName(name);
        return observance;
    }
}
