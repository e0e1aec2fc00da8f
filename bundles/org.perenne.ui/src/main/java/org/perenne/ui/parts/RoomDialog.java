/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.perenne.room.Question;
import org.perenne.room.Room;
import org.perenne.room.RoomAddresses;
import org.perenne.ui.Messages;

/**
 * Workshop › Open the room: which figures to ask (1 to 8 of the canvas's uncertain figures) and on which network
 * the phones reach this computer.
 */
public final class RoomDialog extends WordedDialog<RoomDialog.Choice> {

    /** The figures asked, by their keys, and the address to listen on. */
    public record Choice(List<String> figures, InetAddress host) {
    }

    private final List<Question> questions;
    private final List<RoomAddresses.Choice> networks = RoomAddresses.choices();
    private final List<Button> asked = new ArrayList<>();
    private Combo network;
    private Label count;

    public RoomDialog(Shell parent, List<Question> questions) {
        super(parent, Messages.get("room.title"));
        this.questions = questions;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = introducedArea(parent, Messages.get("room.dialog.intro"), 560);
        Label figures = new Label(area, SWT.NONE);
        figures.setText(Messages.get("room.dialog.figures"));
        figures.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        for (Question question : questions) {
            Button box = new Button(area, SWT.CHECK);
            box.setText(question.current() == null ? question.labelWithUnit(Messages.locale())
                    : Messages.get("room.dialog.figure", question.labelWithUnit(Messages.locale()),
                            question.unit().withUnit(question.shown(question.current(), Messages.locale()), Messages.locale())));
            box.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            box.addListener(SWT.Selection, event -> update());
            asked.add(box);
        }
        count = new Label(area, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText(Messages.get("room.dialog.network"));
        network = new Combo(area, SWT.READ_ONLY);
        for (RoomAddresses.Choice choice : networks) {
            network.add(Messages.get(choice.address().isLoopbackAddress() ? "room.dialog.loopback" : "room.dialog.choice",
                    choice.network(), choice.address().getHostAddress()));
        }
        network.select(0);
        network.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.get("room.dialog.open"));
        update();
    }

    /** Says how many figures are chosen; opening needs 1 to 8. */
    private void update() {
        long chosen = asked.stream().filter(Button::getSelection).count();
        count.setText(Messages.get("room.dialog.count", chosen, Room.MOST_FIGURES));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(chosen >= 1 && chosen <= Room.MOST_FIGURES);
        }
    }

    @Override
    protected void okPressed() {
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (asked.get(i).getSelection()) {
                figures.add(questions.get(i).figure());
            }
        }
        answer = new Choice(figures, networks.get(Math.max(0, network.getSelectionIndex())).address());
        super.okPressed();
    }

    /** Whether "Open the room" can be pressed (tests). */
    boolean canOpen() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** Ticks a figure, as a user would (tests). */
    void ask(int figure) {
        asked.get(figure).setSelection(true);
        update();
    }
}
