/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.optimisation.timetable.Week;
import org.perenne.optimisation.timetable.domain.TimetableRoom;

/** The printed week: a page per room with each activity at its hours, then those left out and why. */
class WeekReportTest {

    private static final Week WEEK = new Week(
            List.of(new Week.Room("hall", "Grande salle", 40, List.of(new TimetableRoom.Opening(DayOfWeek.THURSDAY, 18 * 60, 22 * 60))),
                    new Week.Room("lab", "Fablab", 8, List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 18 * 60)))),
            List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 9 * 60, 22 * 60,
            List.of(new Week.Block("repair", "Repair café", "lab", DayOfWeek.MONDAY, 9 * 60 + 30, 11 * 60, 8, true, false),
                    new Week.Block("talk", "Conférence", "hall", DayOfWeek.THURSDAY, 19 * 60, 21 * 60, 35, false, true)),
            List.of(new Week.Unplaced("big", "Grand forum", 120, false, false, Week.Reason.TOO_MANY_PEOPLE)));

    @Test
    void eachRoomHasItsPageWithItsActivitiesAtTheirHours(@TempDir Path folder) throws Exception {
        ReportText text = new ReportText(Locale.FRENCH);
        List<List<String>> lab = WeekReport.rows(WEEK, WEEK.rooms().get(1), text);
        assertEquals(26, lab.size(), "half hours from 9:00 to 22:00");
        assertEquals(List.of("9:00", "", "fermé"), lab.get(0), "open on Monday, closed on Thursday");
        assertEquals(List.of("9:30", "Repair café (obligatoire)", "fermé"), lab.get(1), "written where it starts, said mandatory");
        assertEquals(List.of("10:30", "│", "fermé"), lab.get(3), "and followed while it lasts");
        assertEquals(List.of("11:00", "", "fermé"), lab.get(4), "free when it ends");
        assertEquals(List.of("18:00", "fermé", "fermé"), lab.get(18));

        Path file = folder.resolve("semaine.pdf");
        WeekReport.writePdf(WEEK, "Le Lieu", file, text);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(3, pdf.getNumberOfPages(), "a page per room, then the activities left out");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String fablab = stripper.getText(pdf);
            assertTrue(fablab.contains("La semaine de Fablab") && fablab.contains("Repair café (obligatoire)") && fablab.contains("lundi"), fablab);
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String left = stripper.getText(pdf);
            assertTrue(left.contains("Grand forum — Aucune salle n’accueille autant de personnes."), left);
        }
    }
}
