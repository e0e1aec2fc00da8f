/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.MembershipTier;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage;
import org.perenne.model.Room;
import org.perenne.model.io.CanvasFiles;

/** Edits go through the EMF command stack: undo, redo and the dirty state work headless. */
class CanvasEditingTest {

    @TempDir
    Path folder;

    @Test
    void editUndoRedoAndSave() throws Exception {
        Path file = folder.resolve("canevas.perenne");
        Files.copy(Path.of("../../model-samples/tiers-lieu-hybride.perenne"), file);
        Canvas canvas = CanvasFiles.load(file, Locale.FRENCH).canvas();
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(new PerenneItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, stack,
                canvas.eResource().getResourceSet());
        MembershipTier resident = (MembershipTier) canvas.eResource().getEObject("tier-resident");

        Command raiseFee = SetCommand.create(domain, resident, PerennePackage.Literals.MEMBERSHIP_TIER__MONTHLY_FEE, 260.0);
        stack.execute(raiseFee);
        assertEquals(260.0, resident.getMonthlyFee());
        assertTrue(stack.isSaveNeeded());

        Room annex = PerenneFactory.eINSTANCE.createRoom();
        annex.setName("Annexe");
        stack.execute(AddCommand.create(domain, canvas.getSpaces(), PerennePackage.Literals.SPACES_BLOCK__ROOMS, annex));
        assertEquals(6, canvas.getSpaces().getRooms().size());

        stack.undo();
        stack.undo();
        assertEquals(220.0, resident.getMonthlyFee());
        assertEquals(5, canvas.getSpaces().getRooms().size());
        assertFalse(stack.isSaveNeeded());

        stack.redo();
        CanvasFiles.save(canvas, file);
        stack.saveIsDone();
        assertFalse(stack.isSaveNeeded());
        MembershipTier reloaded = (MembershipTier) CanvasFiles.load(file, Locale.FRENCH).canvas().eResource()
                .getEObject("tier-resident");
        assertEquals(260.0, reloaded.getMonthlyFee());
    }

    @Test
    void itemProvidersNameItemsInTheUsersLanguage() {
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(new PerenneItemProviderAdapterFactory());
        Room room = PerenneFactory.eINSTANCE.createRoom();
        room.setName("Canopée");
        org.eclipse.emf.edit.provider.IItemLabelProvider labels = (org.eclipse.emf.edit.provider.IItemLabelProvider) adapters
                .adapt(room, org.eclipse.emf.edit.provider.IItemLabelProvider.class);
        assertTrue(labels.getText(room).endsWith("Canopée"), labels.getText(room));
    }
}
