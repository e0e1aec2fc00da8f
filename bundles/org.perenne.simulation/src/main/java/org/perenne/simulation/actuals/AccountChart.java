/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.actuals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perenne.model.AccountMapping;
import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.Grant;
import org.perenne.simulation.AccountLine;

/**
 * Where each account of the French chart of accounts goes in the plan: the default prefixes of the
 * associations' chart (706 services, 7063 rentals, 756 memberships, 74 operating subsidies, 747 the
 * investment subsidies' yearly share, 641–648 staff, 613 rent…), with the canvas's own mappings on top.
 * The longest matching prefix wins, a mapping of the canvas before a default of the same length. A
 * mapping names a line of the income statement ({@code staff}) or {@code funder:ID}, a funder of the
 * canvas whose subsidies count in its grants' kind. The monthly CSV of a place without accounting
 * software names the lines themselves: an account that is a line's key maps to that line.
 */
public final class AccountChart {

    /** The line of an account that goes to no line of the plan, even where a default would send it. */
    public static final String NONE = "none";

    /** The prefix a funder's mapping starts with: {@code funder:ville}. */
    public static final String FUNDER = "funder:";

    private static final Map<String, AccountLine> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("706", AccountLine.SERVICES);
        DEFAULTS.put("7063", AccountLine.RENTALS);
        DEFAULTS.put("708", AccountLine.SERVICES);
        DEFAULTS.put("756", AccountLine.MEMBERSHIPS);
        DEFAULTS.put("74", AccountLine.OPERATING_GRANTS);
        DEFAULTS.put("747", AccountLine.INVESTMENT_GRANTS);
        DEFAULTS.put("777", AccountLine.INVESTMENT_GRANTS);
        for (int staff = 641; staff <= 648; staff++) {
            DEFAULTS.put(Integer.toString(staff), AccountLine.STAFF);
        }
        DEFAULTS.put("613", AccountLine.RENT);
        DEFAULTS.put("6061", AccountLine.ENERGY);
        DEFAULTS.put("616", AccountLine.INSURANCE);
        DEFAULTS.put("626", AccountLine.TELECOM);
        DEFAULTS.put("623", AccountLine.COMMUNICATION);
        DEFAULTS.put("622", AccountLine.ACCOUNTING);
        DEFAULTS.put("615", AccountLine.MAINTENANCE);
        DEFAULTS.put("6068", AccountLine.CONSUMABLES);
        DEFAULTS.put("602", AccountLine.CONSUMABLES);
        DEFAULTS.put("681", AccountLine.DEPRECIATION);
        DEFAULTS.put("661", AccountLine.INTEREST);
        DEFAULTS.put("86", AccountLine.IN_KIND_COSTS);
        DEFAULTS.put("87", AccountLine.IN_KIND_INCOME);
    }

    private final Canvas canvas;
    private final Map<String, String> mapped = new LinkedHashMap<>();

    /** The chart of a canvas: the defaults and the canvas's own mappings. */
    public AccountChart(Canvas canvas) {
        this(canvas, canvas.getActuals() == null ? List.of() : canvas.getActuals().getMappings());
    }

    /** The chart of a canvas with other mappings (a mapping file not applied to the canvas yet). */
    public AccountChart(Canvas canvas, List<AccountMapping> mappings) {
        this.canvas = canvas;
        for (AccountMapping mapping : mappings) {
            mapped.put(mapping.getAccount().strip(), mapping.getLine().strip());
        }
    }

    /** Whether an account is an income-statement account Pérenne reads: classes 6 and 7, in-kind 86 and 87, or a line's own key. */
    public static boolean isIncomeStatement(String account) {
        return account.startsWith("6") || account.startsWith("7") || account.startsWith("86") || account.startsWith("87")
                || line(account).isPresent();
    }

    /** Whether an account is one of the income side (class 7, in-kind 87, or an income line's key). */
    public static boolean isIncome(String account) {
        Optional<AccountLine> line = line(account);
        if (line.isPresent()) {
            return line.get().sign() > 0;
        }
        return account.startsWith("7") || account.startsWith("87");
    }

    /** The line an account goes to, or empty when it goes nowhere (listed as not mapped). */
    public Optional<AccountLine> lineOf(String account) {
        return mappingOf(account).flatMap(this::resolve);
    }

    /**
     * What an account is mapped to, as written: a line's key or {@code funder:ID} (the longest matching
     * prefix, the canvas's mappings before the defaults), or empty.
     */
    public Optional<String> mappingOf(String account) {
        if (line(account).isPresent() && !mapped.containsKey(account)) {
            return Optional.of(account);
        }
        String best = null;
        String bestLine = null;
        for (Map.Entry<String, String> mapping : mapped.entrySet()) {
            if (account.startsWith(mapping.getKey()) && (best == null || mapping.getKey().length() > best.length())) {
                best = mapping.getKey();
                bestLine = mapping.getValue();
            }
        }
        for (Map.Entry<String, AccountLine> mapping : DEFAULTS.entrySet()) {
            if (account.startsWith(mapping.getKey()) && (best == null || mapping.getKey().length() > best.length())) {
                best = mapping.getKey();
                bestLine = mapping.getValue().column();
            }
        }
        return Optional.ofNullable(bestLine);
    }

    /** A mapping's line: a line's key, or a funder's subsidies counted in its first grant's kind. */
    Optional<AccountLine> resolve(String line) {
        if (line.startsWith(FUNDER)) {
            String id = line.substring(FUNDER.length());
            for (Grant grant : canvas.getFunding().getGrants()) {
                Funder funder = grant.getFunder();
                if (funder != null && id.equals(funder.getId())) {
                    return Optional.of(switch (grant.getKind()) {
                        case PROJECT -> AccountLine.PROJECT_GRANTS;
                        case JOB_AID -> AccountLine.JOB_AID_GRANTS;
                        case INVESTMENT -> AccountLine.INVESTMENT_GRANTS;
                        default -> AccountLine.OPERATING_GRANTS;
                    });
                }
            }
            boolean known = canvas.getPartners().getFunders().stream().anyMatch(funder -> id.equals(funder.getId()));
            return known ? Optional.of(AccountLine.OPERATING_GRANTS) : Optional.empty();
        }
        return line(line);
    }

    /** Whether a mapping's line is one Pérenne knows (a line's key, a funder of this canvas, or {@link #NONE}). */
    public boolean knows(String line) {
        return line.strip().equals(NONE) || resolve(line.strip()).isPresent();
    }

    /** What the default chart alone maps an account to (a line's key), or empty. */
    public static Optional<String> defaultMappingOf(String account) {
        String best = null;
        for (String prefix : DEFAULTS.keySet()) {
            if (account.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return line(account).isPresent() ? Optional.of(account) : Optional.ofNullable(best).map(prefix -> DEFAULTS.get(prefix).column());
    }

    private static Optional<AccountLine> line(String key) {
        for (AccountLine line : AccountLine.values()) {
            if (line.column().equals(key)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
