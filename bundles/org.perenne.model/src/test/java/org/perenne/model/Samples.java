/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.perenne.model.io.CanvasFiles;

/** The model samples of the repository, as the tests see them. */
public final class Samples {

    private Samples() {
    }

    /** The repository's model-samples folder, found from the bundle's folder. */
    public static Path folder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            Path samples = candidate.resolve("model-samples");
            if (Files.isDirectory(samples)) {
                return samples;
            }
        }
        throw new IllegalStateException("model-samples not found above " + here);
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".perenne")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path path(String name) {
        return folder().resolve(name + ".perenne");
    }

    /** Loads a sample, failing the test with the loader's diagnostic when it cannot. */
    public static Canvas load(String name) {
        return load(path(name));
    }

    public static Canvas load(Path file) {
        CanvasFiles.LoadResult result = CanvasFiles.load(file, Locale.ENGLISH);
        assertTrue(result.isLoaded(), () -> file + ": " + describe(result.diagnostic()));
        return result.canvas();
    }

    public static String describe(org.eclipse.emf.common.util.Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (var child : diagnostic.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }
}
