/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;


import org.optaplanner.core.api.score.Score;
import org.perenne.model.FigureFormat;
import org.perenne.ui.Messages;

/**
 * An optimisation's score in plain words: the strict rules broken or kept, the mandatory activities
 * left out (timetable), then the value reached — never the solver's "0hard/0medium/-4soft" notation.
 */
final class ScoreWords {

    /** Both solvers keep their last (soft) level in cents; it is shown in euros. */
    private static final double CENTS = 100;

    private ScoreWords() {
    }

    /** The whole score as a sentence. */
    static String of(Score<?> score) {
        Number[] levels = score.toLevelNumbers();
        FigureFormat number = FigureFormat.of(Messages.locale());
        java.util.List<String> words = new java.util.ArrayList<>();
        words.add(Messages.get(levels[0].doubleValue() < 0 ? "score.hardBroken" : "score.hardKept"));
        if (levels.length == 3) {
            long missing = -levels[1].longValue();
            words.add(missing > 0 ? Messages.get("score.mandatoryMissing", missing) : Messages.get("score.mandatoryPlaced"));
        }
        words.add(Messages.get("score.value", number.whole(levels[levels.length - 1].doubleValue() / CENTS)));
        return number.list(words);
    }

    /** What one rule adds to or takes from the score, on the level it counts at ("−4 (value)"). */
    static String impact(Score<?> score) {
        Number[] levels = score.toLevelNumbers();
        FigureFormat number = FigureFormat.of(Messages.locale());
        for (int level = 0; level < levels.length; level++) {
            if (levels[level].doubleValue() != 0) {
                String kind = level == 0 ? "score.level.hard" : level == levels.length - 1 ? "score.level.value"
                        : "score.level.mandatory";
                return Messages.get(kind, number.whole(levels[level].doubleValue() / (level == levels.length - 1 ? CENTS : 1)));
            }
        }
        return "0";
    }
}
