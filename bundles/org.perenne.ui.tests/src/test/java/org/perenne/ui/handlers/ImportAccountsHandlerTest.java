/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.edit.CanvasDocument;

/**
 * File › Import actual accounts: a clean file is one edit (Ctrl+Z takes it back), months already imported
 * are replaced only when the user says so, a bad file imports nothing and says where it is wrong.
 */
class ImportAccountsHandlerTest {

    @Test
    void theAccountsAreOneEditAndMonthsImportedAgainAreReplacedOnlyWhenTheUserSaysSo(@TempDir Path folder) throws Exception {
        CanvasDocument document = ImportHandlerTest.sample();
        Path csv = Files.writeString(folder.resolve("mois.csv"),
                "mois;ligne;montant\n2027-03;staff;4100,50\n2027-03;rent;950\n2027-03;cash;12000\n2027-04;staff;4100,50\n",
                StandardCharsets.UTF_8);
        String done = ImportAccountsHandler.importInto(document, csv, months -> true);
        assertTrue(done.startsWith("3 soldes de comptes importés, de mars 2027 à avr. 2027"), done);
        assertEquals(3, document.canvas().getActuals().getBalances().size());
        assertEquals(12000, document.canvas().getActuals().getCash().get(0).getAmount());

        List<String> asked = new ArrayList<>();
        Path again = Files.writeString(folder.resolve("avril.csv"), "month;line;amount\n2027-04;staff;4200\n", StandardCharsets.UTF_8);
        assertNull(ImportAccountsHandler.importInto(document, again, months -> asked.add(months) && false), "the user said no");
        assertEquals(List.of("avr. 2027"), asked, "asked with the months it would replace");
        assertEquals(4100.5, document.canvas().getActuals().getBalances().get(2).getAmount(), "nothing replaced");
        ImportAccountsHandler.importInto(document, again, months -> true);
        assertEquals(3, document.canvas().getActuals().getBalances().size(), "April replaced, March kept");
        assertTrue(document.canvas().getActuals().getBalances().stream().anyMatch(b -> b.getAmount() == 4200));

        document.undo();
        document.undo();
        assertNull(document.canvas().getActuals(), "two Ctrl+Z: the canvas as it was");
    }

    @Test
    void aBadFileImportsNothing(@TempDir Path folder) throws Exception {
        CanvasDocument document = ImportHandlerTest.sample();
        Path csv = Files.writeString(folder.resolve("mois.csv"), "mois;ligne;montant\n2027-03;staff;4100\n2027-13;rent;950\n",
                StandardCharsets.UTF_8);
        ImportHandler.ImportRefused refused = assertThrows(ImportHandler.ImportRefused.class,
                () -> ImportAccountsHandler.importInto(document, csv, months -> true));
        assertTrue(refused.getMessage().contains("Ligne 3\u00a0: «\u00a02027-13\u00a0» n’est pas un mois AAAA-MM"), refused.getMessage());
        assertNull(document.canvas().getActuals());
        assertTrue(!document.isDirty(), "the canvas is unchanged");
    }
}
