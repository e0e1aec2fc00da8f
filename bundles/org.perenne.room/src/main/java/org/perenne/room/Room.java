/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.perenne.model.Canvas;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Estimate;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage;
import org.perenne.model.Uncertainty;
import org.perenne.simulation.UncertainAssumption;

/**
 * A round of the workshop room: the figures asked about and each participant's low, likely and high value for
 * them, checked as they arrive (numbers, low ≤ likely ≤ high, the values the figure may take). A participant may
 * change their answers until the round closes; closing puts each figure's group estimate (the pool of its
 * participants' triangles, DOMAIN.md › Group estimate) into the canvas in one undoable edit. Safe to use from the
 * server's threads and the screen's at once.
 */
public final class Room {

    /** Figures asked in one round: a room answers a few questions well, not a form. */
    public static final int MOST_FIGURES = 8;
    /** Participants one room takes; beyond, the page says the room is full. */
    public static final int MOST_PARTICIPANTS = 100;
    /** Answers one participant may send (each replaces the last): enough to change one's mind, not to flood. */
    public static final int MOST_ANSWERS_EACH = 30;
    /** A group estimate needs two participants (CanvasValidator's rule). */
    public static final int FEWEST_FOR_A_GROUP = 2;

    /** The id the page makes for its participant: letters, digits, - and _. */
    private static final Pattern PARTICIPANT = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    /** A number as typed on a phone: digits, one decimal point or comma, an optional sign; spaces between groups. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]{1,16}([.,][0-9]{1,12})?");

    /** How one answer was received. */
    public enum Status {
        KEPT, REFUSED, FULL, TOO_MANY, CLOSED
    }

    /**
     * The room's reply to one answer: kept or why not, with the problems of each figure in words (by figure key).
     */
    public record Reply(Status status, String message, Map<String, String> problems) {
    }

    /** One figure's participants' values, in the order they first answered, as the canvas holds them. */
    public record Triples(Question question, double[] low, double[] likely, double[] high) {
        public int participants() {
            return low.length;
        }
    }

    private final List<Question> questions;
    /** participant → figure → {low, likely, high}, in the order participants first answered */
    private final Map<String, Map<String, double[]>> answers = new LinkedHashMap<>();
    private final Map<String, Integer> sent = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    private Room(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    /** The figures of a canvas a room can ask about: its uncertain figures, by their keys. */
    public static List<Question> askable(Canvas canvas) {
        List<Question> result = new ArrayList<>();
        for (Uncertainty uncertainty : canvas.getUncertainties()) {
            if (uncertainty.getTarget() != null && uncertainty.getAttribute() != null
                    && uncertainty.getTarget().eClass().getEStructuralFeature(uncertainty.getAttribute()) instanceof org.eclipse.emf.ecore.EAttribute) {
                result.add(Question.of(uncertainty));
            }
        }
        return result;
    }

    /**
     * A room asking about the figures named by their keys.
     *
     * @throws IllegalArgumentException in words: no figure, too many, twice the same, or a key the canvas lacks
     *                                  (with the keys it has)
     */
    public static Room of(Canvas canvas, List<String> figures, RoomText text) {
        List<Question> askable = askable(canvas);
        if (figures.isEmpty() || figures.size() > MOST_FIGURES) {
            throw new IllegalArgumentException(text.get("error.figureCount", MOST_FIGURES));
        }
        List<Question> asked = new ArrayList<>();
        for (String figure : figures) {
            Question question = askable.stream().filter(q -> q.figure().equals(figure)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(askable.isEmpty() ? text.get("error.noFigure")
                            : text.get("error.unknownFigure", figure, String.join(", ", askable.stream().map(Question::figure).toList()))));
            if (asked.contains(question)) {
                throw new IllegalArgumentException(text.get("error.twice", figure));
            }
            asked.add(question);
        }
        return new Room(asked);
    }

    public List<Question> questions() {
        return questions;
    }

    /** Called (on the thread that received it) after each answer kept and when the round closes. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * One participant's answer: for each figure {@code FIGURE.low}, {@code FIGURE.likely}, {@code FIGURE.high} as
     * typed, in the figure's unit; a figure left blank keeps the participant's earlier answer, if any. Kept whole or
     * not at all.
     *
     * @param field the value of a form field, or null when absent
     */
    public Reply submit(String participant, Function<String, String> field, RoomText text) {
        Map<String, double[]> given = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question question : questions) {
            String[] typed = { field.apply(question.figure() + ".low"), field.apply(question.figure() + ".likely"),
                    field.apply(question.figure() + ".high") };
            int blank = 0;
            for (String value : typed) {
                blank += value == null || value.isBlank() ? 1 : 0;
            }
            if (blank == 3) {
                continue;
            }
            String problem = blank > 0 ? text.get("error.incomplete") : null;
            double[] values = new double[3];
            String[] names = { text.get("page.low"), text.get("page.likely"), text.get("page.high") };
            for (int i = 0; i < 3 && problem == null; i++) {
                String number = typed[i].replaceAll("[\\s\u00a0\u202f]", "");
                if (!NUMBER.matcher(number).matches()) {
                    problem = text.get("error.number", names[i].toLowerCase(text.locale()), typed[i].strip());
                } else {
                    values[i] = question.stored(new BigDecimal(number.replace(',', '.')).doubleValue());
                }
            }
            if (problem == null && !(values[0] <= values[1] && values[1] <= values[2])) {
                problem = text.get("error.order");
            }
            for (int i = 0; i < 3 && problem == null; i++) {
                if (values[i] < question.lowest() || values[i] > question.highest()) {
                    problem = text.get("error.bounds", question.unit().withUnit(question.shown(question.lowest(), text.locale()), text.locale()),
                            question.unit().withUnit(question.shown(question.highest(), text.locale()), text.locale()));
                }
            }
            if (problem != null) {
                problems.put(question.figure(), problem);
            } else {
                given.put(question.figure(), values);
            }
        }
        synchronized (this) {
            if (closed) {
                return new Reply(Status.CLOSED, text.get("reply.closed"), Map.of());
            }
            if (participant == null || !PARTICIPANT.matcher(participant).matches()) {
                return new Reply(Status.REFUSED, text.get("reply.noParticipant"), Map.of());
            }
            if (!answers.containsKey(participant) && answers.size() >= MOST_PARTICIPANTS) {
                return new Reply(Status.FULL, text.get("reply.full", MOST_PARTICIPANTS), Map.of());
            }
            if (sent.getOrDefault(participant, 0) >= MOST_ANSWERS_EACH) {
                return new Reply(Status.TOO_MANY, text.get("reply.tooMany", MOST_ANSWERS_EACH), Map.of());
            }
            if (!problems.isEmpty()) {
                return new Reply(Status.REFUSED, text.get("reply.problems", problems.size()), problems);
            }
            if (given.isEmpty()) {
                return new Reply(Status.REFUSED, text.get("reply.empty"), Map.of());
            }
            sent.merge(participant, 1, Integer::sum);
            answers.computeIfAbsent(participant, p -> new LinkedHashMap<>()).putAll(given);
        }
        listeners.forEach(Runnable::run);
        return new Reply(Status.KEPT, text.get("reply.kept"), Map.of());
    }

    /** What a participant has given so far, by figure key, in the figure's unit as typed (for their page). */
    public synchronized Map<String, double[]> answersOf(String participant) {
        Map<String, double[]> result = new LinkedHashMap<>();
        answers.getOrDefault(participant, Map.of()).forEach((figure, values) -> result.put(figure, values.clone()));
        return result;
    }

    /** How many participants have answered at least one figure. */
    public synchronized int participants() {
        return answers.size();
    }

    /** Each figure's participants' values so far. */
    public synchronized List<Triples> triples() {
        List<Triples> result = new ArrayList<>();
        for (Question question : questions) {
            List<double[]> given = answers.values().stream().map(a -> a.get(question.figure())).filter(v -> v != null).toList();
            double[][] columns = new double[3][given.size()];
            for (int p = 0; p < given.size(); p++) {
                for (int i = 0; i < 3; i++) {
                    columns[i][p] = given.get(p)[i];
                }
            }
            result.add(new Triples(question, columns[0], columns[1], columns[2]));
        }
        return result;
    }

    /** Ends the round: no answer is taken any more. */
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        listeners.forEach(Runnable::run);
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * The one undoable edit that gives each figure with at least two participants its group estimate (the
     * figure keeps its driver and the rest of its settings); null when no figure has two.
     */
    public Command groupEstimates(EditingDomain domain, String label) {
        CompoundCommand edit = new CompoundCommand(label);
        for (Triples triples : triples()) {
            if (triples.participants() >= FEWEST_FOR_A_GROUP) {
                edit.append(SetCommand.create(domain, triples.question().uncertainty(),
                        PerennePackage.Literals.UNCERTAINTY__DISTRIBUTION, law(triples)));
            }
        }
        return edit.isEmpty() ? null : edit.unwrap();
    }

    /**
     * Gives a copy of the canvas the laws closing would give it (the screen's live risk, while the round goes on):
     * each figure with at least two participants gets its group estimate, found in the copy by its key.
     */
    public void applyTo(Canvas copy) {
        Map<String, Uncertainty> byKey = new HashMap<>();
        copy.getUncertainties().forEach(u -> byKey.put(UncertainAssumption.figure(u), u));
        for (Triples triples : triples()) {
            Uncertainty uncertainty = byKey.get(triples.question().figure());
            if (uncertainty != null && triples.participants() >= FEWEST_FOR_A_GROUP) {
                uncertainty.setDistribution(law(triples));
            }
        }
    }

    /** The figures that will keep their law on closing, having fewer than two participants. */
    public List<Question> withoutGroup() {
        return triples().stream().filter(t -> t.participants() < FEWEST_FOR_A_GROUP).map(Triples::question).toList();
    }

    private static Distribution law(Triples triples) {
        Distribution law = PerenneFactory.eINSTANCE.createDistribution();
        law.setKind(DistributionKind.GROUP_ESTIMATE);
        for (int p = 0; p < triples.participants(); p++) {
            Estimate estimate = PerenneFactory.eINSTANCE.createEstimate();
            estimate.setLow(triples.low()[p]);
            estimate.setLikely(triples.likely()[p]);
            estimate.setHigh(triples.high()[p]);
            law.getEstimates().add(estimate);
        }
        return law;
    }
}
