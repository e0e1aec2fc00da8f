/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.perenne.model.io.SafeFiles;
import org.perenne.optimisation.timetable.Week;

/**
 * The week of the timetable to print and pin on each room's door: a page per room, its days across and its
 * half hours down, each activity written where it starts (said mandatory when it is) and followed by "│"
 * while it lasts, the hours the room is closed marked; then the activities left out and why.
 */
public final class WeekReport {

    private static final int STEP = 30;

    private WeekReport() {
    }

    /** Writes the week's PDF, whole or not at all. */
    public static void writePdf(Week week, String place, Path file, ReportText text) throws IOException {
        SafeFiles.write(file, out -> writePdf(week, place, out, text));
    }

    /** The rows of a room's page: a half hour each, a column per day (tests read them). */
    static List<List<String>> rows(Week week, Week.Room room, ReportText text) {
        List<List<String>> rows = new ArrayList<>();
        for (int minute = week.firstMinute(); minute < week.lastMinute(); minute += STEP) {
            List<String> row = new ArrayList<>();
            row.add(String.format(Locale.ROOT, "%d:%02d", minute / 60, minute % 60));
            for (DayOfWeek day : week.days()) {
                row.add(cell(week, room, day, minute, text));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String cell(Week week, Week.Room room, DayOfWeek day, int minute, ReportText text) {
        int at = minute;
        Optional<Week.Block> block = week.placed().stream()
                .filter(b -> b.roomId().equals(room.id()) && b.day() == day && b.start() < at + STEP && at < b.end()).findFirst();
        if (block.isPresent()) {
            Week.Block shown = block.get();
            return shown.start() >= at ? (shown.mandatory() ? text.get("pdf.week.mandatory", shown.activity()) : shown.activity()) : "│";
        }
        return room.isOpen(day, minute) ? "" : text.get("pdf.week.closed");
    }

    private static void writePdf(Week week, String place, OutputStream out, ReportText text) throws IOException {
        try (PdfLayout pdf = new PdfLayout(text.figures())) {
            pdf.document.getDocumentInformation().setTitle(text.get("pdf.week.document", place));
            List<String> header = new ArrayList<>();
            header.add("");
            week.days().forEach(day -> header.add(day.getDisplayName(TextStyle.FULL, text.locale())));
            for (Week.Room room : week.rooms()) {
                pdf.newPage(PdfLayout.LANDSCAPE);
                pdf.paragraph(text.get("pdf.week.title", room.name()), pdf.bold, 15, PdfLayout.INK);
                pdf.paragraph(text.get("pdf.week.subtitle", place, room.capacity()), pdf.regular, 9, PdfLayout.MUTED);
                pdf.gap(4);
                pdf.table(header, rows(week, room, text), 50, 8, Set.of());
            }
            pdf.newPage(PdfLayout.PORTRAIT);
            pdf.heading(text.get("pdf.week.unplaced"), 14);
            if (week.unplaced().isEmpty()) {
                pdf.paragraph(text.get("pdf.week.allPlaced"), pdf.regular, 10, PdfLayout.INK);
            }
            for (Week.Unplaced left : week.unplaced()) {
                pdf.paragraph((left.mandatory() ? text.get("pdf.week.mandatory", left.activity()) : left.activity()) + " — "
                        + text.get("week.reason." + left.reason().name()),
                        pdf.regular, 10, PdfLayout.INK);
            }
            pdf.footers("Pérenne — " + text.get("pdf.week.document", place), (page, pages) -> text.get("pdf.page", page, pages));
            pdf.document.save(out);
        }
    }
}
