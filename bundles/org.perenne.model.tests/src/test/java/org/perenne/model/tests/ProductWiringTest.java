/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.perenne.model.Canvas;
import org.perenne.model.PerennePackage;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.model.io.CanvasResourceFactory;

/**
 * Runs inside OSGi with the product's bundles (tycho-surefire): proves the wiring the plain unit
 * tests cannot see — the extension registry, bundle class loaders and localisation.
 */
class ProductWiringTest {

    private static final Path SAMPLE = Path.of("../../model-samples/tiers-lieu-hybride.perenne").toAbsolutePath();

    @Test
    void theModelIsLoadedFromItsOwnBundle() {
        Bundle model = FrameworkUtil.getBundle(PerennePackage.class);
        assertNotNull(model, "not running inside OSGi");
        assertEquals("org.perenne.model", model.getSymbolicName());
        assertTrue((model.getState() & (Bundle.ACTIVE | Bundle.STARTING | Bundle.RESOLVED)) != 0);
    }

    @Test
    void emfFindsTheCanvasFormatThroughTheExtensionRegistry() {
        assertSame(PerennePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(PerennePackage.eNS_URI));
        assertInstanceOf(CanvasResourceFactory.class,
                Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/tmp/canevas.perenne")));
    }

    @Test
    void aPlainResourceSetReadsASampleWithNothingRegisteredByHand() throws Exception {
        Resource resource = new ResourceSetImpl().getResource(URI.createFileURI(SAMPLE.toString()), true);
        Canvas canvas = (Canvas) resource.getContents().get(0);
        assertEquals("La Passerelle — tiers-lieu hybride", canvas.getName());
    }

    @Test
    void aSampleOpensValidatesAndSpeaksFrenchInsideTheProductsBundles() {
        CanvasDocument.OpenResult opened = CanvasDocument.open(SAMPLE, Locale.FRENCH);
        assertEquals(Diagnostic.OK, opened.problem().getSeverity(), String.valueOf(opened.problem().getMessage()));
        CanvasDocument document = opened.document();
        assertEquals(List.of(), document.validate().getChildren());
        assertEquals(12, document.canvas().getSeasonalityProfiles().get(0).getFactors().size());
        assertEquals("Formule d’adhésion",
                new EditVocabulary(Locale.FRENCH).typeLabel(PerennePackage.Literals.MEMBERSHIP_TIER));
        document.dispose();
    }

    /** Runs {@code work} as in the product: no context class loader from the test runner to help. */
    private static <T> T withoutContextClassLoader(java.util.function.Supplier<T> work) {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(null);
        try {
            return work.get();
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void theTimetableSolvesInsideTheProductsBundles() {
        CanvasDocument document = CanvasDocument.open(SAMPLE, Locale.FRENCH).document();
        org.perenne.optimisation.timetable.solver.TimetableMapping mapping = new org.perenne.optimisation.timetable.solver.TimetableMapping(
                document.canvas());
        org.perenne.optimisation.timetable.domain.WeeklyTimetable solution = withoutContextClassLoader(
                () -> new org.perenne.optimisation.timetable.solver.TimetableSolver().solve(mapping.problem(),
                        org.perenne.optimisation.timetable.solver.TimetableSolver.config(java.time.Duration.ofSeconds(2),
                                java.time.Duration.ofSeconds(1), org.optaplanner.core.config.solver.EnvironmentMode.REPRODUCIBLE),
                        best -> {
                        }));
        assertTrue(solution.getScore().isFeasible(), String.valueOf(solution.getScore()));
        assertEquals(0, solution.getScore().mediumScore());
        document.dispose();
    }

    @Test
    void theSpacePlanSolvesAndExplainsItselfInsideTheProductsBundles() {
        CanvasDocument document = CanvasDocument.open(SAMPLE, Locale.FRENCH).document();
        org.perenne.optimisation.plan.solver.PlanMapping mapping = new org.perenne.optimisation.plan.solver.PlanMapping(
                document.canvas());
        org.perenne.optimisation.plan.domain.SpacePlan solution = withoutContextClassLoader(
                () -> new org.perenne.optimisation.plan.solver.PlanSolver().solve(mapping.problem(),
                        org.perenne.optimisation.plan.solver.PlanSolver.config(java.time.Duration.ofSeconds(2),
                                java.time.Duration.ofSeconds(1), org.optaplanner.core.config.solver.EnvironmentMode.REPRODUCIBLE),
                        best -> {
                        }));
        assertTrue(solution.getScore().isFeasible(), String.valueOf(solution.getScore()));
        withoutContextClassLoader(() -> {
            assertTrue(org.perenne.optimisation.plan.solver.PlanSolver.explain(solution).containsKey("multiYearResult"));
            assertEquals(solution.getScore(), org.perenne.optimisation.plan.solver.PlanSolver.score(solution));
            return null;
        });
        document.dispose();
    }
}
