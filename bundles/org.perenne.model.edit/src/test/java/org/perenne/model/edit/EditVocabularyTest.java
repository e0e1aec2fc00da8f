/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.MembershipTier;
import org.perenne.model.PerennePackage;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;

class EditVocabularyTest {

    /** Every type, field and value of the model has its own label in each language's file. */
    @Test
    void everyWordOfTheCanvasIsTranslatedInFrenchAndEnglish() throws Exception {
        for (String file : List.of("plugin.properties", "plugin_fr.properties")) {
            Properties labels = new Properties();
            try (var in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                labels.load(in);
            }
            List<String> missing = new ArrayList<>();
            for (EClassifier classifier : PerennePackage.eINSTANCE.getEClassifiers()) {
                if (classifier instanceof EClass type) {
                    require(labels, "_UI_" + type.getName() + "_type", missing);
                    for (EStructuralFeature feature : type.getEStructuralFeatures()) {
                        require(labels, "_UI_" + type.getName() + "_" + feature.getName() + "_feature", missing);
                    }
                } else if (classifier instanceof EEnum enumeration) {
                    for (EEnumLiteral literal : enumeration.getELiterals()) {
                        require(labels, "_UI_" + enumeration.getName() + "_" + literal.getName() + "_literal", missing);
                    }
                }
            }
            assertEquals(List.of(), missing, file);
        }
    }

    private static void require(Properties labels, String key, List<String> missing) {
        String label = labels.getProperty(key);
        if (label == null || label.isBlank() || label.matches("[A-Z0-9_]+") && label.contains("_")) {
            missing.add(key);
        }
    }

    @Test
    void labelsDifferByLanguage() {
        EClass tier = PerennePackage.eINSTANCE.getMembershipTier();
        assertEquals("Formule d’adhésion", new EditVocabulary(Locale.FRENCH).typeLabel(tier));
        assertEquals("Membership tier", new EditVocabulary(Locale.ENGLISH).typeLabel(tier));
        assertNotEquals(new EditVocabulary(Locale.FRENCH).featureLabel(PerennePackage.eINSTANCE.getMembershipTier_MonthlyFee()),
                new EditVocabulary(Locale.ENGLISH).featureLabel(PerennePackage.eINSTANCE.getMembershipTier_MonthlyFee()));
    }

    @Test
    void aTruncatedNormalsCentreIsNotCalledItsMeanInFrench() {
        assertEquals("Centre de la courbe", new EditVocabulary(Locale.FRENCH).featureLabel(PerennePackage.eINSTANCE
                .getDistribution_Mean()));
    }

    @Test
    void aValidationProblemReadsInPlainFrench() {
        Path sample = Path.of("../../model-samples/tiers-lieu-hybride.perenne");
        CanvasFiles.LoadResult loaded = CanvasFiles.load(sample, Locale.FRENCH);
        assertTrue(loaded.isLoaded(), String.valueOf(loaded.diagnostic()));
        Canvas canvas = loaded.canvas();
        ((MembershipTier) canvas.eResource().getEObject("tier-resident")).setMonthlyFee(-5);
        Diagnostic result = CanvasValidator.validate(canvas, Locale.FRENCH, new EditVocabulary(Locale.FRENCH));
        assertEquals(List.of("Offres › Formule d’adhésion « Résident »\u00a0: « Abonnement mensuel » vaut -5 ; "
                + "cette valeur ne peut pas être négative."),
                result.getChildren().stream().map(Diagnostic::getMessage).toList());
    }
}
