/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.MembershipTier;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage;
import org.perenne.model.Room;

/** Edits go through the EMF command stack: undo, redo, the dirty state and saving work headless. */
class CanvasEditingTest {

    @TempDir
    Path folder;

    private CanvasDocument openCopyOfTheHybridSample() throws Exception {
        Path file = folder.resolve("canevas.perenne");
        Files.copy(Path.of("../../model-samples/tiers-lieu-hybride.perenne"), file);
        CanvasDocument.OpenResult opened = CanvasDocument.open(file, Locale.FRENCH);
        assertEquals(Diagnostic.OK, opened.problem().getSeverity(), "the sample opens");
        return opened.document();
    }

    @Test
    void editUndoRedoAndSave() throws Exception {
        CanvasDocument document = openCopyOfTheHybridSample();
        AtomicInteger changes = new AtomicInteger();
        document.addListener(d -> changes.incrementAndGet());
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");

        document.execute(SetCommand.create(document.editingDomain(), resident,
                PerennePackage.Literals.MEMBERSHIP_TIER__MONTHLY_FEE, 260.0));
        assertEquals(260.0, resident.getMonthlyFee());
        assertTrue(document.isDirty());

        Room annex = PerenneFactory.eINSTANCE.createRoom();
        annex.setName("Annexe");
        document.execute(AddCommand.create(document.editingDomain(), document.canvas().getSpaces(),
                PerennePackage.Literals.SPACES_BLOCK__ROOMS, annex));
        assertEquals(6, document.canvas().getSpaces().getRooms().size());

        document.undo();
        document.undo();
        assertEquals(220.0, resident.getMonthlyFee());
        assertEquals(5, document.canvas().getSpaces().getRooms().size());
        assertFalse(document.isDirty());
        assertFalse(document.canUndo());

        document.redo();
        assertTrue(document.isDirty());
        document.save();
        assertFalse(document.isDirty());
        assertEquals(6, changes.get(), "listeners hear every edit, undo, redo and save");

        CanvasDocument reopened = CanvasDocument.open(document.file(), Locale.FRENCH).document();
        assertEquals(260.0, ((MembershipTier) reopened.canvas().eResource().getEObject("tier-resident")).getMonthlyFee());
        assertTrue(Files.exists(document.file().resolveSibling("canevas.perenne.bak")));
    }

    @Test
    void problemsFollowTheEditsAndTheirUndo() throws Exception {
        CanvasDocument document = openCopyOfTheHybridSample();
        assertEquals(List.of(), document.validate().getChildren());
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");
        document.execute(SetCommand.create(document.editingDomain(), resident,
                PerennePackage.Literals.MEMBERSHIP_TIER__MONTHLY_CHURN, 1.5));
        List<Diagnostic> problems = document.validate().getChildren();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).getMessage().contains("« Départs par mois » vaut 1,5"),
                problems.get(0).getMessage());
        assertEquals(resident, problems.get(0).getData().get(0), "a problem points at the item to fix");
        document.undo();
        assertEquals(List.of(), document.validate().getChildren());
    }

    @Test
    void aFileThatCannotBeReadGivesAProblemAndNoDocument() throws Exception {
        Path broken = folder.resolve("abime.perenne");
        Files.writeString(broken, "<perenne:Canvas");
        CanvasDocument.OpenResult opened = CanvasDocument.open(broken, Locale.FRENCH);
        assertNull(opened.document());
        assertTrue(opened.problem().getMessage().startsWith("Le fichier « abime.perenne » ne peut pas être ouvert"),
                opened.problem().getMessage());
    }

    @Test
    void itemProvidersNameItemsInTheUsersLanguage() throws Exception {
        CanvasDocument document = openCopyOfTheHybridSample();
        Room room = (Room) document.canvas().eResource().getEObject("salle-reunion");
        IItemLabelProvider labels = (IItemLabelProvider) document.adapterFactory().adapt(room, IItemLabelProvider.class);
        assertTrue(labels.getText(room).endsWith("Salle de réunion « Canopée »"), labels.getText(room));
    }

    @Test
    void aNewCanvasHasNoFileUntilSavedAs() throws Exception {
        CanvasDocument document = CanvasDocument.create(
                org.perenne.model.templates.CanvasTemplates.empty("Nouveau lieu", java.time.YearMonth.of(2027, 1), 3),
                Locale.FRENCH);
        assertNull(document.file());
        assertFalse(document.isDirty());
        assertThrows(java.io.IOException.class, document::save, "no file to save to yet");
        Path target = folder.resolve("nouveau.perenne");
        document.saveAs(target);
        assertEquals(target.toAbsolutePath(), document.file());
        assertEquals("Nouveau lieu", CanvasDocument.open(target, Locale.FRENCH).document().canvas().getName());
    }

    @Test
    void aRecoveryCopyReopensAsTheModifiedOriginal() throws Exception {
        CanvasDocument document = openCopyOfTheHybridSample();
        MembershipTier resident = (MembershipTier) document.canvas().eResource().getEObject("tier-resident");
        document.execute(SetCommand.create(document.editingDomain(), resident,
                PerennePackage.Literals.MEMBERSHIP_TIER__MONTHLY_FEE, 275.0));
        Path copy = folder.resolve("recovery.perenne");
        org.perenne.model.io.CanvasFiles.saveCopy(document.canvas(), copy);
        assertEquals(document.file(), Path.of(document.canvas().eResource().getURI().toFileString()),
                "a copy leaves the canvas tied to its own file");
        assertFalse(Files.exists(org.perenne.model.io.CanvasFiles.backupOf(copy)), "no backup of a copy");

        CanvasDocument recovered = CanvasDocument.recover(copy, document.file(), Locale.FRENCH).document();
        assertEquals(document.file(), recovered.file());
        assertTrue(recovered.isDirty(), "changes never saved to the original");
        assertEquals(275.0, ((MembershipTier) recovered.canvas().eResource().getEObject("tier-resident")).getMonthlyFee());
        recovered.save();
        assertFalse(recovered.isDirty());
        assertEquals(275.0, ((MembershipTier) CanvasDocument.open(document.file(), Locale.FRENCH).document().canvas()
                .eResource().getEObject("tier-resident")).getMonthlyFee());
    }
}
