/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.knowm.xchart.internal.chartpart.Chart;
import org.perenne.model.FigureFormat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Pages of a PDF filled from top to bottom: headings, wrapped paragraphs, boxes, tables and XChart
 * charts drawn as vector graphics. Running text uses Liberation Sans (shipped inside PDFBox, embedded
 * as a subset), which has every sign French typography and the reports use (no-break and narrow
 * no-break spaces, «», €, →, ≤, −); headings and table titles use the standard Helvetica Bold, whose
 * missing signs become close equivalents. All text is set in the report's language's typography
 * ({@link FigureFormat#typeset(String)}) before it is measured, so a line never starts with "%" or ":".
 */
final class PdfLayout implements AutoCloseable {

    /** The font PDFBox itself falls back on, metric-compatible with Helvetica and Arial. */
    private static final String REGULAR_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** The smallest type a table shrinks to before it cuts a value. */
    private static final float SMALLEST_TABLE_TYPE = 6.5f;

    static final float MARGIN = 40;
    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final Color INK = new Color(0x21, 0x21, 0x21);
    static final Color MUTED = new Color(0x61, 0x61, 0x61);
    /** A figure that should worry the reader (the dashboard's dark red). */
    static final Color ALERT = new Color(0x8B, 0x00, 0x00);
    static final Color RULE = new Color(0xBD, 0xBD, 0xBD);
    static final Color SHADE = new Color(0xF1, 0xF5, 0xF3);

    final PDDocument document = new PDDocument();
    final PDFont regular;
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final FigureFormat typography;
    private final Map<PDFont, Map<Character, String>> replaced = new HashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    /** The baseline of the next line, from the bottom of the page. */
    float y;

    /** A document whose text is set in the typography of {@code language}. */
    PdfLayout(FigureFormat language) throws IOException {
        this.typography = language;
        try (InputStream font = PDDocument.class.getResourceAsStream(REGULAR_FONT)) {
            if (font == null) {
                throw new IOException("PDFBox's font " + REGULAR_FONT + " is missing");
            }
            regular = PDType0Font.load(document, font, true);
        }
    }

    /** Starts a new page. */
    void newPage(PDRectangle size) throws IOException {
        closePage();
        page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    /** Starts a new page of the same size when less than {@code height} points are left. */
    void need(float height) throws IOException {
        if (y - height < MARGIN + 20) {
            newPage(page.getMediaBox());
        }
    }

    /** Text as it is printed in a font: set in the report's typography, each sign the font lacks replaced. */
    String printable(String text, PDFont font) {
        String set = typography.typeset(text);
        Map<Character, String> signs = replaced.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(set.length());
        for (char ch : set.toCharArray()) {
            out.append(signs.computeIfAbsent(ch == '\t' || ch == '\r' ? ' ' : ch, c -> shown(c, font)));
        }
        return out.toString();
    }

    /** A sign, or the closest the font has. */
    private static String shown(char ch, PDFont font) {
        if (canShow(font, ch)) {
            return String.valueOf(ch);
        }
        String plain = switch (ch) {
            case '\u202f', '\u2009', '\u2007' -> "\u00a0";
            case '\u2212', '\u2010', '\u2011' -> "-";
            case '≥' -> ">=";
            case '≤' -> "<=";
            case '≈' -> "~";
            case '→' -> "->";
            case '⚠' -> "!"; // the mark of a figure that should worry, when the font has no warning sign
            default -> "?";
        };
        return plain.equals("?") || plain.chars().allMatch(c -> canShow(font, (char) c)) ? plain : "?";
    }

    private static boolean canShow(PDFont font, char ch) {
        try {
            font.encode(String.valueOf(ch));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The largest type from {@code size} down to {@code smallest} at which {@code text} fits {@code width}. */
    float fittingSize(String text, PDFont font, float size, float width, float smallest) throws IOException {
        float type = size;
        while (type > smallest && textWidth(text, font, type) > width) {
            type -= 0.5f;
        }
        return type;
    }

    float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable(text, font)) / 1000 * size;
    }

    /** One line of text at a position. */
    void text(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        content.showText(printable(text, font));
        content.endText();
    }

    /** Text cut with "…" to fit a width. */
    String fitted(String text, PDFont font, float size, float width) throws IOException {
        if (textWidth(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && textWidth(cut + "…", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** Splits text into lines no wider than {@code width}. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        // set first: the no-break spaces it puts before "%" or ":" keep them on their word's line
        for (String paragraph : typography.typeset(text).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A wrapped paragraph at the left margin, continuing on new pages as needed. */
    void paragraph(String text, PDFont font, float size, Color color) throws IOException {
        paragraph(text, font, size, color, 0);
    }

    void paragraph(String text, PDFont font, float size, Color color, float indent) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(text, font, size, width() - indent)) {
            need(leading);
            y -= leading;
            text(line, font, size, color, MARGIN + indent, y);
        }
    }

    void heading(String text, float size) throws IOException {
        need(size * 3);
        y -= size * 1.6f;
        text(text, bold, size, INK, MARGIN, y);
        y -= size * 0.4f;
    }

    void gap(float points) {
        y -= points;
    }

    void fill(Color color, float x, float bottom, float w, float h) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, w, h);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        content.setStrokingColor(RULE);
        content.setLineWidth(0.5f);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** An XChart chart as vector graphics, full width, {@code height} points high. */
    void chart(Chart<?, ?> chart, float height) throws IOException {
        need(height + 6);
        y -= height;
        int w = Math.round(width());
        int h = Math.round(height);
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, w, h);
        chart.paint(graphics, w, h);
        graphics.dispose();
        PDFormXObject form = graphics.getXFormObject();
        content.saveGraphicsState();
        content.transform(Matrix.getTranslateInstance(MARGIN, y));
        content.drawForm(form);
        content.restoreGraphicsState();
        y -= 6;
    }

    /**
     * A table: the first column left-aligned and {@code firstWidth} wide, the others right-aligned
     * sharing the rest; rows whose index is in {@code strong} in bold on a shaded band. Nothing is cut:
     * titles and first-column labels wrap, and the type shrinks from {@code size} until every value fits
     * its column (only a value wider than its column at the smallest type would end in "…").
     */
    void table(List<String> header, List<List<String>> rows, float firstWidth, float size, Set<Integer> strong)
            throws IOException {
        int others = header.size() - 1;
        float columnWidth = others == 0 ? 0 : (width() - firstWidth) / others;
        float type = size;
        while (type > SMALLEST_TABLE_TYPE && !valuesFit(rows, strong, columnWidth, type)) {
            type -= 0.5f;
        }
        float leading = type * 1.6f;
        need(leading * 4);
        headerRow(header, firstWidth, columnWidth, type, leading);
        for (int r = 0; r < rows.size(); r++) {
            boolean emphasised = strong.contains(r);
            PDFont font = emphasised ? bold : regular;
            List<String> label = wrap(rows.get(r).get(0), font, type, firstWidth - 6);
            float height = leading + (label.size() - 1) * type * 1.25f;
            if (y - height < MARGIN + 20) {
                newPage(page.getMediaBox());
                headerRow(header, firstWidth, columnWidth, type, leading);
            }
            if (emphasised) {
                fill(SHADE, MARGIN, y - height - leading * 0.3f, width(), height);
            }
            List<String> cells = new ArrayList<>(rows.get(r));
            cells.set(0, label.get(0));
            tableRow(cells, firstWidth, columnWidth, type, font, leading);
            for (String more : label.subList(1, label.size())) {
                y -= type * 1.25f;
                text(more, font, type, INK, MARGIN, y);
            }
        }
    }

    private boolean valuesFit(List<List<String>> rows, Set<Integer> strong, float columnWidth, float size) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            PDFont font = strong.contains(r) ? bold : regular;
            for (String cell : rows.get(r).subList(1, rows.get(r).size())) {
                if (textWidth(cell, font, size) > columnWidth - 6) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The titles of a table, wrapped on as many lines as the longest needs (never cut), and a rule under them. */
    private void headerRow(List<String> header, float firstWidth, float columnWidth, float size, float leading)
            throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < header.size(); c++) {
            List<String> wrapped = wrap(header.get(c), bold, size, (c == 0 ? firstWidth : columnWidth) - 6);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        for (int line = 0; line < height; line++) {
            List<String> cells = new ArrayList<>();
            for (List<String> column : lines) {
                // titles sit on the rule: a shorter one starts lower
                int offset = height - column.size();
                cells.add(line < offset ? "" : column.get(line - offset));
            }
            tableRow(cells, firstWidth, columnWidth, size, bold, leading * (line == 0 ? 1 : 0.8f));
        }
        line(MARGIN, y - leading * 0.3f, MARGIN + width(), y - leading * 0.3f);
    }

    private void tableRow(List<String> cells, float firstWidth, float columnWidth, float size, PDFont font, float leading)
            throws IOException {
        y -= leading;
        text(fitted(cells.get(0), font, size, firstWidth - 6), font, size, INK, MARGIN, y);
        for (int c = 1; c < cells.size(); c++) {
            String cell = fitted(cells.get(c), font, size, columnWidth - 6);
            float right = MARGIN + firstWidth + c * columnWidth;
            text(cell, font, size, INK, right - textWidth(cell, font, size), y);
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Writes "left … Page i of n" at the foot of every page. */
    void footers(String left, BiFunction<Integer, Integer, String> pageWords) throws IOException {
        closePage();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage each = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                content = foot;
                float width = each.getMediaBox().getWidth();
                text(fitted(left, regular, 8, width / 2), regular, 8, MUTED, MARGIN, 22);
                String right = pageWords.apply(i + 1, count);
                text(right, regular, 8, MUTED, width - MARGIN - textWidth(right, regular, 8), 22);
            }
        }
        content = null;
    }

    @Override
    public void close() throws IOException {
        closePage();
        document.close();
    }
}
