/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.perenne.model.FigureFormat;
import org.perenne.optimisation.RuleOutcome;
import org.perenne.optimisation.Standing;
import org.perenne.ui.Messages;

/**
 * An optimisation's outcome in plain words, in euros, hours and people: the strict rules kept or broken, the
 * mandatory activities left out (timetable), then the value — never a solver's score notation or a bare "score".
 */
final class ScoreWords {

    private ScoreWords() {
    }

    /** Where a plan stands: its strict rules and its value a year. */
    static String plan(Standing standing) {
        FigureFormat number = FigureFormat.of(Messages.locale());
        return number.list(List.of(strict(standing), Messages.get("score.planValue", number.euros(standing.euros()))));
    }

    /** Where a week stands: its strict rules, its mandatory activities and what it loses. */
    static String timetable(Standing standing) {
        FigureFormat number = FigureFormat.of(Messages.locale());
        List<String> words = new ArrayList<>();
        words.add(strict(standing));
        words.add(standing.mandatoryLeftOut() > 0 ? Messages.get("score.mandatoryMissing", standing.mandatoryLeftOut())
                : Messages.get("score.mandatoryPlaced"));
        words.add(Messages.get("score.weekLost", number.euros(standing.euros())));
        return number.list(words);
    }

    private static String strict(Standing standing) {
        return Messages.get(standing.strictRulesKept() ? "score.hardKept" : "score.hardBroken");
    }

    /** What a rule gives, in its own unit: "1 342 h par an", "2 postes manquants", "35 € perdus par semaine". */
    static String measure(RuleOutcome rule) {
        FigureFormat number = FigureFormat.of(Messages.locale());
        String amount = switch (rule.unit()) {
            case EUROS_A_YEAR, EUROS_ABOVE_CAP, EUROS_A_WEEK_LOST -> number.euros(rule.amount());
            case ACTIVITIES_LEFT_OUT, PEOPLE_A_YEAR, SALES_A_YEAR -> number.whole(rule.amount());
            case DESKS_MISSING, HOURS_A_WEEK_MISSING, HOURS_OVERLAPPING, HOURS_A_YEAR -> number.number(rule.amount(), 1);
        };
        return Messages.get("rule.unit." + rule.unit().name(), amount, rule.amount());
    }

    /**
     * What a rule weighs in the choice: a strict or mandatory rule comes before any value; a value rule, what it adds
     * to or takes from the value in euros (a plan's a year, a week's a week).
     */
    static String weight(RuleOutcome rule, boolean plan) {
        if (rule.level() != RuleOutcome.Level.VALUE) {
            return Messages.get("rule.level." + rule.level().name());
        }
        FigureFormat number = FigureFormat.of(Messages.locale());
        String euros = (rule.euros() > 0 ? "+" : "") + number.euros(rule.euros());
        return Messages.get(plan ? "rule.worth.year" : "rule.worth.week", euros);
    }
}
