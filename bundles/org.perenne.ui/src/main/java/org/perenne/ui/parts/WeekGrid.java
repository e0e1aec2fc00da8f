/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.perenne.optimisation.timetable.Week;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.Messages;

/**
 * The solved week drawn as people plan a week: a column per day, split into a column per room (numbered,
 * their names above), the hours downwards; closed hours shaded; each placed activity a block coloured by its
 * kind (blue: it earns money, green: it serves a public), a mandatory one marked ★; its details on hover.
 * One room can be chosen, to read its week in wide columns. Under it, the activities left out and why.
 */
final class WeekGrid {

    static final Color REVENUE = new Color(0xBB, 0xDE, 0xFB), SOCIAL = new Color(0xC8, 0xE6, 0xC9),
            CLOSED = new Color(0xEE, 0xEE, 0xEE), LINE = new Color(0xD0, 0xD0, 0xD0), BORDER = new Color(0x42, 0x42, 0x42);
    private static final int GUTTER = 46, DAY_ROW = 18, ROOM_ROW = 18;

    private final Composite area;
    private final Combo roomChoice;
    private final Label roomNames;
    private final Canvas canvas;
    private final Table unplaced;
    private Week week;
    /** The words of the week, shared with its printed PDF. */
    private final org.perenne.report.ReportText reasons = new org.perenne.report.ReportText(Messages.locale());
    /** The place's name and the months its calendar covers. */
    private String place;
    private java.time.YearMonth from;
    private java.time.YearMonth until;
    /** The rooms drawn: every room, or the one chosen. */
    private List<Week.Room> shown = List.of();

    WeekGrid(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        Label legend = new Label(area, SWT.WRAP);
        legend.setText(Messages.get("week.legend"));
        GridData legendLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        legendLayout.widthHint = 200;
        legend.setLayoutData(legendLayout);
        // the room shown and the exports on a row that wraps when the part is narrow; the rooms' names under it
        Composite rooms = new Composite(area, SWT.NONE);
        org.eclipse.swt.layout.RowLayout roomsLayout = new org.eclipse.swt.layout.RowLayout();
        roomsLayout.wrap = true;
        roomsLayout.center = true;
        roomsLayout.marginLeft = roomsLayout.marginRight = roomsLayout.marginTop = roomsLayout.marginBottom = 0;
        rooms.setLayout(roomsLayout);
        GridData roomsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        roomsData.widthHint = 100; // the part's width decides, the row wraps
        rooms.setLayoutData(roomsData);
        roomChoice = new Combo(rooms, SWT.READ_ONLY);
        roomChoice.addListener(SWT.Selection, event -> choose(roomChoice.getSelectionIndex()));
        org.eclipse.swt.widgets.Button calendar = new org.eclipse.swt.widgets.Button(rooms, SWT.PUSH);
        calendar.setText(Messages.get("week.ics"));
        calendar.setToolTipText(Messages.get("week.ics.explained"));
        calendar.addListener(SWT.Selection, event -> exportCalendar());
        org.eclipse.swt.widgets.Button print = new org.eclipse.swt.widgets.Button(rooms, SWT.PUSH);
        print.setText(Messages.get("week.pdf"));
        print.setToolTipText(Messages.get("week.pdf.explained"));
        print.addListener(SWT.Selection, event -> exportPdf());
        // with every room, each column is headed by the room's number: the numbers' names, here
        roomNames = new Label(area, SWT.WRAP);
        GridData namesLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        namesLayout.widthHint = 200;
        roomNames.setLayoutData(namesLayout);
        canvas = new Canvas(area, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData(WeekGrid.class.getName(), this); // the layouts test finds the week among the controls
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridData canvasLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        canvasLayout.heightHint = 260;
        canvasLayout.minimumHeight = 260; // a short part scrolls rather than squeezing the week to nothing
        canvas.setLayoutData(canvasLayout);
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.MouseMove, event -> {
            String words = blockAt(event.x, event.y).map(this::describe).orElse(null);
            if (!Objects.equals(words, canvas.getToolTipText())) {
                canvas.setToolTipText(words);
            }
        });
        unplaced = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        unplaced.setHeaderVisible(true);
        GridData unplacedLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        unplacedLayout.heightHint = unplaced.getItemHeight() * 4;
        unplaced.setLayoutData(unplacedLayout);
        for (String key : new String[] { "week.unplaced", "week.why" }) {
            TableColumn column = new TableColumn(unplaced, SWT.LEFT);
            column.setText(Messages.get(key));
            column.setWidth(key.equals("week.unplaced") ? 220 : 420);
        }
    }

    Composite control() {
        return area;
    }

    /** Shows a solved week of a place whose canvas covers {@code first} … {@code last}, every room or the one chosen before. */
    void show(Week solved, String placeName, java.time.YearMonth first, java.time.YearMonth last) {
        place = placeName;
        from = first;
        until = last;
        String chosen = roomChoice.getSelectionIndex() > 0 ? roomChoice.getText() : null;
        week = solved;
        roomChoice.removeAll();
        roomChoice.add(Messages.get("week.allRooms"));
        solved.rooms().forEach(room -> roomChoice.add(room.name()));
        int again = chosen == null ? 0 : Math.max(0, java.util.Arrays.asList(roomChoice.getItems()).indexOf(chosen));
        roomChoice.select(again);
        choose(again);
        unplaced.removeAll();
        for (Week.Unplaced left : solved.unplaced()) {
            TableItem row = new TableItem(unplaced, SWT.NONE);
            row.setText(0, (left.mandatory() ? "★ " : "") + left.activity());
            row.setText(1, reasons.get("week.reason." + left.reason().name()));
        }
    }

    /** Writes the week as an iCalendar file where the user chooses, for the place's shared calendar. */
    private void exportCalendar() {
        if (week != null) {
            CanvasDialogs.export(area.getShell(), Messages.get("week.file") + ".ics", this::writeCalendar);
        }
    }

    /** Writes the week to print, a page per room, where the user chooses, and offers to open it. */
    private void exportPdf() {
        if (week != null) {
            CanvasDialogs.export(area.getShell(), Messages.get("week.file") + ".pdf",
                    file -> org.perenne.report.WeekReport.writePdf(week, place, file, reasons))
                    .ifPresent(written -> CanvasDialogs.offerToOpen(area.getShell(), Messages.get("week.pdf"),
                            Messages.get("week.pdf.written", written), Messages.get("week.pdf.open"), written));
        }
    }

    /** Writes the calendar file (the button's work; tests call it with a file). */
    void writeCalendar(java.nio.file.Path file) throws java.io.IOException {
        String calendar = org.perenne.optimisation.timetable.WeekCalendar.of(week, place, block -> Messages.get("week.icsDescription",
                block.attendees(), Messages.get(block.revenue() ? "week.revenue" : "week.social")), from, until);
        org.perenne.model.io.SafeFiles.write(file, out -> out.write(calendar.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Draws every room (0) or one (its index + 1). */
    void choose(int choice) {
        shown = choice <= 0 ? week.rooms() : List.of(week.rooms().get(choice - 1));
        List<String> names = new java.util.ArrayList<>();
        for (int r = 0; r < shown.size() && choice <= 0; r++) {
            names.add((r + 1) + "\u00a0" + shown.get(r).name());
        }
        roomNames.setText(choice <= 0 ? Messages.get("week.roomNumbers", org.perenne.model.FigureFormat.of(Messages.locale()).list(names)) : "");
        roomNames.setToolTipText(roomNames.getText());
        area.layout(true, true);
        canvas.redraw();
    }

    /** Where the week is drawn (tests). */
    Canvas canvas() {
        return canvas;
    }

    /** The week shown (tests). */
    Week week() {
        return week;
    }

    /** The rows of the activities left out, as shown (tests). */
    Table unplacedTable() {
        return unplaced;
    }

    /** Where a block is drawn on the canvas. */
    Rectangle bounds(Week.Block block) {
        Rectangle client = canvas.getClientArea();
        int columns = Math.max(1, week.days().size() * shown.size());
        double width = (client.width - GUTTER) / (double) columns;
        int column = week.days().indexOf(block.day()) * shown.size() + shown.indexOf(week.room(block));
        int x = GUTTER + (int) Math.round(column * width);
        return new Rectangle(x + 1, y(block.start()) + 1, (int) Math.round(width) - 2, y(block.end()) - y(block.start()) - 1);
    }

    /** The words the pointer shows at a point of the grid (tests): the block's details, or empty. */
    java.util.Optional<String> wordsAt(int x, int y) {
        return blockAt(x, y).map(this::describe);
    }

    private java.util.Optional<Week.Block> blockAt(int x, int y) {
        return week == null ? java.util.Optional.empty()
                : drawn().filter(block -> bounds(block).contains(x, y)).findFirst();
    }

    /** The blocks of the rooms drawn. */
    private java.util.stream.Stream<Week.Block> drawn() {
        return week.placed().stream().filter(block -> shown.contains(week.room(block)));
    }

    private String describe(Week.Block block) {
        return Messages.get("week.block", (block.mandatory() ? "★ " : "") + block.activity(), week.room(block).name(),
                block.day().getDisplayName(TextStyle.FULL, Messages.locale()), time(block.start()), time(block.end()), block.attendees(),
                Messages.get(block.revenue() ? "week.revenue" : "week.social"));
    }

    private int y(int minute) {
        Rectangle client = canvas.getClientArea();
        double perMinute = (client.height - DAY_ROW - ROOM_ROW - 10) / (double) Math.max(60, week.lastMinute() - week.firstMinute());
        return DAY_ROW + ROOM_ROW + (int) Math.round((minute - week.firstMinute()) * perMinute);
    }

    private static String time(int minute) {
        return String.format(java.util.Locale.ROOT, "%d:%02d", minute / 60, minute % 60);
    }

    private void paint(GC gc) {
        if (week == null || week.days().isEmpty() || shown.isEmpty()) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        List<DayOfWeek> days = week.days();
        int rooms = shown.size();
        double width = (client.width - GUTTER) / (double) (days.size() * rooms);
        gc.setAntialias(SWT.ON);
        // closed hours shaded, per room and day, half hour by half hour
        for (int d = 0; d < days.size(); d++) {
            for (int r = 0; r < rooms; r++) {
                int x = GUTTER + (int) Math.round((d * rooms + r) * width);
                for (int minute = week.firstMinute(); minute < week.lastMinute(); minute += 30) {
                    if (!shown.get(r).isOpen(days.get(d), minute)) {
                        gc.setBackground(CLOSED);
                        gc.fillRectangle(x, y(minute), (int) Math.ceil(width), y(minute + 30) - y(minute));
                    }
                }
            }
        }
        // the hours
        gc.setForeground(LINE);
        for (int hour = (week.firstMinute() + 59) / 60; hour * 60 <= week.lastMinute(); hour++) {
            int y = y(hour * 60);
            gc.drawLine(GUTTER, y, client.width, y);
            gc.setForeground(BORDER);
            gc.drawText(hour + " h", 4, y - gc.getFontMetrics().getHeight() / 2, true);
            gc.setForeground(LINE);
        }
        // days and rooms
        for (int d = 0; d < days.size(); d++) {
            int left = GUTTER + (int) Math.round(d * rooms * width);
            int dayWidth = (int) Math.round(rooms * width);
            gc.setForeground(BORDER);
            gc.drawLine(left, 0, left, client.height);
            String day = days.get(d).getDisplayName(dayWidth > 90 ? TextStyle.FULL : TextStyle.SHORT, Messages.locale());
            gc.drawText(FittedItems.shortened(gc, day, dayWidth - 4), left + 3, 1, true);
            for (int r = 0; r < rooms; r++) {
                int x = left + (int) Math.round(r * width);
                gc.setForeground(LINE);
                if (r > 0) {
                    gc.drawLine(x, DAY_ROW, x, client.height);
                }
                gc.setForeground(BORDER);
                String room = rooms == 1 ? shown.get(r).name() : Integer.toString(r + 1);
                gc.drawText(FittedItems.shortened(gc, room, (int) width - 4), x + 2, DAY_ROW, true);
            }
        }
        // the activities
        for (Week.Block block : drawn().toList()) {
            Rectangle box = bounds(block);
            gc.setBackground(block.revenue() ? REVENUE : SOCIAL);
            gc.fillRectangle(box);
            gc.setForeground(BORDER);
            gc.setLineWidth(block.mandatory() ? 2 : 1);
            gc.drawRectangle(box);
            gc.setLineWidth(1);
            gc.setClipping(box);
            gc.drawText(FittedItems.shortened(gc, (block.mandatory() ? "★ " : "") + block.activity(), box.width - 4), box.x + 2, box.y + 1, true);
            gc.setClipping((Rectangle) null);
        }
    }

    /** The point at the middle of a block (tests). */
    Point middle(Week.Block block) {
        Rectangle box = bounds(block);
        return new Point(box.x + box.width / 2, box.y + box.height / 2);
    }
}
