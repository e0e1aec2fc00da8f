/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.model.validation.CanvasVocabulary;

class SamplesTest {

    static List<Path> samples() {
        return Samples.all();
    }

    @Test
    void theRepositoryHoldsTheFourSamplesUsersOpenFirst() {
        List<String> names = samples().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("coworking-rural.perenne", "coworking-urbain.perenne", "fablab.perenne",
                "tiers-lieu-hybride.perenne"), names);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleLoadsAndValidatesWithoutAnyDiagnostic(Path sample) {
        Canvas canvas = Samples.load(sample);
        Diagnostic diagnostic = CanvasValidator.validate(canvas, Locale.ENGLISH, CanvasVocabulary.TECHNICAL);
        assertEquals(List.of(), diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList());
        assertTrue(canvas.getDescription().length() > 200, "a sample says where its figures come from");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void saveThenLoadGivesBackAnEqualCanvas(Path sample, @TempDir Path folder) throws Exception {
        Canvas original = Samples.load(sample);
        Path copy = folder.resolve(sample.getFileName());
        CanvasFiles.save(EcoreUtil.copy(original), copy);
        Canvas reloaded = Samples.load(copy);
        assertTrue(EcoreUtil.equals(original, reloaded), "round trip changed " + sample.getFileName());
    }
}
