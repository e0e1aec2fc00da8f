/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Uncertainty;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.model.validation.CanvasVocabulary;

/** What the room takes from a participant, what it refuses and in which words, and the one edit it makes on closing. */
class RoomTest {

    static final Path SAMPLE = Path.of("../../model-samples/tiers-lieu-hybride.perenne").toAbsolutePath().normalize();
    static final String OCCUPANCY = "loc-reunion.occupancyRate";
    static final String RESIDENTS = "tier-resident.targetCount";
    private static final RoomText FRENCH = new RoomText(Locale.FRENCH);

    /** Text with its no-break spaces (French typography) as plain spaces, as a browser's text reads. */
    static String plain(String text) {
        return text == null ? null : text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static Canvas sample() {
        return CanvasFiles.load(SAMPLE).canvas();
    }

    private static Room.Reply answer(Room room, String participant, String... fields) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return room.submit(participant, form::get, FRENCH);
    }

    private static Room.Reply occupancy(Room room, String participant, String low, String likely, String high) {
        return answer(room, participant, OCCUPANCY + ".low", low, OCCUPANCY + ".likely", likely, OCCUPANCY + ".high", high);
    }

    @Test
    void theFiguresAskedAreTheCanvassUncertainFiguresByTheirKeys() {
        Canvas canvas = sample();
        assertEquals(List.of("tier-resident.targetCount", OCCUPANCY, "fse-plus.delayMonths", "sub-ville.balanceDelayMonths"),
                Room.askable(canvas).stream().map(Question::figure).toList().subList(0, 4));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Room.of(canvas, List.of("tier-resident.monthlyFee"), FRENCH));
        assertTrue(plain(unknown.getMessage()).startsWith("Pas de chiffre « tier-resident.monthlyFee » dans ce canevas. Ses chiffres sont : tier-resident.targetCount, "),
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Room.of(canvas, List.of(OCCUPANCY, OCCUPANCY), FRENCH));
        assertThrows(IllegalArgumentException.class, () -> Room.of(canvas, List.of(), FRENCH));
        Question question = Room.of(canvas, List.of(OCCUPANCY), FRENCH).questions().get(0);
        assertEquals("Occupation de la salle de réunion (%)", question.labelWithUnit(Locale.FRENCH));
        assertEquals(0, question.lowest());
        assertEquals(1, question.highest());
    }

    @Test
    void aShareIsTypedAsAPercentageWithACommaOrAPointAndKeptAsTheCanvasHoldsIt() {
        Room room = Room.of(sample(), List.of(OCCUPANCY), FRENCH);
        assertEquals(Room.Status.KEPT, occupancy(room, "participant-1", "12,5", "25", " 3 0.5 ").status());
        Room.Triples triples = room.triples().get(0);
        assertEquals(0.125, triples.low()[0]);
        assertEquals(0.25, triples.likely()[0]);
        assertEquals(0.305, triples.high()[0]);
        assertEquals(1, room.participants());
    }

    @Test
    void eachWrongValueIsRefusedInWordsAndNothingOfTheAnswerIsKept() {
        Room room = Room.of(sample(), List.of(OCCUPANCY, RESIDENTS), FRENCH);
        Room.Reply order = occupancy(room, "participant-1", "30", "20", "40");
        assertEquals(Room.Status.REFUSED, order.status());
        assertEquals("La valeur basse ne doit pas dépasser la probable, ni la probable la haute.", order.problems().get(OCCUPANCY));
        assertEquals("Ce chiffre prend ses valeurs de 0 % à 100 %.",
                plain(occupancy(room, "participant-1", "20", "30", "150").problems().get(OCCUPANCY)));
        for (String wrong : new String[] { "abc", "1e5", "NaN", "0x10", "Infinity", "12,5,3", "1".repeat(40) }) {
            assertEquals("La valeur haute « " + wrong + " » n’est pas un nombre.",
                    plain(occupancy(room, "participant-1", "20", "30", wrong).problems().get(OCCUPANCY)), wrong);
        }
        assertEquals("Donnez les trois valeurs (basse, probable, haute), ou aucune.",
                occupancy(room, "participant-1", "20", "", "40").problems().get(OCCUPANCY));
        // one figure right and one wrong: neither is kept
        Room.Reply half = answer(room, "participant-1", OCCUPANCY + ".low", "20", OCCUPANCY + ".likely", "25", OCCUPANCY + ".high", "30",
                RESIDENTS + ".low", "-3", RESIDENTS + ".likely", "10", RESIDENTS + ".high", "12");
        assertEquals(Room.Status.REFUSED, half.status());
        assertEquals("Rien n’est enregistré : un chiffre est à corriger (voir plus bas).", plain(half.message()));
        assertEquals(Room.Status.REFUSED, answer(room, "participant-1").status());
        assertEquals(Room.Status.REFUSED, occupancy(room, "<script>", "20", "25", "30").status());
        assertEquals(Room.Status.REFUSED, occupancy(room, null, "20", "25", "30").status());
        assertEquals(0, room.participants());
        assertEquals(0, room.triples().get(0).participants());
    }

    @Test
    void aParticipantChangesTheirMindUntilTheRoundClosesWithinABound() {
        Room room = Room.of(sample(), List.of(OCCUPANCY), FRENCH);
        for (int i = 0; i < Room.MOST_ANSWERS_EACH; i++) {
            assertEquals(Room.Status.KEPT, occupancy(room, "participant-1", "10", "20", Integer.toString(30 + i)).status());
        }
        assertEquals(Room.Status.TOO_MANY, occupancy(room, "participant-1", "10", "20", "90").status());
        assertEquals(0.30 + (Room.MOST_ANSWERS_EACH - 1) / 100.0, room.triples().get(0).high()[0], 1e-12, "the last kept counts");
        assertEquals(1, room.participants());
        room.close();
        assertEquals(Room.Status.CLOSED, occupancy(room, "participant-2", "10", "20", "30").status());
        assertEquals(1, room.participants());
    }

    @Test
    void closingGivesEachFigureWithTwoParticipantsItsGroupEstimateInOneUndoableEdit() {
        Canvas canvas = sample();
        Room room = Room.of(canvas, List.of(OCCUPANCY, RESIDENTS), FRENCH);
        Uncertainty occupancy = room.questions().get(0).uncertainty();
        Distribution before = occupancy.getDistribution();
        occupancy(room, "participant-1", "10", "20", "30");
        occupancy(room, "participant-2", "15", "25", "45");
        answer(room, "participant-2", RESIDENTS + ".low", "6", RESIDENTS + ".likely", "10", RESIDENTS + ".high", "14");
        room.close();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack,
                canvas.eResource().getResourceSet());
        Command edit = room.groupEstimates(domain, "salle");
        assertNotNull(edit);
        assertEquals(List.of(room.questions().get(1)), room.withoutGroup(), "one participant for the residents: their law stays");
        stack.execute(edit);
        Distribution law = occupancy.getDistribution();
        assertEquals(DistributionKind.GROUP_ESTIMATE, law.getKind());
        assertEquals(2, law.getEstimates().size());
        assertEquals(0.15, law.getEstimates().get(1).getLow());
        assertEquals(0.45, law.getEstimates().get(1).getHigh());
        assertEquals(DistributionKind.TRIANGULAR, room.questions().get(1).uncertainty().getDistribution().getKind());
        assertEquals("facteur-demande", occupancy.getDriver().getId(), "the figure keeps its driver");
        assertTrue(CanvasValidator.validate(canvas, Locale.ENGLISH, CanvasVocabulary.TECHNICAL).getSeverity() < Diagnostic.ERROR);
        Canvas copy = sample();
        room.applyTo(copy);
        Uncertainty copied = copy.getUncertainties().stream().filter(u -> u.getId().equals("unc-occupation")).findFirst().orElseThrow();
        assertEquals(DistributionKind.GROUP_ESTIMATE, copied.getDistribution().getKind(), "the live risk's copy gets the same laws");
        assertEquals(0.45, copied.getDistribution().getEstimates().get(1).getHigh());
        stack.undo();
        assertSame(before, occupancy.getDistribution(), "one undo puts every law back");
        assertNull(Room.of(canvas, List.of(RESIDENTS), FRENCH).groupEstimates(domain, "salle"), "no participant, no edit");
    }
}
