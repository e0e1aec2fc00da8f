/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * What a user reads on the screen, checked control by control: every text whole (a label, a button, a tab, a list's
 * choice, a field's content, a number, a group's title, a column's header, a row of a one-column list) and every
 * chart or week actually drawn (as tall as it can be read, its plot in colours, not a strip or a blank). A text wider
 * (or, wrapped, taller) than the room its control was given is read as a cut word.
 */
final class ScreenCheck {

    /** A chart lower or narrower than this cannot be read. */
    static final int SMALLEST_CHART_HEIGHT = 150, SMALLEST_CHART_WIDTH = 200;

    final List<String> cut = new ArrayList<>();
    final List<String> undrawn = new ArrayList<>();
    int texts;
    int charts;
    /** Where the check is (the layout, the part), said before each finding. */
    private String where = "";
    private final Set<String> said = new HashSet<>();

    /** Says where the next findings are ("workshop 1280×800 fr, dashboard"). */
    ScreenCheck at(String place) {
        where = place;
        return this;
    }

    private void cut(String finding) {
        if (said.add(finding)) { // the same cut word seen in two layouts is said once, where first seen
            cut.add(where + ": " + finding);
        }
    }

    /** The findings without the place they were seen at (to say each once). */
    private static String withoutPlace(String finding) {
        return finding.substring(finding.indexOf(": ") + 2);
    }

    /**
     * Checks what the screen shows once it has settled: a finding is looked at again after {@code settle} (the X
     * server draws, and the toolkit restyles a view shown for the first time since the text size changed, in its own
     * time); only what is still wrong then is kept.
     */
    void checkSettled(Control root, Runnable settle) {
        ScreenCheck first = new ScreenCheck().at(where);
        first.check(root);
        texts += first.texts;
        charts += first.charts;
        if (first.cut.isEmpty() && first.undrawn.isEmpty()) {
            return;
        }
        settle.run();
        ScreenCheck again = new ScreenCheck().at(where);
        again.said.addAll(said);
        again.check(root);
        again.cut.forEach(finding -> {
            if (said.add(withoutPlace(finding))) {
                cut.add(finding);
            }
        });
        undrawn.addAll(again.undrawn);
    }

    /** Walks the visible controls under {@code root}. */
    void check(Control control) {
        if (!control.isVisible()) {
            return;
        }
        // a chart or a week shown at no size at all is one squashed to nothing
        if (control.getData(ChartCanvas.class.getName()) instanceof ChartCanvas chart) {
            checkChart(control, chart.hasChart(), chart.nothing());
        } else if (control.getData(WeekGrid.class.getName()) != null) {
            checkChart(control, true, null);
        }
        if (control.getSize().x <= 0 || control.getSize().y <= 0) {
            if (control instanceof Label label && !label.getText().isEmpty()) {
                cut("label «" + label.getText() + "» given no room: " + control.getSize());
            }
            return;
        }
        if (scrolledAway(control)) {
            return; // below a scrolled area's visible part: the user scrolls to it
        }
        if (control instanceof Label || control instanceof Button || control instanceof Table || control instanceof Combo
                || control instanceof CLabel || control instanceof Text || control instanceof Spinner || control instanceof Group
                || control instanceof CTabFolder) {
            texts++;
        }
        Point shown = visible(control);
        if (control instanceof Label label && !label.getText().isEmpty()) {
            boolean wraps = (label.getStyle() & SWT.WRAP) != 0;
            Point needed = wraps ? label.computeSize(label.getSize().x, SWT.DEFAULT) : label.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            if (wraps ? needed.y > label.getSize().y + 1 || shown.x + 1 < label.getSize().x : needed.x > shown.x + 1) {
                cut("label «" + label.getText() + "» needs " + needed + ", has " + shown);
            }
        } else if (control instanceof CLabel label && label.getText() != null && !label.getText().isEmpty()) {
            if (label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > shown.x + 1) {
                cut("label «" + label.getText() + "» needs " + label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + " px, has " + shown.x);
            }
        } else if (control instanceof Button button && !button.getText().isEmpty()
                && (button.getStyle() & (SWT.PUSH | SWT.CHECK | SWT.RADIO)) != 0) {
            Point needed = button.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            if (needed.x > shown.x + 1) {
                cut("button «" + button.getText() + "» needs " + needed.x + " px, has " + shown.x);
            }
        } else if (control instanceof Combo combo && !combo.getText().isEmpty()) {
            int needed = width(combo, combo.getText()) + 36; // the choice shown, read whole beside the arrow
            if (needed > shown.x + 1) {
                cut("list «" + combo.getText() + "» needs " + needed + " px, has " + shown.x);
            }
        } else if (control instanceof Text text && (text.getStyle() & SWT.SINGLE) != 0 && !text.getText().isEmpty()) {
            int needed = width(text, text.getText()) + 10;
            if (needed > shown.x + 1) {
                cut("field «" + text.getText() + "» needs " + needed + " px, has " + shown.x);
            }
        } else if (control instanceof Spinner spinner) {
            int needed = spinner.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
            if (needed > shown.x + 1) {
                cut("number " + spinner.getSelection() + " needs " + needed + " px, has " + shown.x);
            }
        } else if (control instanceof Group group && !group.getText().isEmpty()) {
            int needed = width(group, group.getText()) + 16;
            if (needed > shown.x + 1) {
                cut("group «" + group.getText() + "» needs " + needed + " px, has " + shown.x);
            }
        } else if (control instanceof CTabFolder folder) {
            for (CTabItem tab : folder.getItems()) {
                int needed = width(folder, tab.getText()) + 4;
                if (!tab.isShowing()) {
                    cut("tab «" + tab.getText() + "» hidden behind the chevron");
                } else if (needed > tab.getBounds().width) {
                    cut("tab «" + tab.getText() + "» needs " + needed + " px, has " + tab.getBounds().width);
                }
            }
        } else if (control instanceof Table table && table.getHeaderVisible()) {
            for (TableColumn column : table.getColumns()) {
                int needed = width(table, column.getText()) + 12;
                if (needed > column.getWidth()) {
                    cut("column «" + column.getText() + "» needs " + needed + " px, has " + column.getWidth());
                }
            }
        } else if (control instanceof Table list && list.getColumnCount() == 0) {
            // a list of one column (the canvas's cards): a row too long ends with "…" and shows whole on hover
            for (org.eclipse.swt.widgets.TableItem row : list.getItems()) {
                int room = list.getClientArea().width - Math.max(0, row.getTextBounds(0).x);
                boolean shortened = row.getText().endsWith("…") && row.getData(FittedItems.WHOLE) instanceof String;
                if (width(list, row.getText()) > room && !shortened) {
                    cut("row «" + row.getText() + "» needs " + width(list, row.getText()) + " px, has " + room);
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                check(child);
            }
        }
    }

    private static int width(Control control, String text) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    /**
     * A chart with something to draw is tall and wide enough to read and drawn: its pixels hold colours, not a blank;
     * a chart with nothing to draw says why in words that fit; a place for a chart with neither is a path left blank.
     */
    private void checkChart(Control control, boolean hasChart, String nothing) {
        charts++;
        org.eclipse.swt.custom.ScrolledComposite scrolled = scrolledArea(control);
        if (scrolled != null && visible(control).y < Math.min(control.getSize().y, SMALLEST_CHART_HEIGHT)) {
            // below the fold of a scrolled area: scrolled to, as a user would, and looked at there
            Point origin = scrolled.getOrigin();
            scrolled.showControl(control);
            pump(control.getDisplay());
            checkChartInView(control, hasChart, nothing);
            scrolled.setOrigin(origin);
            pump(control.getDisplay());
            return;
        }
        checkChartInView(control, hasChart, nothing);
    }

    private static org.eclipse.swt.custom.ScrolledComposite scrolledArea(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                return scrolled;
            }
        }
        return null;
    }

    /** Lets the screen catch up (the X server draws in its own time). */
    private static void pump(org.eclipse.swt.widgets.Display display) {
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end && DesktopTestBench.dispatchOrPause(display)) {
            // the X server draws meanwhile
        }
    }

    private void checkChartInView(Control control, boolean hasChart, String nothing) {
        Point size = control.getSize();
        String name = control.getParent().getClass().getSimpleName() + " " + control.getBounds();
        if (nothing != null) {
            if (width(control, nothing) > size.x) {
                cut("the sentence «" + nothing + "» needs " + width(control, nothing) + " px, has " + size.x);
            }
            return;
        }
        if (!hasChart) {
            undrawn.add(where + ": a chart left blank, without a word (" + name + ")");
            return;
        }
        if (size.y < SMALLEST_CHART_HEIGHT || size.x < SMALLEST_CHART_WIDTH) {
            undrawn.add(where + ": a chart squashed to " + size.x + "×" + size.y + " px (" + name + ")");
            return;
        }
        int[] found = colours(control);
        if (found[0] < 4 || found[1] < size.x * size.y / 50) {
            undrawn.add(where + ": a chart blank on screen: " + found[0] + " colours, " + found[1] + " pixels drawn (" + name + ")");
        }
    }

    /** The distinct colours and the pixels that are not the background, as the screen shows the control now. */
    static int[] colours(Control control) {
        Point size = visible(control);
        if (size.x <= 0 || size.y <= 0) {
            return new int[] { 0, 0 };
        }
        control.update();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Set<Integer> colours = new HashSet<>();
        int background = data.getPixel(0, 0);
        int drawn = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                int pixel = data.getPixel(x, y);
                colours.add(pixel);
                drawn += pixel != background && pixel != 0xFFFFFF ? 1 : 0;
            }
        }
        return new int[] { colours.size(), drawn };
    }

    /** Whether the control lies in a scrolled area, outside the part of it that shows. */
    static boolean scrolledAway(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof org.eclipse.swt.custom.ScrolledComposite) {
                return visible(control).y < control.getSize().y;
            }
        }
        return false;
    }

    /**
     * The part of a control that shows: its size cut by every ancestor's client area (a label laid out at its full width
     * still loses what falls outside its part).
     */
    static Point visible(Control control) {
        Rectangle shown = control.getDisplay().map(control.getParent(), null, control.getBounds());
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            Rectangle area = control.getDisplay().map(parent, null, parent.getClientArea());
            shown = shown.intersection(area);
            if (parent instanceof org.eclipse.swt.widgets.Shell) {
                break;
            }
        }
        return new Point(Math.max(0, shown.width), Math.max(0, shown.height));
    }
}
