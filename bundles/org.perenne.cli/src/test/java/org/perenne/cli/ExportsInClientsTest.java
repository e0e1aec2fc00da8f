/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.perenne.cli.CliRun.perenne;
import static org.perenne.cli.CliRun.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.model.FigureFormat;
import org.perenne.model.io.CanvasFiles;
import org.perenne.report.ReportFigures;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.report.WorkshopReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The exports as people open them: the workbook and the CSV files in LibreOffice Calc (Debian's
 * {@code libreoffice-calc-nogui}, started once for every file, in French), the PDF read by
 * {@code pdftotext} (poppler-utils). {@code releng/test} installs both. Every cell must show the command
 * line's value in its column's kind, every CSV value must come in as a number or as intact text with the
 * import options the README gives, and the PDF's figures must be the command line's. Checked on the
 * hybrid sample and on random canvases made from the samples ({@link RandomCanvas}): every output of a
 * canvas agrees to the cent.
 */
class ExportsInClientsTest {

    /** The CSV import options the README documents: comma, double quote, UTF-8, decimal point (English). */
    static final String CSV_IMPORT = "CSV:44,34,76,1,,1033,false,false";
    private static final String SAMPLE = "tiers-lieu-hybride";
    /** How many random canvases join the sample (seeded: the same ones on every run); -Dperenne.randomCanvases=N for more. */
    private static final int RANDOM_CANVASES = Integer.getInteger("perenne.randomCanvases", 4);
    private static final List<String> SAMPLES = List.of("coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride");
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

    @TempDir
    static Path folder;
    static Path opened;
    /** The canvases checked: the sample as it is, then random ones made from the samples. */
    static final List<String> canvasNames = new ArrayList<>();
    static final Map<String, Path> files = new HashMap<>();
    /** The command line's CSV files by canvas, language and table: "fablab-random-1/fr/indicators". */
    static Map<String, List<List<String>>> csv = new HashMap<>();
    static Map<String, Map<String, Object>> summaries = new HashMap<>();
    /** "base" and each canvas's scenarios, as the report compares them. */
    static Map<String, List<String>> canvasScenarios = new HashMap<>();
    static Map<String, Canvas> canvases = new HashMap<>();

    /** What one spreadsheet cell holds and shows. */
    record Cell(String type, String value, String shown) {
    }

    @BeforeAll
    static void exportAndOpen() throws Exception {
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        Path made = Files.createDirectories(folder.resolve("canvases"));
        canvasNames.add(SAMPLE);
        files.put(SAMPLE, Path.of(sample(SAMPLE)));
        for (int i = 1; i <= RANDOM_CANVASES; i++) {
            String from = SAMPLES.get((i - 1) % SAMPLES.size());
            String name = from + "-random-" + i;
            Path file = made.resolve(name + ".perenne");
            CanvasFiles.save(RandomCanvas.of(Path.of(sample(from)), i), file);
            canvasNames.add(name);
            files.put(name, file);
        }
        for (String name : canvasNames) {
            String path = files.get(name).toString();
            for (String language : List.of("fr", "en")) {
                Path out = folder.resolve(name + "-xlsx-" + language);
                assertEquals(0, perenne("report", path, "--format", "xlsx", "--out", out.toString(), "--lang", language).exit(), name);
                Files.copy(out.resolve(name + ".xlsx"), inputs.resolve(name + "-workbook-" + language + ".xlsx"));
                assertEquals(0, perenne("report", path, "--format", "pdf", "--out", folder.resolve(name + "-pdf-" + language).toString(),
                        "--lang", language).exit(), name);
                Path csvOut = folder.resolve(name + "-csv-" + language);
                assertEquals(0, perenne("report", path, "--format", "csv", "--out", csvOut.toString(), "--lang", language).exit(), name);
                try (Stream<Path> written = Files.list(csvOut.resolve(name + "-csv"))) {
                    for (Path file : written.toList()) {
                        if (language.equals("fr")) {
                            Files.copy(file, inputs.resolve(name + "-csv-" + file.getFileName()));
                        }
                        csv.put(name + "/" + language + "/" + file.getFileName().toString().replace(".csv", ""), CliRun.csv(file));
                    }
                }
            }
            CliRun simulated = perenne("simulate", path, "--runs", "10000", "--json", "--out", folder.resolve(name + "-simulate").toString());
            assertEquals(0, simulated.exit(), simulated.err());
            summaries.put(name, json(simulated.out()));
            Canvas canvas = CanvasFiles.load(files.get(name), Locale.FRENCH).canvas();
            canvases.put(name, canvas);
            List<String> compared = new ArrayList<>(List.of("base"));
            canvas.getScenarios().stream().limit(ReportFigures.MAX_SCENARIOS).forEach(scenario -> compared.add(scenario.getName()));
            canvasScenarios.put(name, compared);
            CliRun comparison = perenne("compare", path, "--scenarios", String.join(",", compared), "--out",
                    folder.resolve(name + "-compare").toString());
            assertEquals(0, comparison.exit(), comparison.err());
            csv.put(name + "/compare", CliRun.csv(folder.resolve(name + "-compare").resolve("compare.csv")));
        }
        opened = Files.createDirectories(folder.resolve("opened"));
        List<String> command = new ArrayList<>(List.of(tool("soffice", "libreoffice-calc-nogui"), "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("office-profile").toUri(), "--infilter=" + CSV_IMPORT, "--convert-to",
                "fods", "--outdir", opened.toString()));
        try (Stream<Path> inputFiles = Files.list(inputs)) {
            inputFiles.sorted().forEach(file -> command.add(file.toString()));
        }
        run(command, Map.of("LC_ALL", "fr_FR.UTF-8", "LANG", "fr_FR.UTF-8"));
    }

    @Test
    void everyCellOfTheWorkbookShowsTheCommandLinesValueInItsKind() throws Exception {
        for (String name : canvasNames) {
            for (String language : List.of("fr", "en")) {
                ReportText text = new ReportText(Locale.forLanguageTag(language));
                List<ReportTable> tables = new ReportFigures(canvases.get(name), null, 200, 1, 1, LocalDate.now()).tables(text);
                List<List<List<Cell>>> sheets = sheets(opened.resolve(name + "-workbook-" + language + ".fods"));
                assertEquals(tables.size(), sheets.size(), name + ": one sheet a table");
                int checked = 0;
                for (int t = 0; t < tables.size(); t++) {
                    ReportTable table = tables.get(t);
                    List<List<String>> expected = csv.get(name + "/" + language + "/" + table.name());
                    List<List<Cell>> sheet = sheets.get(t);
                    assertEquals(expected.size(), sheet.size(), name + " " + table.name() + ": rows, with the titles");
                    for (int r = 1; r < expected.size(); r++) {
                        for (int c = 0; c < table.columns().size(); c++) {
                            String where = name + " " + language + " " + table.name() + " row " + r + " " + table.columns().get(c).key();
                            Cell cell = c < sheet.get(r).size() ? sheet.get(r).get(c) : new Cell("", "", "");
                            shownInKind(table.kind(r - 1, c), expected.get(r).get(c), cell, text, where);
                            checked++;
                        }
                    }
                }
                assertTrue(checked > 1000, name + ": cells checked: " + checked);
            }
        }
    }

    /**
     * The property over random canvases: for each, the summary's lowest cash and cash at the end are the
     * lowest and the last closing cash of the cash table the CSV, the workbook and the report share, to the
     * cent; the yearly cash movements add up to the change of closing cash.
     */
    @Test
    void theSummaryAndTheCashTableAgreeToTheCentOnEveryCanvas() {
        for (String name : canvasNames) {
            List<List<String>> cash = csv.get(name + "/fr/cashflow");
            int closing = cash.get(0).indexOf("closing_cash");
            int net = cash.get(0).indexOf("net");
            BigDecimal lowest = null;
            BigDecimal previous = null;
            for (List<String> month : cash.subList(1, cash.size())) {
                BigDecimal value = new BigDecimal(month.get(closing));
                lowest = lowest == null || value.compareTo(lowest) < 0 ? value : lowest;
                if (previous != null) {
                    assertEquals(previous.add(new BigDecimal(month.get(net))), value, name + " " + month.get(0) + ": closing = previous + net");
                }
                previous = value;
            }
            Map<String, Object> summary = summaries.get(name);
            assertEquals(0, lowest.compareTo((BigDecimal) summary.get("minimum_cash")), name + ": lowest cash");
            assertEquals(0, previous.compareTo((BigDecimal) summary.get("closing_cash_end")), name + ": cash at the end");
        }
    }

    /** A cell as LibreOffice shows it (in French), against the CSV's value and the column's kind. */
    private static void shownInKind(ReportTable.Kind kind, String value, Cell cell, ReportText text, String where) {
        if (value.isEmpty()) {
            assertEquals("", cell.shown(), where + ": an empty cell stays empty");
            return;
        }
        String shown = SPACES.matcher(cell.shown()).replaceAll("").replace(',', '.');
        switch (kind) {
            case MONEY -> {
                assertTrue(shown.matches("-?[0-9]+\\.[0-9]{2}€"), where + ": money with cents and €, not \"" + cell.shown() + "\"");
                assertEquals(new BigDecimal(value), new BigDecimal(shown.replace("€", "")), where);
                assertEquals(new BigDecimal(value).doubleValue(), Double.parseDouble(cell.value()), 1e-9, where);
            }
            case PERCENTAGE -> {
                assertEquals("percentage", cell.type(), where);
                assertTrue(shown.matches("-?[0-9]+\\.[0-9]%"), where + ": a percentage, not \"" + cell.shown() + "\"");
                assertEquals(new BigDecimal(value).movePointRight(2).setScale(1, RoundingMode.HALF_UP), new BigDecimal(shown.replace("%", "")),
                        where);
                // every percentage of Pérenne is a share of something (hours or counts shown as % are the defect), but for
                // self-financing: own income against costs, above 100 % when the place earns more than it spends
                assertTrue(Math.abs(Double.parseDouble(value)) <= 1 || where.endsWith(" self_financing"),
                        where + ": a share above 100 %: " + cell.shown());
            }
            case HOURS, DECIMAL -> {
                assertTrue(shown.matches("-?[0-9]+\\.[0-9]"), where + ": a number with one decimal, not \"" + cell.shown() + "\"");
                assertEquals(new BigDecimal(value).setScale(1, RoundingMode.HALF_UP), new BigDecimal(shown), where);
            }
            case INDEX -> {
                assertTrue(shown.matches("-?[0-9]+\\.[0-9]{2}"), where + ": an index with two decimals, not \"" + cell.shown() + "\"");
                assertEquals(new BigDecimal(value).setScale(2, RoundingMode.HALF_UP), new BigDecimal(shown), where);
            }
            case COUNT, YEAR -> {
                assertTrue(shown.matches("-?[0-9]+"), where + ": a whole number, not \"" + cell.shown() + "\"");
                assertEquals(new BigDecimal(value).setScale(0, RoundingMode.HALF_UP), new BigDecimal(shown), where);
            }
            case MONTH -> {
                assertEquals("date", cell.type(), where);
                assertEquals(value + "-01", cell.value(), where);
                assertFalse(cell.shown().matches(".*[0-9]{4}-[0-9]{2}.*"), where + ": a month by its name, not " + cell.shown());
            }
            case YES_NO -> assertEquals(text.get(Boolean.parseBoolean(value) ? "yes" : "no"), cell.shown(), where);
            case FLAG -> assertEquals(text.get(value.equals("1") ? "yes" : "no"), cell.shown(), where);
            case TEXT, LINE, BY_ROW -> assertEquals(text.cell(kind == ReportTable.Kind.BY_ROW ? ReportTable.Kind.TEXT : kind, value),
                    cell.shown(), where);
        }
        if (kind.numeric()) {
            assertTrue(List.of("float", "percentage", "currency").contains(cell.type()), where + ": a number, not " + cell.type());
        }
    }

    @Test
    void everyCsvFileComesInAsNumbersAndIntactText() throws Exception {
        ReportText text = new ReportText(Locale.FRENCH);
        boolean accents = false;
        for (String name : canvasNames) {
            for (ReportTable table : new ReportFigures(canvases.get(name), null, 200, 1, 1, LocalDate.now()).tables(text)) {
                List<List<String>> expected = csv.get(name + "/fr/" + table.name());
                List<List<Cell>> sheet = sheets(opened.resolve(name + "-csv-" + table.name() + ".fods")).get(0);
                assertEquals(expected.size(), sheet.size(), name + " " + table.name());
                for (int c = 0; c < expected.get(0).size(); c++) {
                    assertEquals(expected.get(0).get(c), sheet.get(0).get(c).shown(), table.name() + ": the column's name");
                }
                for (int r = 1; r < expected.size(); r++) {
                    for (int c = 0; c < expected.get(r).size(); c++) {
                        String value = expected.get(r).get(c);
                        Cell cell = c < sheet.get(r).size() ? sheet.get(r).get(c) : new Cell("", "", "");
                        String where = name + " " + table.name() + ".csv row " + r + " " + expected.get(0).get(c) + " \"" + value + "\"";
                        if (value.isEmpty()) {
                            assertEquals("", cell.shown(), where);
                        } else if (table.kind(r - 1, c).numeric()) {
                            assertEquals("float", cell.type(), where + ": a number");
                            assertEquals(Double.parseDouble(value), Double.parseDouble(cell.value()), 1e-9, where);
                        } else {
                            // an account number ("64") may come in as a number: it still reads the same
                            assertTrue(cell.type().equals("string") || value.matches("[0-9]+"), where + ": text, not " + cell.type());
                            assertEquals(value, cell.shown(), where + ": the same text, accents intact");
                            accents |= !value.equals(withoutAccents(value));
                        }
                    }
                }
            }
        }
        assertTrue(accents, "the sample's names have accents to check");
    }

    @Test
    void thePdfsFiguresAreTheCommandLines() throws Exception {
        for (String name : canvasNames) {
            thePdfsFiguresAreTheCommandLines(name);
        }
    }

    private void thePdfsFiguresAreTheCommandLines(String name) throws Exception {
        Map<String, Object> summary = summaries.get(name);
        Canvas canvas = canvases.get(name);
        for (String language : List.of("fr", "en")) {
            ReportText text = new ReportText(Locale.forLanguageTag(language));
            FigureFormat figures = FigureFormat.of(text.locale());
            Path pdf = folder.resolve(name + "-pdf-" + language).resolve(name + ".pdf");
            List<String> lines = pdfText(pdf, "-layout");
            List<String> joined = lines.stream().map(line -> SPACES.matcher(line).replaceAll("")).toList();
            String all = String.join("", joined);
            @SuppressWarnings("unchecked")
            Map<String, Object> risk = (Map<String, Object>) summary.get("monte_carlo");
            for (String figure : List.of(figures.euros(number(summary, "minimum_cash")), figures.euros(number(summary, "closing_cash_end")),
                    figures.euros(number(summary, "structural_result")),
                    figures.percent(((BigDecimal) risk.get("probability_cash_negative")).doubleValue()))) {
                assertTrue(all.contains(SPACES.matcher(figure).replaceAll("")), name + " " + language + ": key figure " + figure);
            }
            // the yearly table: a line whose figures are indicators.csv's, to the cent, and its percentages (a page per
            // group of years when there are more than eight)
            List<List<String>> indicators = csv.get(name + "/" + language + "/indicators");
            int perPage = WorkshopReport.yearsPerPage(indicators.size() - 1, WorkshopReport.YEARS);
            for (String key : List.of("own_income", "operating_subsidies", "costs", "result", "result_without_operating_subsidies",
                    "subsidy_needed", "own_income_share", "grant_dependency")) {
                int column = indicators.get(0).indexOf(key);
                String label = SPACES.matcher(text.get("pdf.viability." + key)).replaceAll("");
                for (int first = 1; first < indicators.size(); first += perPage) {
                    StringBuilder row = new StringBuilder(label);
                    for (List<String> year : indicators.subList(first, Math.min(indicators.size(), first + perPage))) {
                        String value = year.get(column);
                        row.append(key.endsWith("share") || key.endsWith("dependency") ? figures.percentInColumn(Double.parseDouble(value))
                                : figures.cents(Double.parseDouble(value)));
                    }
                    assertTrue(joined.contains(SPACES.matcher(row).replaceAll("")), name + " " + language + ": the year-by-year line " + row
                            + "\nin the PDF: " + joined.stream().filter(line -> line.startsWith(label)).toList());
                }
            }
            // the scenarios compared: each line's figures are those of "perenne compare" (same seed, same paths)
            List<List<String>> compare = csv.get(name + "/compare");
            Map<String, String> scenarioLines = Map.of("minimum_cash", "keyFigure.lowest_cash", "closing_cash_end",
                    "keyFigure.cash_at_end", "structural_result", "keyFigure.structural_result", "p_negative", "keyFigure.risk");
            for (Map.Entry<String, String> line : scenarioLines.entrySet()) {
                int column = compare.get(0).indexOf(line.getKey());
                StringBuilder row = new StringBuilder(text.get(line.getValue(), canvas.getHorizonYears()));
                for (List<String> scenario : compare.subList(1, compare.size())) {
                    double value = Double.parseDouble(scenario.get(column));
                    boolean aRisk = line.getKey().equals("p_negative");
                    // marked as it should worry: a risk above 5 %, an amount below zero
                    // (the PDF's fonts have no warning sign: it prints "!")
                    String cell = (aRisk ? value > 0.05 ? "! " : "" : value < 0 ? "! " : "")
                            + (aRisk ? figures.percent(value) : figures.euros(value));
                    row.append(cell);
                }
                assertTrue(joined.contains(SPACES.matcher(row).replaceAll("")), name + " " + language + ": the scenarios' line " + row);
            }
            assertEquals(canvasScenarios.get(name).size() + 1, compare.size(), "every scenario compared");
            // the budget: each line's amounts are budget.csv's, to the cent (its lines add up to its totals as printed)
            List<List<String>> budget = csv.get(name + "/" + language + "/budget");
            int budgetPage = WorkshopReport.yearsPerPage(budget.get(0).size() - 2, WorkshopReport.BUDGET_YEARS);
            for (List<String> line : budget.subList(1, budget.size())) {
                String words = SPACES.matcher(text.get(line.get(1))).replaceAll("");
                for (int first = 2; first < line.size(); first += budgetPage) {
                    StringBuilder amounts = new StringBuilder();
                    line.subList(first, Math.min(line.size(), first + budgetPage))
                            .forEach(cents -> amounts.append(figures.cents(Double.parseDouble(cents))));
                    String expected = SPACES.matcher(amounts).replaceAll("");
                    assertTrue(joined.stream().anyMatch(l -> l.contains(words) && l.endsWith(expected)),
                            name + " " + language + ": budget line " + line.get(1) + " " + amounts);
                }
            }
            // in reading order (the layout mode squeezes the space out of a short right-aligned "0 €")
            List<String> read = pdfText(pdf, "-raw");
            for (String line : read) {
                String trimmed = line.strip();
                assertFalse(trimmed.endsWith("…"), language + ": a cut text: " + line);
                assertFalse(trimmed.startsWith("%") || trimmed.startsWith("€") || trimmed.startsWith(":") || trimmed.startsWith(";"),
                        language + ": a sign alone at the start of a line: " + line);
                assertFalse(trimmed.contains("->") || trimmed.contains("<=") || trimmed.contains(">="), language + ": " + line);
            }
            if (language.equals("fr")) {
                Pattern stuck = Pattern.compile("[0-9][%€]");
                assertEquals(List.of(), read.stream().filter(line -> stuck.matcher(line).find()).toList(),
                        "French numbers stuck to their unit");
                assertTrue(all.contains(SPACES.matcher(figures.date(LocalDate.now())).replaceAll("")), "the date as French writes it");
            }
        }
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((BigDecimal) summary.get(key)).doubleValue();
    }

    /** The sheets of an OpenDocument flat file: rows of cells, repeated rows and cells expanded, trailing blanks dropped. */
    static List<List<List<Cell>>> sheets(Path fods) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(fods.toFile());
        List<List<List<Cell>>> sheets = new ArrayList<>();
        NodeList tables = document.getElementsByTagNameNS(TABLE, "table");
        for (int t = 0; t < tables.getLength(); t++) {
            List<List<Cell>> rows = new ArrayList<>();
            NodeList rowNodes = ((Element) tables.item(t)).getElementsByTagNameNS(TABLE, "table-row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                Element row = (Element) rowNodes.item(r);
                List<Cell> cells = new ArrayList<>();
                for (Node node = row.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element cell && (cell.getLocalName().equals("table-cell")
                            || cell.getLocalName().equals("covered-table-cell"))) {
                        Cell read = cell(cell);
                        // blank cells up to the sheet's last column are written as one, repeated thousands of times
                        int repeated = Math.min(repeated(cell, "number-columns-repeated"), read.shown().isEmpty() ? 256 : Integer.MAX_VALUE);
                        for (int i = 0; i < repeated; i++) {
                            cells.add(read);
                        }
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).shown().isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                int repeated = cells.isEmpty() ? 1 : repeated(row, "number-rows-repeated");
                for (int i = 0; i < repeated; i++) {
                    rows.add(cells);
                }
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
                rows.remove(rows.size() - 1);
            }
            sheets.add(rows);
        }
        return sheets;
    }

    private static Cell cell(Element cell) {
        String type = cell.getAttributeNS(OFFICE, "value-type");
        String value = switch (type) {
            case "date" -> cell.getAttributeNS(OFFICE, "date-value").replaceAll("T.*", "");
            case "float", "percentage", "currency" -> cell.getAttributeNS(OFFICE, "value");
            default -> "";
        };
        List<String> paragraphs = new ArrayList<>();
        NodeList texts = cell.getElementsByTagNameNS(TEXT, "p");
        for (int i = 0; i < texts.getLength(); i++) {
            paragraphs.add(texts.item(i).getTextContent());
        }
        return new Cell(type, value, String.join("\n", paragraphs));
    }

    private static int repeated(Element element, String attribute) {
        String count = element.getAttributeNS(TABLE, attribute);
        return count.isEmpty() ? 1 : Integer.parseInt(count);
    }

    private static List<String> pdfText(Path pdf, String mode) throws Exception {
        Path text = pdf.resolveSibling(pdf.getFileName() + mode + ".txt");
        run(List.of(tool("pdftotext", "poppler-utils"), mode, "-enc", "UTF-8", pdf.toString(), text.toString()), Map.of());
        return Files.readAllLines(text, StandardCharsets.UTF_8);
    }

    /** The flat JSON object of {@code simulate --json}, numbers as BigDecimal (enough for its top level and "monte_carlo"). */
    private static Map<String, Object> json(String text) {
        Map<String, Object> top = new HashMap<>();
        Map<String, Object> current = top;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("\"monte_carlo\"")) {
                current = new HashMap<>();
                top.put("monte_carlo", current);
                continue;
            }
            java.util.regex.Matcher pair = Pattern.compile("\"([a-z_]+)\": (-?[0-9.]+),?$").matcher(trimmed);
            if (pair.matches()) {
                current.put(pair.group(1), new BigDecimal(pair.group(2)));
            }
        }
        return top;
    }

    /** A program the test needs, found on the PATH, or the test fails saying which package to install. */
    private static String tool(String name, String debianPackage) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(directory, name))) {
                return Path.of(directory, name).toString();
            }
        }
        return fail(name + " is needed to open the exports as people do: install Debian's " + debianPackage
                + " (releng/test installs it)");
    }

    private static void run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("tool-" + Path.of(command.get(0)).getFileName() + ".log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish in 3 minutes");
        }
        assertEquals(0, process.exitValue(), () -> command + " failed: " + log(command));
    }

    private static String log(List<String> command) {
        try {
            return Files.readString(folder.resolve("tool-" + Path.of(command.get(0)).getFileName() + ".log"));
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Text without its accents, to tell whether a sample's names have any. */
    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
