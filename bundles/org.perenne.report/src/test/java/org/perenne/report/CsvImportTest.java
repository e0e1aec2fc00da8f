/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.FixedCost;
import org.perenne.model.MembershipTier;
import org.perenne.model.Service;
import org.perenne.model.ServiceKind;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.model.validation.CanvasVocabulary;

/** Offers and costs read from a spreadsheet's CSV: a clean file gives every item, a bad one none and every reason. */
class CsvImportTest {

    private final ReportText french = new ReportText(Locale.FRENCH);

    @Test
    void aFrenchSpreadsheetsRowsBecomeOffersAndCostsOfTheCanvas() throws IOException {
        Canvas canvas = ReportExportsTest.sample("fablab");
        int tiers = canvas.getOffers().getMembershipTiers().size();
        List<String> file = List.of("\ufeffType;Nom;Montant;Volume;Catégorie;Coût unitaire",
                "formule;Résident·e atelier;95,50;6;;",
                "",
                "prestation;\"Stage découpe; niveau 1\";1 200;2;Formation;150",
                "charge;Électricité;310;;Énergie;");
        CsvImport.Result result = CsvImport.read(table(file), canvas, french);
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.additions().size());
        MembershipTier tier = (MembershipTier) result.additions().get(0).item();
        assertEquals("Résident·e atelier", tier.getName());
        assertEquals(95.5, tier.getMonthlyFee());
        assertEquals(6, tier.getTargetCount());
        assertEquals("import-resident-e-atelier", tier.getId(), "an id made of the name");
        Service service = (Service) result.additions().get(1).item();
        assertEquals("Stage découpe; niveau 1", service.getName());
        assertEquals(1_200, service.getUnitPrice());
        assertEquals(150, service.getVariableCostPerUnit());
        assertEquals(ServiceKind.TRAINING, service.getKind());
        FixedCost cost = (FixedCost) result.additions().get(2).item();
        assertEquals(CostCategory.ENERGY, cost.getCategory());
        assertEquals(310, cost.getMonthlyAmount());

        result.additions().forEach(a -> ((List<Object>) a.owner().eGet(a.feature())).add(a.item()));
        assertEquals(tiers + 1, canvas.getOffers().getMembershipTiers().size());
        Diagnostic validation = CanvasValidator.validate(canvas, Locale.ENGLISH, CanvasVocabulary.TECHNICAL);
        assertTrue(validation.getSeverity() < Diagnostic.ERROR, "the canvas stays valid: " + validation.getChildren());
    }

    @Test
    void aBadRowIsReportedWithItsLineAndNothingIsImported() throws IOException {
        Canvas canvas = ReportExportsTest.sample("fablab");
        List<String> file = List.of("type,name,amount,volume,category", "service,Open lab,12,40,fablab_time",
                "cost,Rent,douze,,rent", "gift,Donation,10,1,", "cost,,10,,", "cost,Paper,5,,stationery");
        CsvImport.Result result = CsvImport.read(table(file), canvas, new ReportText(Locale.ENGLISH));
        assertEquals(List.of(), result.additions(), "nothing half-imported");
        assertEquals(List.of("Line 3: \"douze\" is not a positive number (column \"amount\").",
                "Line 4: unknown type \"gift\" (membership, service or cost).", "Line 5: the name is empty.",
                "Line 6: unknown category \"stationery\"."), result.problems());
    }

    @Test
    void aFileWithoutTheNeededColumnsSaysWhichAreMissing() throws IOException {
        CsvImport.Result result = CsvImport.read(table(List.of("nom;prix")), ReportExportsTest.sample("fablab"), french);
        assertEquals(List.of("Il manque la colonne « type » sur la première ligne (colonnes attendues : type, nom, montant,"
                + " volume, categorie, cout_unitaire)."), result.problems());
    }

    private static CsvFiles.Table table(List<String> lines) throws IOException {
        return CsvFiles.parse(String.join("\n", lines));
    }

    @Test
    void aWindowsSpreadsheetsFileIsReadAsWindows1252(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("charges.csv");
        // "€" is 0x80 in Windows-1252 and a control character in ISO-8859-1
        Files.write(file, "type;nom;montant\r\ncharge;Électricité;12 €\r\n".getBytes(Charset.forName("windows-1252")));
        CsvImport.Result result = CsvImport.read(file, ReportExportsTest.sample("fablab"), french);
        assertEquals(List.of(), result.problems());
        FixedCost cost = (FixedCost) result.additions().get(0).item();
        assertEquals("Électricité", cost.getName());
        assertEquals(12, cost.getMonthlyAmount());
    }

    @Test
    void aQuotedCellMaySpanSeveralLinesAndTheNextRowKeepsItsLineNumber() throws IOException {
        List<String> file = List.of("type,name,amount,volume", "service,\"Formation \"\"pro\"\",", "journée\",120,4",
                "cost,Loyer,douze,");
        CsvImport.Result result = CsvImport.read(table(file), ReportExportsTest.sample("fablab"), new ReportText(Locale.ENGLISH));
        assertEquals(List.of("Line 4: \"douze\" is not a positive number (column \"amount\")."), result.problems());
        CsvImport.Result clean = CsvImport.read(table(file.subList(0, 3)), ReportExportsTest.sample("fablab"), french);
        assertEquals("Formation \"pro\",\njournée", clean.additions().get(0).item().getName());
    }

    @Test
    void aQuoteNeverClosedAndAnAbsurdAmountAreReported(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("offres.csv");
        Files.writeString(file, "type;nom;montant\ncharge;Loyer;900\ncharge;\"Eau;40\ncharge;Gaz;30\n");
        assertEquals(List.of("Ligne 3 : un guillemet ouvert ici n’est jamais refermé ; la suite du fichier ne peut pas être lue."),
                CsvImport.read(file, ReportExportsTest.sample("fablab"), french).problems());
        CsvImport.Result absurd = CsvImport.read(table(List.of("type;nom;montant", "charge;Loyer;100000000000000000")),
                ReportExportsTest.sample("fablab"), french);
        assertEquals(List.of("Ligne 2 : « 100000000000000000 » dépasse ce que Pérenne accepte dans la colonne « amount »"
                + " (au plus 1\u202f000\u202f000\u202f000)."), absurd.problems());
    }
}
