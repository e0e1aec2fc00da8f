/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

/** The tables of the parts: a list of rows with headers and lines, filling the part. */
final class Tables {

    private Tables() {
    }

    static TableViewer create(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    static TableViewerColumn column(TableViewer viewer, String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
        return column;
    }

    /** A table of figures filling its place in a grid: its titles and lines shown. */
    static Table table(Composite parent, GridData layout) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(layout);
        return table;
    }

    /**
     * The open canvas when its figures can be computed; else null, {@code status} saying why (no canvas,
     * or one with errors to fix) and {@code table} emptied.
     */
    static CanvasDocument computable(CanvasSession session, Label status, Table table) {
        CanvasDocument document = session.document().orElse(null);
        if (document == null || document.validate().getSeverity() >= Diagnostic.ERROR) {
            status.setText(Messages.get(document == null ? "dashboard.noCanvas" : "dashboard.invalid"));
            table.removeAll();
            return null;
        }
        return document;
    }

    /**
     * Shows a report table in an SWT table: titles and cells in the reader's words (the same as the
     * report's and the CSV files'), numbers right-aligned; a click on a title sorts by that column (again:
     * the other way), on the cells' values, not on their text.
     */
    @SuppressWarnings("unchecked")
    static void show(Table table, ReportTable shown, ReportText text) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            List<Object[]> rows = new ArrayList<>(shown.rows());
            for (int c = 0; c < shown.columns().size(); c++) {
                ReportTable.Column column = shown.columns().get(c);
                TableColumn header = new TableColumn(table, column.kind().words() ? SWT.LEFT : SWT.RIGHT);
                header.setText(text.title(shown, column));
                header.setToolTipText(text.title(shown, column));
                int index = c;
                header.addListener(SWT.Selection, event -> {
                    boolean up = table.getSortColumn() != header || table.getSortDirection() != SWT.UP;
                    Comparator<Object[]> order = Comparator.comparing(row -> (Comparable<Object>) comparable(row[index]),
                            Comparator.nullsLast(Comparator.naturalOrder()));
                    rows.sort(up ? order : order.reversed());
                    table.setSortColumn(header);
                    table.setSortDirection(up ? SWT.UP : SWT.DOWN);
                    fill(table, shown, rows, text);
                });
            }
            fill(table, shown, rows, text);
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private static Comparable<?> comparable(Object cell) {
        return cell instanceof Comparable<?> value ? value : cell == null ? null : cell.toString();
    }

    private static void fill(Table table, ReportTable shown, List<Object[]> rows, ReportText text) {
        table.removeAll();
        for (Object[] row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            // rows may be sorted: a table whose rows have kinds of their own finds each row's place
            int original = shown.rowKinds().isEmpty() ? 0 : shown.rows().indexOf(row);
            for (int c = 0; c < row.length; c++) {
                item.setText(c, text.cell(shown.kind(original, c), row[c]));
            }
        }
    }
}
