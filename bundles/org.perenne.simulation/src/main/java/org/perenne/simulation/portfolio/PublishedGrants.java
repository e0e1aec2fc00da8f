/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.Grant;
import org.perenne.model.PerenneFactory;

/**
 * A funder's published grants (the SCDL « subventions » file every authority above 3,500 inhabitants
 * publishes, docs/model-reference.md, "Published grants") set against the places' canvases: each published
 * row goes to the place it names (by the beneficiary's SIREN, else by its name) and to that place's grant
 * year from the same funder (by SIREN, else by name) that starts in the row's year. Nothing in a canvas
 * is changed: the comparison is for the funder to read.
 */
public final class PublishedGrants {

    /** Amounts that differ by this much or less (euros) are the same amount. */
    public static final double SAME_AMOUNT = 1.0;

    /** One published row: where it is in the file, who gives, who receives, its year and the beneficiary's amount. */
    public record Published(int line, String funderName, String funderSiren, String beneficiaryName, String beneficiarySiren,
            int year, String object, double amount) {
    }

    /**
     * One committed grant year of a canvas: its grant, its funder, the calendar year it starts in, its amount,
     * and whether its funder is the one the portfolio looks at (then the published rows are that funder's).
     */
    public record GrantYear(String grant, String funderName, String funderSiren, int year, double amount, boolean chosen) {
    }

    /**
     * What the comparison needs of a place: its file, its name and SIREN, every committed grant year, and
     * whether the portfolio looks at one funder (then its grant years are those the rows are compared with;
     * else each row goes with the grants of the funder it names).
     */
    public record Place(String file, String name, String siren, List<GrantYear> grants, boolean oneFunder) {

        /**
         * The place of a canvas (read on the thread that owns it).
         *
         * @param funder the funders the portfolio looks at, or null for all of them
         */
        public static Place of(String file, Canvas canvas, Predicate<Funder> funder) {
            List<GrantYear> years = new ArrayList<>();
            if (canvas.getFunding() != null) {
                for (Grant grant : canvas.getFunding().getGrants()) {
                    Funder funderOf = grant.getFunder();
                    for (int j = 0; j < grant.getCommittedAmounts().size(); j++) {
                        years.add(new GrantYear(grant.getName(), funderOf == null ? "" : Objects.toString(funderOf.getName(), ""),
                                funderOf == null ? "" : Objects.toString(funderOf.getSiren(), ""),
                                StressTest.grantYearStart(canvas, grant, j).getYear(), grant.getCommittedAmounts().get(j),
                                funderOf != null && funder != null && funder.test(funderOf)));
                    }
                }
            }
            return new Place(file, Objects.toString(canvas.getName(), ""), Objects.toString(canvas.getSiren(), ""), List.copyOf(years),
                    funder != null);
        }
    }

    /** How a published row and a canvas's grant year compare. */
    public enum Status {
        /** The same amount (to 1 €) in the canvas as published. */
        MATCHED,
        /** The place and the year are found, the amounts differ (or the canvas has no grant year of that funder then). */
        AMOUNT_DIFFERS,
        /** No canvas of the portfolio is the beneficiary. */
        NO_CANVAS,
        /** A grant year in a canvas, in a year the file covers, that the funder did not publish. */
        NOT_PUBLISHED
    }

    /** One line of the comparison: the published row (null when not published), the place and grant year found, how they compare. */
    public record Match(Published published, Place place, GrantYear grant, Status status) {
    }

    private PublishedGrants() {
    }

    /**
     * Compares the published rows with the places: the rows in their order, then the canvases' grant years
     * of the funders who published, in the years the file covers, that no row took.
     *
     * @param sameFunders funder names the user confirmed to be one (as the portfolio's)
     */
    public static List<Match> compare(List<Published> rows, List<Place> places, List<Set<String>> sameFunders) {
        List<Match> matches = new ArrayList<>();
        Set<GrantYear> taken = Collections.newSetFromMap(new IdentityHashMap<>()); // two years alike are two years
        for (Published row : rows) {
            Place place = places.stream().filter(p -> sameSiren(p.siren(), row.beneficiarySiren())).findFirst()
                    .or(() -> places.stream().filter(p -> sameName(p.name(), row.beneficiaryName())).findFirst()).orElse(null);
            if (place == null) {
                matches.add(new Match(row, null, null, Status.NO_CANVAS));
                continue;
            }
            GrantYear grant = place.grants().stream()
                    .filter(g -> !taken.contains(g) && g.year() == row.year() && fromPublisher(place, g, row, sameFunders))
                    .min(Comparator.comparingDouble(g -> Math.abs(g.amount() - row.amount()))).orElse(null);
            if (grant != null) {
                taken.add(grant);
            }
            boolean same = grant != null && Math.abs(grant.amount() - row.amount()) <= SAME_AMOUNT;
            matches.add(new Match(row, place, grant, same ? Status.MATCHED : Status.AMOUNT_DIFFERS));
        }
        int first = rows.stream().mapToInt(Published::year).min().orElse(0);
        int last = rows.stream().mapToInt(Published::year).max().orElse(-1);
        for (Place place : places) {
            for (GrantYear grant : place.grants()) {
                boolean fromPublisher = rows.stream().anyMatch(row -> fromPublisher(place, grant, row, sameFunders));
                if (!taken.contains(grant) && fromPublisher && grant.year() >= first && grant.year() <= last && grant.amount() != 0) {
                    matches.add(new Match(null, place, grant, Status.NOT_PUBLISHED));
                }
            }
        }
        return matches;
    }

    /** The 9 digits of a SIREN, or of the SIREN a SIRET begins with; empty when there are fewer. */
    public static String siren(String number) {
        String digits = number == null ? "" : number.replaceAll("[\\s\\u00a0\\u202f.]", "");
        return digits.matches("[0-9]{9}([0-9]{5})?") ? digits.substring(0, 9) : "";
    }

    private static boolean sameSiren(String a, String b) {
        return !siren(a).isEmpty() && siren(a).equals(siren(b));
    }

    /**
     * Whether a canvas's place name is the published beneficiary's: equal once made plain, the whole name or
     * its {@link #shortName}.
     */
    static boolean sameName(String place, String beneficiary) {
        String published = FunderIdentity.plainName(beneficiary);
        return !published.isEmpty()
                && (published.equals(FunderIdentity.plainName(place)) || published.equals(FunderIdentity.plainName(shortName(place))));
    }

    /** A place's name up to its first dash: "La Passerelle" for "La Passerelle — tiers-lieu hybride". */
    public static String shortName(String place) {
        return place.split("\\s[—–-]\\s", 2)[0];
    }

    /**
     * Whether a grant year is one the row may stand for: the portfolio's funder's when it looks at one (the
     * file is that funder's own), else a grant of the funder the row names (by SIREN, else by name).
     */
    private static boolean fromPublisher(Place place, GrantYear grant, Published row, List<Set<String>> sameFunders) {
        if (place.oneFunder()) {
            return grant.chosen();
        }
        if (sameSiren(grant.funderSiren(), row.funderSiren())) {
            return true;
        }
        Funder funder = PerenneFactory.eINSTANCE.createFunder();
        funder.setName(grant.funderName());
        return Portfolio.funders(row.funderName(), null, sameFunders).test(funder);
    }
}
