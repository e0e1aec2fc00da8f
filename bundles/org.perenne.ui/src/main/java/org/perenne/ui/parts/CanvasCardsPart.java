/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.perenne.charts.ChartText;
import org.perenne.charts.IncomeMixChart;
import org.perenne.model.Canvas;
import org.perenne.model.CanvasBlocks;
import org.perenne.model.CanvasBlocks.Block;
import org.perenne.model.FigureFormat;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.Projection;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The canvas on one screen: its nine blocks as cards (community, offers, spaces / team, partners,
 * income / public funding, costs, impact) and a tenth for the rest (seasonality, uncertainty,
 * activities, plan settings). Each card lists its items; add, remove and reorder them in place; the
 * selected item's details open beside. The income card is computed, not typed: the first year's
 * income per stream. The window title names the canvas and says when it is modified.
 */
public final class CanvasCardsPart {

    @Inject
    private CanvasSession session;
    @Inject
    private MWindow window;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private org.eclipse.e4.ui.workbench.modeling.EPartService parts;

    private Composite cards;
    private Label name;
    private Label hint;
    private Font titleFont;
    private final List<Card> shownCards = new ArrayList<>();
    private CanvasDocument shown;
    private DocumentLabels labels;

    private CanvasSession.Listener listener;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        titleFont = TitleFont.of(parent, 1);
        labels = new DocumentLabels(parent);
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(2, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        name = new Label(header, SWT.NONE);
        name.setFont(titleFont);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button settings = new Button(header, SWT.PUSH);
        settings.setText(Messages.get("cards.settings"));
        settings.setToolTipText(Messages.get("cards.settings.explained"));
        settings.addListener(SWT.Selection, event -> session.document().ifPresent(d -> session.select(d.canvas())));
        hint = new Label(parent, SWT.WRAP);
        hint.setText(Messages.get("tree.empty"));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Scrolling scroll = new Scrolling(parent);
        scroll.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        cards = scroll.newContent();
        GridLayout grid = new GridLayout(3, true);
        grid.horizontalSpacing = 6;
        grid.verticalSpacing = 6;
        cards.setLayout(grid);
        for (Block block : CanvasBlocks.ALL) {
            shownCards.add(new Card(cards, block));
        }
        window.getContext().set(IWindowCloseHandler.class,
                closing -> CanvasDialogs.mayDiscard(parent.getShell(), session));
        listener = PartListener.following(cards, this::refresh, item -> shownCards.forEach(card -> card.highlight(item)));
        session.addListener(listener);
        refresh();
        if (session.document().isEmpty() && parts != null) {
            // nothing opened from the command line: start on the welcome page
            parent.getDisplay().asyncExec(() -> parts.showPart("org.perenne.ui.part.welcome",
                    org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE));
        }
    }

    private void refresh() {
        if (cards.isDisposed()) {
            return;
        }
        CanvasDocument document = session.document().orElse(null);
        if (document != shown) {
            shown = document;
        }
        hint.setVisible(document == null);
        ((GridData) hint.getLayoutData()).exclude = document != null;
        name.setText(document == null ? "" : titleOf(document));
        name.setToolTipText(document == null || document.file() == null ? null : document.file().toString());
        Projection projection = firstYear(document);
        shownCards.forEach(card -> card.fill(document, projection));
        session.selection().ifPresent(item -> shownCards.forEach(card -> card.highlight(item)));
        cards.layout(true, true);
        cards.getParent().notifyListeners(SWT.Resize, null);
        name.getParent().getParent().layout(true, true);
        window.setLabel(document == null ? Messages.get("title.noCanvas")
                : Messages.get("title.canvas", titleOf(document), document.isDirty() ? Messages.get("title.dirty") : ""));
    }

    /** The projection behind the income card; null while the canvas cannot be simulated. */
    private static Projection firstYear(CanvasDocument document) {
        if (document == null || document.validate().getSeverity() >= Diagnostic.ERROR) {
            return null;
        }
        return new CashFlowEngine(CanvasCompiler.compile(document.canvas())).project();
    }

    static String titleOf(CanvasDocument document) {
        String title = document.canvas().getName();
        if (title != null && !title.isBlank()) {
            return title;
        }
        return document.file() == null ? Messages.get("title.untitled") : String.valueOf(document.file().getFileName());
    }

    /** One block of the canvas: its title (explained on hover), its items and the buttons that change them. */
    private final class Card {
        private final Block block;
        private final Table items;
        private final List<EObject> rows = new ArrayList<>();
        private final Button add;
        private final Button remove;
        private final Button up;
        private final Button down;
        private CanvasDocument document;

        /** An empty card says, in grey and wrapped to its width, what to add to it ("+" to begin). */
        private void drawHintWhenEmpty(org.eclipse.swt.graphics.GC gc) {
            if (items.getItemCount() > 0 || document == null) {
                return;
            }
            gc.setForeground(items.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
            int width = Math.max(40, items.getClientArea().width - 8);
            int y = 4;
            StringBuilder line = new StringBuilder();
            for (String word : Messages.get("cards.hint." + block.key()).split(" ")) {
                String longer = line.length() == 0 ? word : line + " " + word;
                if (gc.textExtent(longer).x > width && line.length() > 0) {
                    gc.drawText(line.toString(), 4, y, true);
                    y += gc.getFontMetrics().getHeight();
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            gc.drawText(line.toString(), 4, y, true);
        }

        Card(Composite parent, Block block) {
            this.block = block;
            Composite card = new Composite(parent, SWT.BORDER);
            card.setLayout(new GridLayout(5, false));
            GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
            layout.horizontalSpan = block.key().equals("other") ? 3 : 1;
            card.setLayoutData(layout);
            Label title = new Label(card, SWT.WRAP);
            title.setText(Messages.get("block." + block.key()).replace("&", "&&")); // "&" is not a mnemonic here
            title.setFont(titleFont);
            title.setToolTipText(Messages.explainBlock(block.key()));
            // the title has the card's whole width (a narrow card cut "Subventions & financements" beside its buttons)
            GridData titleLayout = new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1);
            titleLayout.widthHint = 80;
            title.setLayoutData(titleLayout);
            new Label(card, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            boolean editable = !block.features().isEmpty();
            add = button(card, "+", "cards.add", editable);
            remove = button(card, "−", "cards.remove", editable);
            up = button(card, "↑", "cards.up", editable);
            down = button(card, "↓", "cards.down", editable);
            items = new Table(card, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
            items.setData("block", block.key());
            GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
            tableLayout.heightHint = items.getItemHeight() * (block.key().equals("other") ? 2 : 4);
            tableLayout.widthHint = 120;
            items.setLayoutData(tableLayout);
            FittedItems.attach(items, Messages.explainBlock(block.key()));
            items.addListener(SWT.Paint, event -> drawHintWhenEmpty(event.gc));
            items.addListener(SWT.Selection, event -> {
                int index = items.getSelectionIndex();
                if (index >= 0 && index < rows.size()) {
                    session.select(rows.get(index));
                }
            });
            add.addListener(SWT.Selection, event -> {
                if (document == null) {
                    return;
                }
                Menu menu = ItemCommands.addMenu(add, document, block.owner().apply(document.canvas()),
                        Set.copyOf(block.features()), session::select);
                Point below = add.toDisplay(0, add.getSize().y);
                menu.setLocation(below);
                menu.setVisible(true);
            });
            remove.addListener(SWT.Selection, event -> selectedRow().ifPresent(item -> ItemCommands.remove(document, item)));
            up.addListener(SWT.Selection, event -> selectedRow().ifPresent(item -> ItemCommands.move(document, item, -1)));
            down.addListener(SWT.Selection, event -> selectedRow().ifPresent(item -> ItemCommands.move(document, item, 1)));
        }

        private Button button(Composite parent, String text, String key, boolean visible) {
            Button button = new Button(parent, SWT.PUSH | SWT.FLAT);
            button.setText(text);
            button.setToolTipText(Messages.get(key));
            GridData layout = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
            layout.exclude = !visible;
            button.setLayoutData(layout);
            button.setVisible(visible);
            return button;
        }

        private java.util.Optional<EObject> selectedRow() {
            int index = items.getSelectionIndex();
            return document == null || index < 0 || index >= rows.size() ? java.util.Optional.empty()
                    : java.util.Optional.of(rows.get(index));
        }

        void fill(CanvasDocument opened, Projection projection) {
            document = opened;
            rows.clear();
            items.removeAll();
            boolean open = opened != null;
            add.setEnabled(open);
            remove.setEnabled(open);
            up.setEnabled(open);
            down.setEnabled(open);
            if (!open) {
                return;
            }
            if (block.features().isEmpty()) {
                fillIncome(projection);
            } else {
                for (EObject item : block.items(opened.canvas())) {
                    rows.add(item);
                    TableItem row = new TableItem(items, SWT.NONE);
                    row.setText(labels.of(opened).getText(item));
                    row.setImage(labels.of(opened).getImage(item));
                }
            }
            FittedItems.fit(items);
        }

        private void fillIncome(Projection projection) {
            if (projection == null) {
                new TableItem(items, SWT.NONE).setText(Messages.get("cards.income.unavailable"));
                return;
            }
            ChartText text = new ChartText(Messages.locale());
            FigureFormat figures = FigureFormat.of(Messages.locale());
            for (IncomeMixChart.Stream stream : IncomeMixChart.Stream.values()) {
                double amount = stream.inYear(projection, 1);
                if (Math.round(amount) != 0) {
                    new TableItem(items, SWT.NONE).setText(Messages.get("cards.income.line", text.get(stream.key()),
                            figures.whole(amount)));
                }
            }
        }

        void highlight(EObject item) {
            if (item == null) {
                items.deselectAll();
                return;
            }
            for (EObject shown = item; shown != null; shown = shown.eContainer()) {
                int index = rows.indexOf(shown);
                if (index >= 0) {
                    items.setSelection(index);
                    return;
                }
            }
            items.deselectAll();
        }
    }

    /** A card's title, by block key (tests). */
    String titleOf(String block) {
        return ((Label) itemsOf(block).getParent().getChildren()[0]).getText().replace("&&", "&");
    }

    /** The card tables, by block key (tests). */
    Table itemsOf(String block) {
        return shownCards.stream().filter(card -> card.block.key().equals(block)).findFirst().orElseThrow().items;
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
