/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan;

import java.time.YearMonth;

import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.FixedCost;
import org.perenne.model.MembershipTier;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PriceLadder;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;
import org.perenne.model.RoomRental;
import org.perenne.model.Service;
import org.perenne.model.ServiceKind;
import org.perenne.model.SpacePlanSettings;
import org.perenne.model.templates.CanvasTemplates;

/**
 * A one-year canvas small enough to work out by hand: an open space of 10 desks that could become a
 * meeting room, a meeting room of 8 that could become a private office (rented 100 h a month at 20 €,
 * half of the time, and holding a solidarity-priced workshop: 4 a month at 10 €, cap 10 €, 5 people and
 * 2 public hours each), 6 residents at 200 € (ladder 150/200/250, elasticity −2). No costs, no inflation.
 * Committed desks 12, public hours required 2 a week, weights 1 / 10 € / 1 € / 2 €.
 */
public final class SmallPlanCanvas {

    private static final PerenneFactory F = PerenneFactory.eINSTANCE;

    private SmallPlanCanvas() {
    }

    public static Canvas create() {
        Canvas canvas = CanvasTemplates.empty("Petit plan", YearMonth.of(2027, 1), 1);
        canvas.setInflationRate(0);

        room(canvas, "open", "Open space", 10, RoomFunction.OPEN_COWORKING, RoomFunction.MEETING_ROOM);
        Room meeting = room(canvas, "salle", "Salle", 8, RoomFunction.MEETING_ROOM, RoomFunction.PRIVATE_OFFICE);

        MembershipTier resident = F.createMembershipTier();
        resident.setId("resident");
        resident.setName("Résident");
        resident.setMonthlyFee(200);
        resident.setDeskUsage(1);
        resident.setStartCount(6);
        resident.setTargetCount(6);
        resident.setPriceLadder(ladder(-2, 150, 200, 250));
        canvas.getOffers().getMembershipTiers().add(resident);

        RoomRental rental = F.createRoomRental();
        rental.setId("location");
        rental.setName("Location");
        rental.setRoom(meeting);
        rental.setHourlyRate(20);
        rental.setBookableHoursPerMonth(100.0);
        rental.setOccupancyRate(0.5);
        canvas.getOffers().getRentals().add(rental);

        Service workshop = F.createService();
        workshop.setId("atelier");
        workshop.setName("Atelier");
        workshop.setKind(ServiceKind.WORKSHOP);
        workshop.setRoom(meeting);
        workshop.setUnitPrice(10);
        workshop.setUnitsPerMonth(4);
        workshop.setBeneficiariesPerUnit(5);
        workshop.setPublicHoursPerUnit(2);
        workshop.setSolidarityPriced(true);
        workshop.setSolidarityPriceCap(10);
        workshop.setPriceLadder(ladder(-0.5, 5, 10, 15));
        canvas.getOffers().getServices().add(workshop);

        SpacePlanSettings settings = F.createSpacePlanSettings();
        settings.setMinimumResidentDesks(12);
        settings.setMinimumPublicHoursPerWeek(2);
        settings.setResultWeight(1);
        settings.setPublicHoursWeight(10);
        settings.setBeneficiariesWeight(1);
        settings.setSolidarityWeight(2);
        canvas.setSpacePlanSettings(settings);
        return canvas;
    }

    /** The same canvas with a yearly rent, paid monthly. */
    public static Canvas withRent(double yearly) {
        Canvas canvas = create();
        FixedCost rent = F.createFixedCost();
        rent.setName("Loyer");
        rent.setCategory(CostCategory.RENT);
        rent.setMonthlyAmount(yearly / 12);
        canvas.getCosts().getFixedCosts().add(rent);
        return canvas;
    }

    private static Room room(Canvas canvas, String id, String name, int capacity, RoomFunction kind, RoomFunction other) {
        Room room = F.createRoom();
        room.setId(id);
        room.setName(name);
        room.setCapacity(capacity);
        room.setKind(kind);
        room.getAllowedFunctions().add(kind);
        room.getAllowedFunctions().add(other);
        canvas.getSpaces().getRooms().add(room);
        return room;
    }

    private static PriceLadder ladder(double elasticity, double... levels) {
        PriceLadder ladder = F.createPriceLadder();
        ladder.setElasticity(elasticity);
        for (double level : levels) {
            ladder.getLevels().add(level);
        }
        return ladder;
    }
}
