/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.perenne.model.Canvas;
import org.perenne.model.PerennePackage;

/**
 * Reads and writes {@code .perenne} files.
 * <p>
 * Loading is defensive: the size is capped before anything is parsed, DOCTYPE declarations and
 * external entities are refused by the XML parser (no XXE, no entity expansion), and every
 * failure (unreadable file, broken XML, wrong root element, values of the wrong type, dangling
 * references, a file written by a newer version) comes back as a {@link Diagnostic}, never as an
 * exception. Loading never writes anything.
 * <p>
 * Saving goes through {@link SafeFiles}: whatever fails, the previous file and its backup
 * {@code NAME.perenne.bak} stay intact; a symbolic link is followed to the real file; permissions are
 * kept.
 */
public final class CanvasFiles {

    /** File extension of Pérenne canvases. */
    public static final String EXTENSION = "perenne";

    /** Version of the file format written by this version of Pérenne. */
    public static final int FORMAT_VERSION = 2;

    /** Largest file accepted, in bytes: a real canvas is a few hundred kilobytes at most. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** Refuses every URI a file being loaded would have EMF open (a package's namespace, a schema location). */
    private static final org.eclipse.emf.ecore.resource.URIHandler NOTHING_READ = new org.eclipse.emf.ecore.resource.impl.URIHandlerImpl() {
        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("a canvas names " + uri + ", which Pérenne does not open");
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("a canvas being read writes nothing: " + uri);
        }
    };

    /** Source of the diagnostics this class produces. */
    public static final String DIAGNOSTIC_SOURCE = "org.perenne.model.io";

    private CanvasFiles() {
    }

    /** What loading produced: a canvas, or none and a diagnostic saying why. */
    public record LoadResult(Canvas canvas, Diagnostic diagnostic) {
        public boolean isLoaded() {
            return canvas != null;
        }
    }

    /** Loads a canvas in the default locale's language. */
    public static LoadResult load(Path file) {
        return load(file, Locale.getDefault());
    }

    /** Loads a canvas; diagnostics are worded in {@code locale} (French or English). */
    public static LoadResult load(Path file, Locale locale) {
        IoMessages messages = new IoMessages(locale);
        String name = String.valueOf(file.getFileName());
        byte[] content;
        try {
            content = SafeFiles.read(file, MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            return failure(messages.format("io.notFound", name));
        } catch (SafeFiles.Refused e) {
            return failure(switch (e.reason()) {
                case FOLDER -> messages.format("io.unreadable", name, messages.format("io.isDirectory"));
                case TOO_LARGE -> messages.format("io.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
                default -> SafeFiles.explain(e, messages.locale());
            });
        } catch (IOException | SecurityException e) {
            return failure(messages.format("io.unreadable", name, e.getLocalizedMessage()));
        }
        if (content.length == 0) {
            return failure(messages.format("io.empty", name));
        }
        ResourceSet resourceSet = newResourceSet();
        // the canvas is read from its bytes; nothing it names (a namespace, a schema location) is ever fetched,
        // from the network or the disk (a hostile file would otherwise make Pérenne connect where it says)
        resourceSet.setURIConverter(new org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl(List.of(NOTHING_READ),
                List.of()));
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = new ByteArrayInputStream(content)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return failure(describeLoadFailure(resource, e, name, content, messages));
        }
        if (!resource.getErrors().isEmpty()) {
            return failure(describeErrors(resource, name, content, messages));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Canvas canvas)) {
            return failure(messages.format("io.wrongRoot", name));
        }
        if (canvas.getFormatVersion() > FORMAT_VERSION) {
            return failure(messages.format("io.newerFormat", name, canvas.getFormatVersion(), FORMAT_VERSION));
        }
        if (canvas.getFormatVersion() < 1) {
            return failure(messages.format("io.badFormatVersion", name, canvas.getFormatVersion()));
        }
        return new LoadResult(canvas, Diagnostic.OK_INSTANCE);
    }

    /**
     * Saves atomically, keeping the previous version as a {@code .bak} file beside it.
     *
     * @throws IOException when the canvas could not be written; the previous file is then intact
     */
    public static void save(Canvas canvas, Path file) throws IOException {
        save(canvas, file, out -> out, true);
    }

    /**
     * Writes a copy of the canvas atomically (a recovery file, say): no backup is kept and the canvas
     * stays tied to its own file.
     */
    public static void saveCopy(Canvas canvas, Path file) throws IOException {
        save(canvas, file, out -> out, false);
    }

    /** Same as {@link #save(Canvas, Path)}, with the temporary file's stream wrapped (tests interrupt it). */
    static void save(Canvas canvas, Path file, UnaryOperator<OutputStream> wrapper) throws IOException {
        save(canvas, file, wrapper, true);
    }

    private static void save(Canvas canvas, Path file, UnaryOperator<OutputStream> wrapper, boolean becomesItsFile)
            throws IOException {
        Path target = SafeFiles.realPath(file);
        SafeFiles.write(target, content(canvas, target), becomesItsFile, wrapper);
        if (becomesItsFile) {
            // the canvas stays tied to the name the user chose (a symbolic link stays one)
            canvas.eResource().setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        }
    }

    /**
     * The canvas as the content of a file, in the current format, for a write done with others (a command's
     * results, {@link ResultsFolder#alsoWrite}); the canvas is put in a resource of {@code file} when it has none.
     */
    public static SafeFiles.Content content(Canvas canvas, Path file) {
        Resource resource = canvas.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(canvas);
        }
        canvas.setFormatVersion(FORMAT_VERSION);
        Resource written = resource;
        return out -> written.save(out, saveOptions());
    }

    /** The file that keeps the previous version of {@code file} after a save. */
    public static Path backupOf(Path file) {
        return SafeFiles.backupOf(file);
    }

    /** A resource set that reads and writes the Pérenne format, standalone or under OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(PerennePackage.eNS_URI, PerennePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new CanvasResourceFactory());
        return resourceSet;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        return options;
    }

    private static Diagnostic describeLoadFailure(Resource resource, Throwable failure, String name, byte[] content,
            IoMessages messages) {
        if (!resource.getErrors().isEmpty()) {
            return describeErrors(resource, name, content, messages);
        }
        if (failure instanceof StackOverflowError) {
            return diagnostic(messages.format("io.tooDeep", name));
        }
        return diagnostic(messages.format("io.notCanvas", name, plain(failure)));
    }

    private static Diagnostic describeErrors(Resource resource, String name, byte[] content, IoMessages messages) {
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        BasicDiagnostic result = new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0,
                messages.format("io.brokenFile", name), null);
        int shown = 0;
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (shown++ == 10) {
                result.add(diagnostic(messages.format("io.moreErrors", resource.getErrors().size() - 10)));
                break;
            }
            int line = error.getLine() > 0 ? error.getLine() : IoMessages.lineOf(text, error);
            String where = line > 0 ? messages.format("io.atLine", line) : "";
            result.add(diagnostic(where + messages.explain(error)));
        }
        return result;
    }

    private static String plain(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getLocalizedMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    private static LoadResult failure(String message) {
        return failure(diagnostic(message));
    }

    private static LoadResult failure(Diagnostic diagnostic) {
        return new LoadResult(null, diagnostic);
    }

    private static Diagnostic diagnostic(String message) {
        return new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0, message, new Object[0]);
    }
}
