/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.perenne.model.Funder;

/**
 * Who a funder is, across the canvases of several places (docs/model-reference.md, "A funder's
 * portfolio"): its SIREN when it has one, else its name compared without case, accents, punctuation
 * or legal-form words ("Région Occitanie", "REGION OCCITANIE" and "Région Occitanie (SA)" are one).
 */
public final class FunderIdentity {

    /** Words that say a legal form, not who the funder is. */
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "sas", "sasu", "sarl", "eurl", "sci", "scic", "scop",
            "gip", "epic", "epci", "spl", "sem", "asso", "association", "loi", "1901");

    private FunderIdentity() {
    }

    /** The funder's identity: {@code siren:123456789}, or {@code name:} its name made plain. */
    public static String key(Funder funder) {
        String siren = siren(funder.getSiren());
        return siren.isEmpty() ? "name:" + plainName(funder.getName()) : "siren:" + siren;
    }

    /** Whether a funder is the one asked for by SIREN or by name. */
    public static boolean is(Funder funder, String wanted) {
        String asked = siren(wanted);
        if (asked.length() == 9 && asked.equals(siren(funder.getSiren()))) {
            return true;
        }
        return !plainName(wanted).isEmpty() && plainName(wanted).equals(plainName(funder.getName()));
    }

    /** A name without case, accents, punctuation or legal-form words: "Région Occitanie (SA)" → "region occitanie". */
    public static String plainName(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
        StringBuilder kept = new StringBuilder();
        for (String word : plain.split(" ")) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    /**
     * Whether two funders that are not the same by {@link #key} may still be one (to ask the user):
     * one plain name begins with the other's words ("region occitanie" and "region occitanie pyrenees
     * mediterranee", but not "region" and "union europeenne via la region"), or they differ by at most
     * two letters (a typing slip).
     */
    public static boolean uncertain(Funder a, Funder b) {
        if (key(a).equals(key(b))) {
            return false;
        }
        if (!siren(a.getSiren()).isEmpty() && !siren(b.getSiren()).isEmpty()) {
            return false; // two different SIRENs are two funders
        }
        String x = plainName(a.getName()), y = plainName(b.getName());
        if (x.length() < 4 || y.length() < 4) {
            return false;
        }
        return x.startsWith(y + " ") || y.startsWith(x + " ") || distance(x, y) <= 2;
    }

    private static String siren(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
