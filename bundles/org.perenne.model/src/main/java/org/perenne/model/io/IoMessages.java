/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.io;

import java.io.CharConversionException;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.perenne.model.Wording;

/** French and English wording of file problems (messages*.properties beside this class). */
final class IoMessages {

    private final Wording words;

    IoMessages(Locale locale) {
        this.words = new Wording("org.perenne.model.io.messages", IoMessages.class, locale);
    }

    Locale locale() {
        return words.locale();
    }

    String format(String key, Object... arguments) {
        return words.format(key, arguments);
    }

    /**
     * The line of a file where an element names {@code value} in {@code feature} ({@code funder="makers"}), for
     * the errors EMF finds once the whole file is read (a reference to an item of another kind), which come
     * without a line; 0 when it is not found.
     */
    static int lineOf(String content, Resource.Diagnostic error) {
        Object cause = error instanceof org.eclipse.emf.ecore.resource.Resource.IOWrappedException wrapped ? wrapped.getCause() : error;
        if (cause instanceof IllegalValueException illegal && illegal.getValue() instanceof org.eclipse.emf.ecore.EObject item) {
            int at = content.indexOf(illegal.getFeature().getName() + "=\"" + org.eclipse.emf.ecore.util.EcoreUtil.getID(item) + "\"");
            return at < 0 ? 0 : (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }
        return 0;
    }

    /** Turns one of EMF's loading errors into a sentence a non-expert can act on. */
    String explain(Resource.Diagnostic error) {
        Object cause = error;
        if (cause instanceof org.eclipse.emf.ecore.resource.Resource.IOWrappedException wrapped
                && wrapped.getCause() != null) {
            cause = wrapped.getCause();
        }
        if (cause instanceof IllegalValueException illegal && illegal.getValue() instanceof org.eclipse.emf.ecore.EObject item) {
            return format("io.wrongKind", illegal.getFeature().getName(), org.eclipse.emf.ecore.util.EcoreUtil.getID(item),
                    item.eClass().getName(), illegal.getFeature().getEType().getName());
        }
        if (cause instanceof IllegalValueException illegal
                && illegal.getFeature().getEType() instanceof org.eclipse.emf.ecore.EEnum choices) {
            return format("io.illegalChoice", illegal.getFeature().getName(), String.valueOf(illegal.getValue()),
                    String.join(", ", choices.getELiterals().stream().map(l -> l.getLiteral()).toList()));
        }
        if (cause instanceof IllegalValueException illegal) {
            return format("io.illegalValue", illegal.getFeature().getName(), String.valueOf(illegal.getValue()));
        }
        if (cause instanceof FeatureNotFoundException unknown) {
            return format("io.unknownFeature", unknown.getName());
        }
        if (cause instanceof UnresolvedReferenceException unresolved) {
            return format("io.unresolvedReference", unresolved.getReference(), unresolved.getFeature().getName());
        }
        if (cause instanceof PackageNotFoundException || cause instanceof ClassNotFoundException) {
            return format("io.notPerenneContent");
        }
        Throwable root = cause instanceof Throwable throwable ? rootCause(throwable) : null;
        String message = root != null && root.getLocalizedMessage() != null ? root.getLocalizedMessage()
                : error.getMessage();
        if (message != null && message.contains("DOCTYPE")) {
            return format("io.doctype");
        }
        if (root instanceof CharConversionException) {
            return format("io.notText");
        }
        return format("io.malformed", message);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
