/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.perenne.model.AccountBalance;
import org.perenne.model.AccountMapping;
import org.perenne.model.ActualAccounts;
import org.perenne.model.Canvas;
import org.perenne.model.CashBalance;
import org.perenne.model.PerenneFactory;
import org.perenne.model.io.SafeFiles;
import org.perenne.simulation.actuals.AccountChart;

/**
 * Reads a place's actual accounts: a FEC (fichier des écritures comptables, the 18 columns every French
 * accounting package writes, separated by tabs or "|", dates AAAAMMJJ, decimal comma or point), or a plain
 * CSV of monthly totals per canvas line ({@code month;line;amount}, or {@code mois;ligne;montant}) for a
 * place without accounting software. What it keeps: each income-statement account's balance by month
 * (classes 6, 7 and the in-kind 86, 87) and the bank and cash accounts' (512, 53) balance at each month
 * end. Every problem is reported with its line, and then nothing is imported.
 */
public final class AccountsImport {

    /** The largest file read: a small association's FEC is a few megabytes. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The largest account mapping read: a few hundred lines of account;line make a few kilobytes. */
    public static final long MAPPING_MAX_BYTES = 1024 * 1024;

    /** The FEC's columns, in their order (article A47 A-1 of the Livre des procédures fiscales). */
    public static final List<String> FEC_COLUMNS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
            "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
            "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");

    /** What the monthly CSV calls the bank's closing balance. */
    private static final Set<String> CASH_LINES = Set.of("cash", "tresorerie", "trésorerie", "closing_cash");
    private static final DateTimeFormatter FEC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** The accounts read from a clean file, or the problems of a bad one (then no accounts). */
    public record Result(ActualAccounts accounts, List<String> problems) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private AccountsImport() {
    }

    /**
     * Reads a FEC or a monthly CSV for a canvas (whose horizon the dates must fall in).
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Result read(Path file, Canvas canvas, ReportText text) throws IOException {
        byte[] bytes;
        try {
            bytes = SafeFiles.read(file, MAX_BYTES);
        } catch (SafeFiles.Refused e) {
            return refused(e.reason() == SafeFiles.Refused.Reason.TOO_LARGE
                    ? text.get("actuals.tooBig", MAX_BYTES / (1024 * 1024)) : SafeFiles.explain(e, text.locale()));
        }
        String content = CsvFiles.decode(bytes);
        String body = content.startsWith("\ufeff") ? content.substring(1) : content;
        int end = body.indexOf('\n');
        String header = (end < 0 ? body : body.substring(0, end)).strip();
        try {
            Result result;
            if (header.toLowerCase(Locale.ROOT).startsWith("journalcode")) {
                result = fec(CsvFiles.parse(body, header.contains("\t") ? '\t' : '|', false), canvas, text);
            } else {
                result = monthly(CsvFiles.parse(body), canvas, text);
            }
            if (result.isClean()) {
                result.accounts().setSource(file.getFileName().toString());
            }
            return result;
        } catch (CsvFiles.Malformed e) {
            return refused(e.explain(text));
        }
    }

    private static Result fec(CsvFiles.Table table, Canvas canvas, ReportText text) {
        List<CsvFiles.Row> rows = table.rows();
        List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
        if (header.size() != FEC_COLUMNS.size() || !lowerCase(header).equals(lowerCase(FEC_COLUMNS))) {
            return refused(text.get("actuals.fecHeader", header.size(), String.join(", ", FEC_COLUMNS)));
        }
        List<String> problems = new ArrayList<>();
        Period period = new Period(canvas);
        Map<String, long[]> entries = new LinkedHashMap<>();
        Map<String, Integer> entryLines = new LinkedHashMap<>();
        Map<String, Map<YearMonth, Long>> balances = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        TreeMap<YearMonth, Long> cashMoves = new TreeMap<>();
        for (CsvFiles.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.size() != FEC_COLUMNS.size()) {
                problems.add(text.get("actuals.columns", row.line(), cells.size(), FEC_COLUMNS.size()));
                continue;
            }
            String account = cells.get(4).strip();
            LocalDate date = date(cells.get(3).strip());
            Long debit = cents(cells.get(11));
            Long credit = cents(cells.get(12));
            if (date == null) {
                problems.add(text.get("actuals.badDate", row.line(), cells.get(3)));
            } else if (!period.contains(YearMonth.from(date))) {
                problems.add(text.get("actuals.outOfHorizon", row.line(), text.figures().date(date), period.describe(text)));
            }
            if (debit == null) {
                problems.add(text.get("actuals.badAmount", row.line(), cells.get(11), "Debit"));
            }
            if (credit == null) {
                problems.add(text.get("actuals.badAmount", row.line(), cells.get(12), "Credit"));
            }
            if (account.isEmpty()) {
                problems.add(text.get("actuals.noAccount", row.line()));
            }
            if (date == null || debit == null || credit == null || account.isEmpty()) {
                continue;
            }
            String entry = cells.get(0).strip() + " " + cells.get(2).strip();
            entryLines.putIfAbsent(entry, row.line());
            long[] sums = entries.computeIfAbsent(entry, e -> new long[2]);
            YearMonth month = YearMonth.from(date);
            try {
                // exact sums in cents: an overflow is said, never wrapped into a wrong balance
                sums[0] = Math.addExact(sums[0], debit);
                sums[1] = Math.addExact(sums[1], credit);
                if (AccountChart.isIncomeStatement(account)) {
                    long amount = AccountChart.isIncome(account) ? credit - debit : debit - credit;
                    balances.computeIfAbsent(account, a -> new TreeMap<>()).merge(month, amount, Math::addExact);
                    labels.putIfAbsent(account, cells.get(5).strip());
                } else if (account.startsWith("512") || account.startsWith("53")) {
                    cashMoves.merge(month, debit - credit, Math::addExact);
                }
            } catch (ArithmeticException tooLarge) {
                problems.add(text.get("actuals.sumTooLarge", row.line()));
                return new Result(null, problems);
            }
        }
        entries.forEach((entry, sums) -> {
            if (sums[0] != sums[1]) {
                problems.add(text.get("actuals.unbalanced", entryLines.get(entry), entry, text.figures().cents(sums[0] / 100.0),
                        text.figures().cents(sums[1] / 100.0)));
            }
        });
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        ActualAccounts accounts = PerenneFactory.eINSTANCE.createActualAccounts();
        balances.forEach((account, months) -> months.forEach((month, amount) -> accounts.getBalances()
                .add(balance(account, labels.get(account), month, amount))));
        if (!cashMoves.isEmpty()) {
            long closing = 0;
            for (YearMonth month = cashMoves.firstKey(); !month.isAfter(cashMoves.lastKey()); month = month.plusMonths(1)) {
                try {
                    closing = Math.addExact(closing, cashMoves.getOrDefault(month, 0L));
                } catch (ArithmeticException tooLarge) {
                    return refused(text.get("actuals.sumTooLarge", rows.get(rows.size() - 1).line()));
                }
                CashBalance cash = PerenneFactory.eINSTANCE.createCashBalance();
                cash.setMonth(month);
                cash.setAmount(closing / 100.0);
                accounts.getCash().add(cash);
            }
        }
        return new Result(accounts, List.of());
    }

    private static Result monthly(CsvFiles.Table table, Canvas canvas, ReportText text) {
        List<CsvFiles.Row> rows = table.rows();
        if (rows.isEmpty()) {
            return refused(text.get("import.empty"));
        }
        List<String> header = lowerCase(rows.get(0).cells().stream().map(String::strip).toList());
        int month = Math.max(header.indexOf("month"), header.indexOf("mois"));
        int line = Math.max(header.indexOf("line"), header.indexOf("ligne"));
        int amount = Math.max(header.indexOf("amount"), header.indexOf("montant"));
        if (month < 0 || line < 0 || amount < 0) {
            return refused(text.get("actuals.monthlyHeader"));
        }
        AccountChart chart = new AccountChart(canvas, List.of());
        Period period = new Period(canvas);
        List<String> problems = new ArrayList<>();
        ActualAccounts accounts = PerenneFactory.eINSTANCE.createActualAccounts();
        Set<String> seen = new HashSet<>();
        for (CsvFiles.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.size() <= Math.max(month, Math.max(line, amount))) {
                problems.add(text.get("actuals.columns", row.line(), cells.size(), header.size()));
                continue;
            }
            YearMonth when = yearMonth(cells.get(month).strip());
            String key = cells.get(line).strip().toLowerCase(Locale.ROOT);
            Long cents = cents(cells.get(amount));
            boolean cash = CASH_LINES.contains(key);
            if (when == null) {
                problems.add(text.get("actuals.badMonth", row.line(), cells.get(month)));
            } else if (!period.contains(when)) {
                problems.add(text.get("actuals.monthOutOfHorizon", row.line(), text.figures().month(when), period.describe(text)));
            }
            if (!cash && chart.lineOf(key).isEmpty()) {
                problems.add(text.get("actuals.badLine", row.line(), cells.get(line)));
            }
            if (cents == null) {
                problems.add(text.get("actuals.badAmount", row.line(), cells.get(amount), header.get(amount)));
            }
            if (when == null || cents == null || !period.contains(when)) {
                continue;
            }
            if (!seen.add(when + "/" + key)) {
                problems.add(text.get("actuals.twice", row.line(), cells.get(line), text.figures().month(when)));
            } else if (cash) {
                CashBalance balance = PerenneFactory.eINSTANCE.createCashBalance();
                balance.setMonth(when);
                balance.setAmount(cents / 100.0);
                accounts.getCash().add(balance);
            } else {
                accounts.getBalances().add(balance(key, key, when, cents));
            }
        }
        return problems.isEmpty() ? new Result(accounts, List.of()) : new Result(null, problems);
    }

    /**
     * Reads a mapping file, {@code account;line} a row (a header row is skipped): an account number or
     * prefix and a line key of {@code income-statement.csv} or {@code funder:ID}.
     */
    public static List<AccountMapping> mappings(Path file, Canvas canvas, ReportText text, List<String> problems)
            throws IOException {
        List<AccountMapping> mappings = new ArrayList<>();
        AccountChart chart = new AccountChart(canvas, List.of());
        CsvFiles.Table table;
        try {
            table = CsvFiles.read(file, MAPPING_MAX_BYTES);
        } catch (CsvFiles.Malformed e) {
            problems.add(text.get("actuals.mappingUnreadable", file.getFileName(), e.explain(text)));
            return mappings;
        } catch (SafeFiles.Refused e) {
            problems.add(text.get("actuals.mappingUnreadable", file.getFileName(), SafeFiles.explain(e, text.locale())));
            return mappings;
        }
        for (CsvFiles.Row row : table.rows()) {
            List<String> cells = row.cells();
            String account = cells.get(0).strip();
            if (row.line() == 1 && !account.isEmpty() && !Character.isDigit(account.charAt(0))) {
                continue;
            }
            if (cells.size() < 2 || account.isEmpty() || !chart.knows(cells.get(1))) {
                problems.add(text.get("actuals.badMapping", row.line(), String.join(";", cells)));
                continue;
            }
            AccountMapping mapping = PerenneFactory.eINSTANCE.createAccountMapping();
            mapping.setAccount(account);
            mapping.setLine(cells.get(1).strip());
            mappings.add(mapping);
        }
        return mappings;
    }

    /** The months a new import shares with the accounts a canvas already holds (re-importing replaces them). */
    public static Set<YearMonth> overlap(ActualAccounts existing, ActualAccounts imported) {
        Set<YearMonth> months = new TreeSet<>(months(existing));
        months.retainAll(months(imported));
        return months;
    }

    /**
     * The accounts after an import: the months it holds replaced (balances and cash), the other months
     * and the mappings kept.
     */
    public static ActualAccounts merged(ActualAccounts existing, ActualAccounts imported) {
        ActualAccounts merged = PerenneFactory.eINSTANCE.createActualAccounts();
        merged.setSource(imported.getSource());
        Set<YearMonth> replaced = months(imported);
        if (existing != null) {
            existing.getBalances().stream().filter(b -> !replaced.contains(b.getMonth()))
                    .forEach(b -> merged.getBalances().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(b)));
            existing.getCash().stream().filter(c -> !replaced.contains(c.getMonth()))
                    .forEach(c -> merged.getCash().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(c)));
            merged.getMappings().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(existing.getMappings()));
        }
        merged.getBalances().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(imported.getBalances()));
        merged.getCash().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(imported.getCash()));
        merged.getBalances().sort(java.util.Comparator.comparing(AccountBalance::getMonth).thenComparing(AccountBalance::getAccount));
        merged.getCash().sort(java.util.Comparator.comparing(CashBalance::getMonth));
        return merged;
    }

    private static Set<YearMonth> months(ActualAccounts accounts) {
        Set<YearMonth> months = new TreeSet<>();
        if (accounts != null) {
            accounts.getBalances().forEach(b -> months.add(b.getMonth()));
            accounts.getCash().forEach(c -> months.add(c.getMonth()));
        }
        return months;
    }

    private static AccountBalance balance(String account, String label, YearMonth month, long cents) {
        AccountBalance balance = PerenneFactory.eINSTANCE.createAccountBalance();
        balance.setAccount(account);
        balance.setLabel(label);
        balance.setMonth(month);
        balance.setAmount(cents / 100.0);
        return balance;
    }

    private static Result refused(String problem) {
        return new Result(null, List.of(problem));
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, FEC_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static YearMonth yearMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An amount in cents: decimal comma or point, empty for 0; null when it is not an amount. */
    static Long cents(String text) {
        String plain = text.strip().replace(',', '.');
        if (plain.isEmpty()) {
            return 0L;
        }
        if (!plain.matches("[-+]?[0-9]{1,12}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain).movePointRight(2).longValueExact();
    }

    /** The months of a canvas's horizon. */
    private record Period(YearMonth first, YearMonth last) {
        Period(Canvas canvas) {
            this(canvas.getStartMonth(), canvas.getStartMonth().plusMonths(12L * canvas.getHorizonYears() - 1));
        }

        boolean contains(YearMonth month) {
            return !month.isBefore(first) && !month.isAfter(last);
        }

        String describe(ReportText text) {
            return text.figures().month(first) + " – " + text.figures().month(last);
        }
    }
}
