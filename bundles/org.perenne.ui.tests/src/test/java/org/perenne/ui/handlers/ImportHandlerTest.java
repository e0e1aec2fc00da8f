/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.Messages;

/** File › Import offers or costs: a clean file is one edit to undo; a bad one adds nothing and says why. */
class ImportHandlerTest {

    /** A copy of the fablab sample, in French (the import tests of this package share it). */
    static CanvasDocument sample() {
        Messages.use(Locale.FRENCH);
        Path file = Path.of(System.getProperty("perenne.samples", "../../model-samples")).resolve("fablab.perenne");
        return CanvasDocument.openCopy(file, Locale.FRENCH).document();
    }

    @Test
    void aCleanFileIsAddedAsOneEditAndOneUndoTakesItBack(@TempDir Path folder) throws Exception {
        CanvasDocument document = sample();
        int costs = document.canvas().getCosts().getFixedCosts().size();
        int services = document.canvas().getOffers().getServices().size();
        Path csv = folder.resolve("charges.csv");
        // as a French spreadsheet saves it: semicolons, decimal commas, Windows-1252
        Files.writeString(csv, "Type;Nom;Montant;Volume;Catégorie\ncharge;Ménage;420,50;;entretien\nprestation;Repair café;0;4;atelier\n",
                java.nio.charset.Charset.forName("windows-1252"));
        assertEquals(2, ImportHandler.importInto(document, csv));
        assertEquals(costs + 1, document.canvas().getCosts().getFixedCosts().size());
        assertEquals("Ménage", document.canvas().getCosts().getFixedCosts().get(costs).getName());
        assertEquals(services + 1, document.canvas().getOffers().getServices().size());
        document.undo();
        assertEquals(costs, document.canvas().getCosts().getFixedCosts().size());
        assertEquals(services, document.canvas().getOffers().getServices().size());
    }

    @Test
    void aFileWithABadRowAddsNothing(@TempDir Path folder) throws Exception {
        CanvasDocument document = sample();
        int costs = document.canvas().getCosts().getFixedCosts().size();
        Path csv = folder.resolve("charges.csv");
        Files.writeString(csv, "type;nom;montant\ncharge;Loyer;800\ncharge;Chauffage;beaucoup\n", StandardCharsets.UTF_8);
        ImportHandler.ImportRefused refused = assertThrows(ImportHandler.ImportRefused.class,
                () -> ImportHandler.importInto(document, csv));
        assertTrue(refused.getMessage().contains("Ligne 3 : « beaucoup » n’est pas un nombre positif"), refused.getMessage());
        assertEquals(costs, document.canvas().getCosts().getFixedCosts().size(), "the good row was not added either");
        assertTrue(!document.isDirty(), "the canvas is unchanged");
    }
}
