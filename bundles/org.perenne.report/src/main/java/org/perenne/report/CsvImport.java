/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.Element;
import org.perenne.model.FixedCost;
import org.perenne.model.MembershipTier;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage.Literals;
import org.perenne.model.Service;
import org.perenne.model.ServiceKind;
import org.perenne.model.validation.CanvasValidator;

/**
 * Reads a list of offers or costs from a CSV file made in a spreadsheet, to add to a canvas: one row
 * per item, with the columns {@code type} (membership / service / cost, or formule / prestation /
 * charge), {@code name}, {@code amount} (monthly fee, unit price or monthly cost), {@code volume}
 * (members, or units a month), and optionally {@code category} (the service's kind or the cost's
 * category) and {@code unit_cost} (a service's cost per unit). Commas or semicolons separate the
 * columns (read by {@link CsvFiles}); a decimal comma is read too. Every bad row is reported and then nothing
 * is added: the caller adds all the items of a clean file at once (one step to undo).
 */
public final class CsvImport {

    /** An item to add, and where. */
    public record Addition(EObject owner, EReference feature, Element item) {
    }

    /** The items of a clean file, or the problems of a bad one (then no item). */
    public record Result(List<Addition> additions, List<String> problems) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("type", "type"), Map.entry("nom", "name"),
            Map.entry("name", "name"), Map.entry("montant", "amount"), Map.entry("amount", "amount"),
            Map.entry("prix", "amount"), Map.entry("price", "amount"), Map.entry("volume", "volume"),
            Map.entry("categorie", "category"), Map.entry("category", "category"), Map.entry("cout_unitaire", "unit_cost"),
            Map.entry("unit_cost", "unit_cost"));
    private static final Map<String, String> TYPES = Map.of("membership", "membership", "formule", "membership",
            "abonnement", "membership", "service", "service", "prestation", "service", "cost", "cost", "charge", "cost");
    private static final Map<String, CostCategory> COST_CATEGORIES = new HashMap<>();
    private static final Map<String, ServiceKind> SERVICE_KINDS = new HashMap<>();

    static {
        for (CostCategory category : CostCategory.values()) {
            COST_CATEGORIES.put(category.getName().toLowerCase(Locale.ROOT), category);
        }
        COST_CATEGORIES.putAll(Map.of("loyer", CostCategory.RENT, "energie", CostCategory.ENERGY, "assurance",
                CostCategory.INSURANCE, "assurances", CostCategory.INSURANCE, "telecoms", CostCategory.TELECOM, "entretien",
                CostCategory.MAINTENANCE, "comptabilite", CostCategory.ACCOUNTING, "consommables", CostCategory.CONSUMABLES,
                "autre", CostCategory.OTHER));
        for (ServiceKind kind : ServiceKind.values()) {
            SERVICE_KINDS.put(kind.getName().toLowerCase(Locale.ROOT), kind);
        }
        SERVICE_KINDS.putAll(Map.of("formation", ServiceKind.TRAINING, "atelier", ServiceKind.WORKSHOP, "mediation",
                ServiceKind.DIGITAL_MEDIATION, "evenement", ServiceKind.EVENT, "fablab", ServiceKind.FABLAB_TIME, "cafe",
                ServiceKind.CAFE, "hebergement", ServiceKind.HOSTING, "autre", ServiceKind.OTHER));
    }

    /** The largest list of offers or costs read: a spreadsheet of a few hundred lines makes a few kilobytes. */
    public static final long MAX_BYTES = 1024 * 1024;

    private CsvImport() {
    }

    /**
     * Reads a file (see {@link CsvFiles#read(Path)} for what is accepted).
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Result read(Path file, Canvas canvas, ReportText text) throws IOException {
        try {
            return read(CsvFiles.read(file, MAX_BYTES), canvas, text);
        } catch (CsvFiles.Malformed e) {
            return new Result(List.of(), List.of(e.explain(text)));
        }
    }

    /** Reads the rows of a CSV file, its header first. */
    public static Result read(CsvFiles.Table table, Canvas canvas, ReportText text) {
        List<CsvFiles.Row> rows = table.rows();
        List<String> problems = new ArrayList<>();
        List<Addition> additions = new ArrayList<>();
        if (rows.isEmpty()) {
            return new Result(List.of(), List.of(text.get("import.empty")));
        }
        List<String> names = rows.get(0).cells();
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String known = COLUMNS.get(plain(names.get(c)).replaceAll("[ -]+", "_")); // "Coût unitaire" is cout_unitaire
            if (known != null) {
                column.put(known, c);
            }
        }
        for (String needed : List.of("type", "name", "amount")) {
            if (!column.containsKey(needed)) {
                problems.add(text.get("import.missingColumn", needed));
            }
        }
        if (canvas.getOffers() == null || canvas.getCosts() == null) {
            problems.add(text.get("import.noBlock"));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        Set<String> ids = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            int line = rows.get(r).line();
            Row row = new Row(rows.get(r).cells(), column, table.separator(), line, text, problems);
            String type = TYPES.get(plain(row.text("type")));
            String name = row.text("name").strip();
            if (type == null) {
                problems.add(text.get("import.badType", line, row.text("type")));
                continue;
            }
            if (name.isEmpty()) {
                problems.add(text.get("import.noName", line));
                continue;
            }
            int before = problems.size();
            double amount = row.number("amount", true);
            double volume = row.number("volume", !type.equals("cost"));
            double unitCost = row.number("unit_cost", false);
            String category = plain(row.text("category"));
            Element item = switch (type) {
                case "membership" -> {
                    MembershipTier tier = PerenneFactory.eINSTANCE.createMembershipTier();
                    tier.setMonthlyFee(amount);
                    tier.setStartCount(volume);
                    tier.setTargetCount(volume);
                    yield tier;
                }
                case "service" -> {
                    Service service = PerenneFactory.eINSTANCE.createService();
                    service.setUnitPrice(amount);
                    service.setUnitsPerMonth(volume);
                    service.setVariableCostPerUnit(unitCost);
                    ServiceKind kind = category.isEmpty() ? ServiceKind.OTHER : SERVICE_KINDS.get(category);
                    if (kind == null) {
                        problems.add(text.get("import.badCategory", line, row.text("category")));
                    } else {
                        service.setKind(kind);
                    }
                    yield service;
                }
                default -> {
                    FixedCost cost = PerenneFactory.eINSTANCE.createFixedCost();
                    cost.setMonthlyAmount(amount);
                    CostCategory costCategory = category.isEmpty() ? CostCategory.OTHER : COST_CATEGORIES.get(category);
                    if (costCategory == null) {
                        problems.add(text.get("import.badCategory", line, row.text("category")));
                    } else {
                        cost.setCategory(costCategory);
                    }
                    yield cost;
                }
            };
            if (problems.size() > before) {
                continue;
            }
            item.setName(name);
            item.setId(freeId(canvas, ids, name));
            additions.add(switch (type) {
                case "membership" -> new Addition(canvas.getOffers(), Literals.OFFERS_BLOCK__MEMBERSHIP_TIERS, item);
                case "service" -> new Addition(canvas.getOffers(), Literals.OFFERS_BLOCK__SERVICES, item);
                default -> new Addition(canvas.getCosts(), Literals.COSTS_BLOCK__FIXED_COSTS, item);
            });
        }
        if (additions.isEmpty() && problems.isEmpty()) {
            problems.add(text.get("import.empty"));
        }
        return problems.isEmpty() ? new Result(additions, List.of()) : new Result(List.of(), problems);
    }

    /** One row's cells by column, reporting what cannot be read. */
    private record Row(List<String> cells, Map<String, Integer> column, char separator, int line, ReportText text,
            List<String> problems) {

        String text(String name) {
            Integer c = column.get(name);
            return c == null || c >= cells.size() ? "" : cells.get(c).strip();
        }

        double number(String name, boolean needed) {
            String written = text(name).replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "");
            if (written.isEmpty()) {
                if (needed) {
                    problems.add(text.get("import.missingValue", line, name));
                }
                return 0;
            }
            if (separator == ';') {
                written = written.replace(',', '.');
            }
            if (!written.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
                problems.add(text.get("import.badNumber", line, text(name), name));
                return 0;
            }
            double number = Double.parseDouble(written);
            double largest = name.equals("volume") ? CanvasValidator.LARGEST_COUNT : CanvasValidator.LARGEST_AMOUNT;
            if (number > largest) {
                problems.add(text.get("import.tooLarge", line, text(name), name, largest));
                return 0;
            }
            return number;
        }
    }

    /** Lower case without accents or spaces around: "Énergie " → "energie". */
    private static String plain(String word) {
        return Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String freeId(Canvas canvas, Set<String> taken, String name) {
        String stem = "import-" + plain(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String id = stem;
        for (int n = 2; taken.contains(id) || (canvas.eResource() != null && canvas.eResource().getEObject(id) != null); n++) {
            id = stem + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
