/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.perenne.model.io.CanvasFiles;

/**
 * The model samples offered on the welcome page: the folder given by the {@code perenne.samples}
 * system property (the start script sets it), else {@code samples} in the installation folder.
 */
public final class SampleCanvases {

    private SampleCanvases() {
    }

    public static List<Path> list() {
        Path folder = folder();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("." + CanvasFiles.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path folder() {
        String property = System.getProperty("perenne.samples");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            return Platform.getInstallLocation() == null ? null
                    : Path.of(Platform.getInstallLocation().getURL().toURI()).resolve("samples");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
