/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
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
    void aFrenchSpreadsheetsRowsBecomeOffersAndCostsOfTheCanvas() {
        Canvas canvas = ReportExportsTest.sample("fablab");
        int tiers = canvas.getOffers().getMembershipTiers().size();
        List<String> file = List.of("\ufeffType;Nom;Montant;Volume;Catégorie;Coût unitaire",
                "formule;Résident·e atelier;95,50;6;;",
                "",
                "prestation;\"Stage découpe; niveau 1\";1 200;2;Formation;150",
                "charge;Électricité;310;;Énergie;");
        CsvImport.Result result = CsvImport.read(file, canvas, french);
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
    void aBadRowIsReportedWithItsLineAndNothingIsImported() {
        Canvas canvas = ReportExportsTest.sample("fablab");
        List<String> file = List.of("type,name,amount,volume,category", "service,Open lab,12,40,fablab_time",
                "cost,Rent,douze,,rent", "gift,Donation,10,1,", "cost,,10,,", "cost,Paper,5,,stationery");
        CsvImport.Result result = CsvImport.read(file, canvas, new ReportText(Locale.ENGLISH));
        assertEquals(List.of(), result.additions(), "nothing half-imported");
        assertEquals(List.of("Line 3: \"douze\" is not a positive number (column \"amount\").",
                "Line 4: unknown type \"gift\" (membership, service or cost).", "Line 5: the name is empty.",
                "Line 6: unknown category \"stationery\"."), result.problems());
    }

    @Test
    void aFileWithoutTheNeededColumnsSaysWhichAreMissing() {
        CsvImport.Result result = CsvImport.read(List.of("nom;prix"), ReportExportsTest.sample("fablab"), french);
        assertEquals(List.of("Il manque la colonne « type » sur la première ligne (colonnes attendues : type, nom, montant,"
                + " volume, categorie, cout_unitaire)."), result.problems());
    }
}
