/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What the desktop application remembers between sessions: the language chosen (else the system's)
 * and the canvases opened last. Kept in the user's Pérenne folder (the instance area).
 */
public final class DesktopPreferences {

    static final String NODE = "org.perenne.ui";
    private static final String LANGUAGE = "language";
    private static final String RECENT = "recentFiles";
    /** How many recent canvases the welcome page lists. */
    static final int RECENT_COUNT = 8;

    private final IEclipsePreferences node;

    public DesktopPreferences() {
        this(InstanceScope.INSTANCE.getNode(NODE));
    }

    DesktopPreferences(IEclipsePreferences node) {
        this.node = node;
    }

    /** The language chosen in the preferences; empty to follow the system. */
    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, "");
        return tag.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    /** Chooses a language for the next start; empty to follow the system. */
    public void setLanguage(Optional<Locale> language) {
        if (language.isPresent()) {
            node.put(LANGUAGE, language.get().getLanguage());
        } else {
            node.remove(LANGUAGE);
        }
        flush();
    }

    /** Canvases opened last, most recent first, only those still on disk. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (String line : node.get(RECENT, "").split("\n")) {
            if (!line.isBlank() && Files.isRegularFile(Path.of(line))) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    /** Puts a canvas first in the recent list. */
    public void opened(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = files.stream().limit(RECENT_COUNT).map(Path::toString).toList();
        node.put(RECENT, String.join("\n", lines));
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session; the next start falls back to the defaults
        }
    }
}
