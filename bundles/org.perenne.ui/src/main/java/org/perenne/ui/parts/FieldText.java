/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A field's value as the user types it: numbers with the decimal comma in French (a point works
 * too), spaces as thousands separators, lists separated by semicolons; text, months (2027-01) and
 * times as written.
 */
final class FieldText {

    private FieldText() {
    }

    static String format(EAttribute attribute, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (attribute.isMany()) {
            List<String> parts = new ArrayList<>();
            for (Object element : (List<?>) value) {
                parts.add(one(attribute.getEAttributeType(), element, locale));
            }
            return String.join(" ; ", parts);
        }
        return one(attribute.getEAttributeType(), value, locale);
    }

    private static String one(EDataType type, Object value, Locale locale) {
        if (value instanceof Double number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(6);
            format.setGroupingUsed(false);
            return format.format(number);
        }
        return EcoreUtil.convertToString(type, value);
    }

    /** The value typed; empty means "not set" where the field allows it. Throws when the text means nothing. */
    static Object parse(EAttribute attribute, String text) {
        String trimmed = text.trim();
        EDataType type = attribute.getEAttributeType();
        if (attribute.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String part : trimmed.split(";")) {
                if (!part.isBlank()) {
                    values.add(one(type, part.trim()));
                }
            }
            return values;
        }
        if (trimmed.isEmpty()) {
            if (type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
                throw new IllegalArgumentException("a value is needed");
            }
            return null;
        }
        return one(type, trimmed);
    }

    /** A number typed as people write it ("1 200,5"); null when the text is not a number. */
    static Double number(String text) {
        String written = asWritten(text.trim());
        return written.matches("-?[0-9]+(\\.[0-9]*)?|-?\\.[0-9]+") ? Double.valueOf(written) : null;
    }

    private static String asWritten(String number) {
        return number.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.');
    }

    private static Object one(EDataType type, String text) {
        Class<?> kind = type.getInstanceClass();
        boolean number = kind == double.class || kind == Double.class || kind == int.class || kind == Integer.class;
        String written = number ? asWritten(text) : text;
        try {
            return EcoreUtil.createFromString(type, written);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
