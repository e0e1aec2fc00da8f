/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.perenne.model.FigureFormat;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.simulation.KeyFigureRows.Figure;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarloResult;

/**
 * What each headline figure says, in the reader's language, written once for the dashboard's tiles, the
 * scenarios' comparison, the workshop report's first page, the workbook and the command line: its title, its
 * value, a line of detail, what it means in plain words, and whether it should worry ({@link KeyFigureRows}).
 */
public final class KeyFigureWords {

    /**
     * One figure as a tile shows it.
     *
     * @param worrying whether the figure should worry the reader: shown in red and marked with ⚠
     */
    public record Tile(String title, String value, String detail, String explained, boolean worrying) {

        /** The value with ⚠ before it when it should worry, so that the colour is never the only sign. */
        public String marked() {
            return worrying ? "⚠ " + value : value;
        }
    }

    private final ReportText text;

    public KeyFigureWords(ReportText text) {
        this.text = text;
    }

    /** A figure of {@code key} (whose Monte Carlo, when it has one, gives the risk). */
    public Tile tile(Figure figure, KeyFigures key) {
        int years = key.projection().years();
        Indicators.Year last = key.indicators().year(years);
        String name = figure.name().toLowerCase(java.util.Locale.ROOT);
        String title = text.get("keyFigure." + name, years);
        String explained = text.get("keyFigure." + name + ".explained");
        boolean worrying = KeyFigureRows.worrying(figure, key);
        return switch (figure) {
            case LOWEST_CASH -> new Tile(title, euros(key.lowestCash()), text.get("keyFigure.lowest_cash.when",
                    month(key.lowestCashMonth())), explained, worrying);
            case CASH_AT_END -> new Tile(title, euros(key.cashAtEnd()), "", explained, worrying);
            case RUNWAY -> new Tile(title, runway(key.runway(), years), runwayDetail(key.runway()), explained, worrying);
            case LASTING_BREAK_EVEN -> {
                Optional<YearMonth> first = key.firstBreakEven();
                yield new Tile(title, key.lastingBreakEven().map(this::month).orElse(text.get("keyFigure.never")),
                        first.isPresent() && !first.equals(key.lastingBreakEven())
                                ? text.get("keyFigure.lasting_break_even.first", month(first.get())) : "",
                        explained, worrying);
            }
            case STRUCTURAL_RESULT -> new Tile(title, euros(key.structuralResult()), text.get(key.structuralResult() < 0
                    ? "keyFigure.structural_result.deficit" : "keyFigure.structural_result.detail"), explained, worrying);
            case OWN_INCOME_SHARE -> new Tile(title, share(last.ownIncomeShare()), text.get(last.result() < 0
                    ? "keyFigure.own_income_share.loss" : "keyFigure.own_income_share.detail"), explained, worrying);
            case RISK -> {
                MonteCarloResult risk = key.monteCarlo().orElse(null);
                yield risk == null ? new Tile(title, FigureFormat.UNDEFINED, text.get("keyFigure.risk.none"), explained, false)
                        : new Tile(title, text.percent(risk.probabilityCashNegative()), text.get(
                                risk.runs() < KeyFigures.DEFAULT_RUNS ? "keyFigure.risk.quick" : "keyFigure.risk.detail",
                                text.percent(risk.probabilityCashNegativeMargin()), risk.runs()), explained, worrying);
            }
            case GRANT_DEPENDENCY -> new Tile(title, text.get("keyFigure.grant_dependency.value",
                    share(key.indicators().year(1).grantDependency()), share(last.grantDependency())),
                    text.get("keyFigure.grant_dependency.detail", years), explained, worrying);
            case SUBSIDY_NEEDED -> new Tile(title, euros(last.subsidyNeeded()), text.get("keyFigure.subsidy_needed.detail"),
                    explained, worrying);
        };
    }

    /**
     * When figures follow common drivers, how much the drivers add to the risk: the risk with every figure drawn alone
     * beside the risk with the drivers, in one sentence (under the risk on the dashboard and the report's first page).
     */
    public Optional<String> drivers(KeyFigures key) {
        return key.withFiguresAlone().flatMap(alone -> key.monteCarlo().map(risk -> text.get("keyFigure.risk.drivers",
                text.percent(alone.probabilityCashNegative()), text.percent(risk.probabilityCashNegative()))));
    }

    /** The figures scenarios are compared by, on the screen and in the report. */
    public static final List<Figure> COMPARED = List.of(Figure.LOWEST_CASH, Figure.CASH_AT_END, Figure.LASTING_BREAK_EVEN,
            Figure.STRUCTURAL_RESULT, Figure.RISK, Figure.RUNWAY, Figure.GRANT_DEPENDENCY);

    /** A line of a comparison: what it shows, then a cell per canvas or scenario compared. */
    public record Line(String title, List<Tile> cells) {
    }

    /**
     * Canvases or scenarios side by side, a line per figure of {@link #COMPARED} (the lowest cash followed by the
     * month it is reached in), each cell marked when it should worry: the screen's and the report's comparison.
     */
    public List<Line> compared(List<KeyFigures> columns) {
        List<Line> lines = new ArrayList<>();
        for (Figure figure : COMPARED) {
            List<Tile> cells = columns.stream().map(key -> tile(figure, key)).toList();
            lines.add(new Line(cells.get(0).title(), cells));
            if (figure == Figure.LOWEST_CASH) {
                lines.add(new Line(text.get("keyFigure.lowest_cash.month"), columns.stream().map(key -> new Tile("",
                        month(key.lowestCashMonth()), "", "", false)).toList()));
            }
        }
        return lines;
    }

    /** The runway in words: not needed, none (already out of cash), more than N years, or months. */
    public String runway(Indicators.Runway runway, int years) {
        return switch (runway.kind()) {
            case NOT_NEEDED -> text.get("keyFigure.runway.notNeeded");
            case ALREADY_OUT -> text.get("keyFigure.runway.alreadyOut");
            case BEYOND_HORIZON -> text.get("keyFigure.runway.beyond", years);
            case MONTHS -> text.get("keyFigure.runway.months", runway.months());
        };
    }

    private String runwayDetail(Indicators.Runway runway) {
        return switch (runway.kind()) {
            case ALREADY_OUT -> text.get("keyFigure.runway.alreadyOut.detail");
            case MONTHS -> runway.months() < KeyFigureRows.RUNWAY_ALERT_MONTHS ? text.get("keyFigure.runway.short") : "";
            default -> "";
        };
    }

    private String euros(double amount) {
        return text.euros(amount);
    }

    private String month(YearMonth month) {
        return text.figures().month(month);
    }

    private String share(OptionalDouble share) {
        return share.isPresent() ? text.percent(share.getAsDouble()) : FigureFormat.UNDEFINED;
    }
}
