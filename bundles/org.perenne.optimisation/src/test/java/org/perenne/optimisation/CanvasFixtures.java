/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;

/** What the optimisation tests start from: the model samples, and an editing domain with its command stack. */
public final class CanvasFixtures {

    private CanvasFixtures() {
    }

    /** A sample of model-samples/, loaded. */
    public static Canvas sample(String name) {
        CanvasFiles.LoadResult loaded = CanvasFiles.load(Path.of("../../model-samples/" + name + ".perenne"), Locale.ENGLISH);
        assertTrue(loaded.isLoaded(), name);
        return loaded.canvas();
    }

    /** An editing domain whose command stack records what the tests apply, for undo. */
    public static AdapterFactoryEditingDomain editingDomain() {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                new BasicCommandStack());
    }
}
