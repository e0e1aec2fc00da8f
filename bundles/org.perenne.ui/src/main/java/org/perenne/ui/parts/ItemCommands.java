/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.perenne.model.edit.CanvasDocument;

/** The item edits the canvas cards and the details panel offer: add, remove, move; each one undoable. */
final class ItemCommands {

    private ItemCommands() {
    }

    /**
     * A menu of the items that can be added to {@code owner} in {@code features} (all its features when
     * empty), named in the user's language; {@code created} hears the item added.
     */
    static Menu addMenu(Control parent, CanvasDocument document, EObject owner, Set<EReference> features,
            Consumer<EObject> created) {
        Menu menu = new Menu(parent);
        for (Object descriptor : document.editingDomain().getNewChildDescriptors(owner, null)) {
            if (!(descriptor instanceof CommandParameter parameter)
                    || !(parameter.getFeature() instanceof EStructuralFeature feature)
                    || !features.isEmpty() && !features.contains(feature)) {
                continue;
            }
            Command command = CreateChildCommand.create(document.editingDomain(), owner, descriptor, List.of(owner));
            if (!command.canExecute()) {
                command.dispose();
                continue;
            }
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(((CommandActionDelegate) command).getText());
            command.dispose();
            item.addListener(SWT.Selection, event -> {
                Command create = CreateChildCommand.create(document.editingDomain(), owner, descriptor, List.of(owner));
                document.execute(create);
                Collection<?> added = create.getAffectedObjects();
                if (!added.isEmpty() && added.iterator().next() instanceof EObject child) {
                    created.accept(child);
                }
            });
        }
        return menu;
    }

    /** Removes an item, and every reference to it (a rental's room, say); undo brings both back. */
    static void remove(CanvasDocument document, EObject item) {
        document.execute(DeleteCommand.create(document.editingDomain(), item));
    }

    /** Moves an item up (−1) or down (+1) among its siblings of the same kind; false at either end. */
    static boolean move(CanvasDocument document, EObject item, int delta) {
        EReference feature = item.eContainmentFeature();
        if (feature == null || !feature.isMany()) {
            return false;
        }
        List<?> siblings = (List<?>) item.eContainer().eGet(feature);
        int index = siblings.indexOf(item) + delta;
        if (index < 0 || index >= siblings.size()) {
            return false;
        }
        document.execute(MoveCommand.create(document.editingDomain(), item.eContainer(), feature, item, index));
        return true;
    }
}
