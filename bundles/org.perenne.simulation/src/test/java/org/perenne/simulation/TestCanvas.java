/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.perenne.model.Canvas;
import org.eclipse.emf.ecore.EObject;
import org.perenne.model.CostCategory;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.DayOfWeek;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.OpeningSlot;
import org.perenne.model.PaymentMode;
import org.perenne.model.PerenneFactory;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;
import org.perenne.model.Uncertainty;
import org.perenne.model.templates.CanvasTemplates;

/** Small canvases written in the tests, every block present and empty unless filled. */
final class TestCanvas {

    static final PerenneFactory F = PerenneFactory.eINSTANCE;

    private TestCanvas() {
    }

    static Canvas empty(YearMonth start, int years) {
        Canvas canvas = CanvasTemplates.empty("Test", start, years);
        canvas.setInflationRate(0);
        return canvas;
    }

    static Room room(Canvas canvas, RoomFunction kind, int capacity, DayOfWeek... days) {
        Room room = F.createRoom();
        room.setName(kind.getName());
        room.setKind(kind);
        room.setCapacity(capacity);
        for (DayOfWeek day : days) {
            OpeningSlot slot = F.createOpeningSlot();
            slot.setDay(day);
            slot.setOpensAt(LocalTime.of(9, 0));
            slot.setClosesAt(LocalTime.of(17, 0));
            room.getOpeningHours().add(slot);
        }
        canvas.getSpaces().getRooms().add(room);
        return room;
    }

    static Funder funder(Canvas canvas, FunderLevel level) {
        Funder funder = F.createFunder();
        funder.setName(level.getName());
        funder.setLevel(level);
        canvas.getPartners().getFunders().add(funder);
        return funder;
    }

    static Grant grant(Canvas canvas, GrantKind kind, PaymentMode mode, double... amounts) {
        Grant grant = F.createGrant();
        grant.setName("grant");
        grant.setFunder(funder(canvas, FunderLevel.STATE));
        grant.setKind(kind);
        grant.setPaymentMode(mode);
        for (double amount : amounts) {
            grant.getCommittedAmounts().add(amount);
        }
        canvas.getFunding().getGrants().add(grant);
        return grant;
    }

    static void costs(Canvas canvas, CostCategory category, double monthly) {
        var cost = F.createFixedCost();
        cost.setName(category.getName());
        cost.setCategory(category);
        cost.setMonthlyAmount(monthly);
        canvas.getCosts().getFixedCosts().add(cost);
    }

    /** Makes a figure of an item uncertain: the Monte Carlo runs draw it from the given law. */
    static Uncertainty uncertain(Canvas canvas, EObject item, String attribute, Distribution law) {
        Uncertainty uncertainty = F.createUncertainty();
        uncertainty.setTarget(item);
        uncertainty.setAttribute(attribute);
        uncertainty.setDistribution(law);
        canvas.getUncertainties().add(uncertainty);
        return uncertainty;
    }

    /** A law between a minimum and a maximum (the most likely value, a centre or a spread set apart). */
    static Distribution law(DistributionKind kind, double min, double max) {
        Distribution law = F.createDistribution();
        law.setKind(kind);
        law.setMin(min);
        law.setMax(max);
        return law;
    }

    static Projection project(Canvas canvas) {
        return new CashFlowEngine(CanvasCompiler.compile(canvas)).project();
    }

    static List<Double> cents(double... values) {
        return java.util.Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).boxed().toList();
    }
}
