/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.perenne.model.validation.CanvasValidator;
import org.perenne.simulation.portfolio.PublishedGrants;

/**
 * Reads a funder's published grants: the SCDL « subventions » table (OpenDataFrance, schema.data.gouv.fr
 * scdl/subventions), in its 1.x and 2.0 columns ({@code nomAttribuant, idAttribuant, dateConvention,
 * referenceDecision, nomBeneficiaire, idBeneficiaire, objet, montant, nature, conditionsVersement,
 * datesPeriodeVersement, idRAE, notificationUE, pourcentageSubvention}) or its 2.1 columns (with
 * {@code multiFinanceur, montantTotal, montantAttribuant, dateDecision, dateDebutVersement…}); columns in
 * any order, commas or semicolons (read by {@link CsvFiles}). The beneficiary's amount is the grant's
 * amount ({@code montantAttribuant} when given, else {@code montant} or {@code montantTotal}) times its
 * {@code pourcentageSubvention} (1 when empty); its year is the year of its convention (else of its
 * decision, else of its first payment). A row with an identifier that is not 14 digits, an amount that is
 * not a number or a date that is not ISO (AAAA-MM-JJ) is kept as a problem with its line, never dropped.
 */
public final class PublishedGrantsFile {

    /** A bad row: its line and what is wrong, in the reader's words. */
    public record Problem(int line, String text) {
    }

    /** The rows read, and the problems of the rows that could not be; or, for a file that is no SCDL table, only problems. */
    public record Result(List<PublishedGrants.Published> rows, List<Problem> problems) {
    }

    /** The largest published file read: a region's every grant of a decade fits many times. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private PublishedGrantsFile() {
    }

    /**
     * Reads a file.
     *
     * @throws IOException when it cannot be read at all
     */
    public static Result read(Path file, ReportText text) throws IOException {
        try {
            return read(CsvFiles.read(file, MAX_BYTES), text);
        } catch (CsvFiles.Malformed e) {
            return new Result(List.of(), List.of(new Problem(e.line(), e.explain(text))));
        }
    }

    /** Reads the rows of a CSV table, its header first. */
    public static Result read(CsvFiles.Table table, ReportText text) {
        List<CsvFiles.Row> rows = table.rows();
        if (rows.isEmpty()) {
            return new Result(List.of(), List.of(new Problem(1, text.get("import.empty"))));
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> names = rows.get(0).cells();
        for (int c = 0; c < names.size(); c++) {
            column.putIfAbsent(names.get(c).strip().toLowerCase(Locale.ROOT), c);
        }
        List<String> missing = new ArrayList<>();
        for (List<String> needed : List.of(List.of("nomAttribuant"), List.of("nomBeneficiaire"), List.of("montant", "montantTotal"),
                List.of("dateConvention", "dateDecision", "dateDebutVersement", "datesPeriodeVersement"))) {
            if (needed.stream().noneMatch(name -> column.containsKey(name.toLowerCase(Locale.ROOT)))) {
                missing.add(String.join(text.get("published.or"), needed));
            }
        }
        if (!missing.isEmpty()) {
            return new Result(List.of(), List.of(new Problem(rows.get(0).line(), text.get("published.notScdl", String.join(", ", missing)))));
        }
        List<PublishedGrants.Published> published = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (CsvFiles.Row row : rows.subList(1, rows.size())) {
            Cells cells = new Cells(row, column);
            List<String> wrong = new ArrayList<>();
            String funderId = identifier(cells.get("idattribuant"), "idAttribuant", wrong, text);
            String beneficiaryId = identifier(cells.get("idbeneficiaire"), "idBeneficiaire", wrong, text);
            BigDecimal amount = number(cells.first("montantattribuant", "montant", "montanttotal"), "montant", wrong, text);
            String share = cells.get("pourcentagesubvention");
            BigDecimal part = share.isEmpty() ? BigDecimal.ONE : number(share, "pourcentageSubvention", wrong, text);
            LocalDate date = date(cells.first("dateconvention", "datedecision", "datedebutversement"),
                    cells.get("datesperiodeversement"), wrong, text);
            if (wrong.isEmpty() && (amount.signum() < 0 || amount.doubleValue() > CanvasValidator.LARGEST_AMOUNT)) {
                wrong.add(text.get("published.badAmount", cells.first("montantattribuant", "montant", "montanttotal"),
                        CanvasValidator.LARGEST_AMOUNT));
            }
            if (wrong.isEmpty() && (part.signum() < 0 || part.compareTo(BigDecimal.ONE) > 0)) {
                wrong.add(text.get("published.badShare", share));
            }
            if (!wrong.isEmpty()) {
                problems.add(new Problem(row.line(), String.join(" ; ", wrong)));
                continue;
            }
            published.add(new PublishedGrants.Published(row.line(), cells.get("nomattribuant"), funderId,
                    cells.get("nombeneficiaire"), beneficiaryId, date.getYear(), cells.get("objet"),
                    amount.multiply(part).doubleValue()));
        }
        return new Result(List.copyOf(published), List.copyOf(problems));
    }

    /** The cells of one row by their column's lower-case name ("" for a column the file lacks). */
    private record Cells(CsvFiles.Row row, Map<String, Integer> column) {
        String get(String name) {
            Integer c = column.get(name);
            return c == null || c >= row.cells().size() ? "" : row.cells().get(c).strip();
        }

        /** The first of the columns that has a value. */
        String first(String... names) {
            for (String name : names) {
                if (!get(name).isEmpty()) {
                    return get(name);
                }
            }
            return "";
        }
    }

    /** A SIRET: 14 digits (spaces tolerated), or empty when the row gives none. */
    private static String identifier(String cell, String name, List<String> wrong, ReportText text) {
        String digits = cell.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!digits.isEmpty() && !digits.matches("[0-9]{14}")) {
            wrong.add(text.get("published.badSiret", name, cell));
        }
        return digits;
    }

    /** A number with a decimal point (a decimal comma is read too, as French spreadsheets write it). */
    private static BigDecimal number(String cell, String name, List<String> wrong, ReportText text) {
        try {
            return new BigDecimal(cell.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            wrong.add(text.get("published.badNumber", name, cell));
            return BigDecimal.ZERO;
        }
    }

    /** An ISO date (AAAA-MM-JJ), or the start of an ISO period (AAAA-MM-JJ/AAAA-MM-JJ). */
    private static LocalDate date(String cell, String period, List<String> wrong, ReportText text) {
        String value = cell.isEmpty() ? period.split("/", 2)[0].strip() : cell;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            wrong.add(text.get("published.badDate", value));
            return LocalDate.MIN;
        }
    }
}
