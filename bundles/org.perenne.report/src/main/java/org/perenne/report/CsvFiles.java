/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.perenne.model.io.SafeFiles;

/**
 * Every CSV file Pérenne reads or writes, through Apache Commons CSV: RFC 4180 quoting (a cell holding
 * the separator, a quote or a line break is quoted, quotes doubled), UTF-8 written, and a text cell
 * that a spreadsheet would take for a formula neutralised (OWASP: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, unless it is a
 * plain number such as {@code -12.50}).
 */
public final class CsvFiles {

    /** One record of a file read, with the line where it starts (a quoted cell may span several lines). */
    public record Row(int line, List<String> cells) {
    }

    /** The records of a file read, and its separator (a semicolon goes with decimal commas). */
    public record Table(char separator, List<Row> rows) {
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final CSVFormat WRITTEN = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CsvFiles() {
    }

    /** Writes rows (the header first) as a UTF-8 CSV file, whole or not at all. */
    public static void write(Path file, List<? extends List<String>> rows) throws IOException {
        SafeFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, WRITTEN);
            for (List<String> row : rows) {
                for (String cell : row) {
                    printer.print(safe(cell));
                }
                printer.println();
            }
            printer.flush();
        });
    }

    /**
     * A cell as a spreadsheet may show it without running it: text that would start a formula gets a
     * leading apostrophe; numbers, empty cells and other text are unchanged.
     */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /**
     * Reads a CSV file made by a spreadsheet: UTF-8 (with or without a byte-order mark), else
     * Windows-1252 (what a French Windows spreadsheet saves); semicolons when the first line holds
     * one, else commas; quoted cells may hold separators, quotes and line breaks; blank lines skipped.
     * Only a regular file is read, and no more than {@code maxBytes} ({@link SafeFiles#read}).
     */
    public static Table read(Path file, long maxBytes) throws IOException {
        return parse(decode(SafeFiles.read(file, maxBytes)));
    }

    /** The rows of a CSV text (see {@link #read(Path)}). */
    public static Table parse(String text) throws IOException {
        String content = withoutByteOrderMark(text);
        int firstLineEnd = content.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? content : content.substring(0, firstLineEnd);
        return parse(content, firstLine.contains(";") ? ';' : ',', true);
    }

    /**
     * The rows of a text whose columns are separated by {@code separator}; {@code quoted}: RFC 4180 quotes
     * (else a quote is an ordinary character, as in the FEC, whose cells are never quoted).
     */
    public static Table parse(String text, char separator, boolean quoted) throws IOException {
        String content = withoutByteOrderMark(text);
        int nul = content.indexOf('\0');
        if (nul >= 0) { // a binary file, or zeros from a device: no spreadsheet writes that
            throw new Malformed((int) content.substring(0, nul).chars().filter(c -> c == '\n').count() + 1, true);
        }
        CSVFormat.Builder builder = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true);
        CSVFormat format = (quoted ? builder : builder.setQuote(null)).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            int line = 1;
            int scanned = 0;
            long goodLines = 0;
            try {
                for (CSVRecord record : parser) {
                    for (long start = record.getCharacterPosition(); scanned < start; scanned++) {
                        line += content.charAt(scanned) == '\n' ? 1 : 0;
                    }
                    if (!record.toList().stream().allMatch(String::isBlank)) {
                        rows.add(new Row(line, record.toList()));
                    }
                    goodLines = parser.getCurrentLineNumber();
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new Malformed(Math.toIntExact(goodLines) + 1, false);
            }
        }
        return new Table(separator, rows);
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    /** A file that is not CSV from a given line on: a quote opened and never closed, or bytes that are not text. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final boolean binary;

        Malformed(int line, boolean binary) {
            super((binary ? "not text" : "CSV not readable") + " from line " + line);
            this.line = line;
            this.binary = binary;
        }

        public int line() {
            return line;
        }

        /** What is wrong, in the reader's words, with the line. */
        public String explain(ReportText text) {
            return text.get(binary ? "import.notText" : "import.unclosedQuote", line);
        }
    }

    /** The bytes as UTF-8 when they are, else as Windows-1252 (which reads ISO-8859-1 and -15 text too). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
