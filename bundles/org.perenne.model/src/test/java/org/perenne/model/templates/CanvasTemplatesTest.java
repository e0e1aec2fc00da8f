/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.model.validation.CanvasVocabulary;

class CanvasTemplatesTest {

    @Test
    void anEmptyCanvasHasItsNineBlocksIsValidAndSurvivesASave(@TempDir Path folder) throws Exception {
        Canvas canvas = CanvasTemplates.empty("Nouveau lieu", YearMonth.of(2027, 9), 3);
        for (Object block : new Object[] { canvas.getCommunity(), canvas.getOffers(), canvas.getSpaces(), canvas.getTeam(),
                canvas.getPartners(), canvas.getIncome(), canvas.getFunding(), canvas.getCosts(), canvas.getImpact() }) {
            assertNotNull(block);
        }
        assertEquals(0.02, canvas.getInflationRate(), "the model's default inflation");
        Diagnostic diagnostic = CanvasValidator.validate(canvas, Locale.ENGLISH, CanvasVocabulary.TECHNICAL);
        // no error; warnings that say what to add before the results mean anything
        assertEquals(Diagnostic.WARNING, diagnostic.getSeverity(), diagnostic.getChildren().toString());
        assertEquals(java.util.List.of(org.perenne.model.validation.ValidationRule.NO_INCOME,
                org.perenne.model.validation.ValidationRule.NO_COSTS),
                diagnostic.getChildren().stream().map(d -> d.getData().get(2)).toList());

        Path file = folder.resolve("nouveau.perenne");
        CanvasFiles.save(canvas, file);
        CanvasFiles.LoadResult loaded = CanvasFiles.load(file, Locale.ENGLISH);
        assertTrue(loaded.isLoaded());
        assertTrue(EcoreUtil.equals(canvas, loaded.canvas()));
    }
}
