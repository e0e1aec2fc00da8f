/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.solver;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.perenne.model.Canvas;
import org.perenne.model.DropIn;
import org.perenne.model.MembershipTier;
import org.perenne.model.Offer;
import org.perenne.model.PerennePackage;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;
import org.perenne.model.RoomRental;
import org.perenne.model.Service;
import org.perenne.model.SpacePlanSettings;
import org.perenne.optimisation.plan.domain.PlanDecision;
import org.perenne.optimisation.plan.domain.PlanOption;
import org.perenne.optimisation.plan.domain.PlanSimulator;
import org.perenne.optimisation.plan.domain.PlanSimulator.HostedOffer;
import org.perenne.optimisation.plan.domain.PlanSimulator.PriceEffect;
import org.perenne.optimisation.plan.domain.PlanSimulator.RoomEffect;
import org.perenne.optimisation.plan.domain.PlanSimulator.SolidarityVolume;
import org.perenne.optimisation.plan.domain.PlanWeights;
import org.perenne.optimisation.plan.domain.RoomHosting;
import org.perenne.optimisation.plan.domain.SpacePlan;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;

/**
 * Maps a canvas to a space plan and a solved plan back to the canvas. Decisions: every room allowing
 * at least two functions, every offer with a price ladder. The canvas must be valid.
 */
public final class PlanMapping {

    private static final PerennePackage P = PerennePackage.eINSTANCE;

    /** Where an offer's price and the volumes that follow it live in the model. */
    private record OfferTerms(EAttribute price, List<EAttribute> volumes) {
    }

    /** A rental or service held in a room: the volume that stops when the room's function cannot host it. */
    private record HostedItem(Offer offer, EAttribute volume, Set<RoomFunction> hosts) {
    }

    /** Per decision index: the room, the offer, the items hosted in the room. */
    private final List<Room> rooms = new ArrayList<>();
    private final List<List<HostedItem>> hosted = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();
    private final SpacePlan plan;

    public PlanMapping(Canvas canvas) {
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        List<PlanDecision> decisions = new ArrayList<>();
        List<RoomEffect> roomEffects = new ArrayList<>();
        List<PriceEffect> priceEffects = new ArrayList<>();
        for (Room room : canvas.getSpaces().getRooms()) {
            List<RoomFunction> functions = new ArrayList<>(new LinkedHashSet<>(room.getAllowedFunctions()));
            if (functions.size() < 2) {
                continue;
            }
            int index = decisions.size();
            List<PlanOption> options = new ArrayList<>();
            for (int i = 0; i < functions.size(); i++) {
                options.add(PlanOption.function(index, i, functions.get(i)));
            }
            int current = functions.indexOf(room.getKind());
            decisions.add(new PlanDecision(index, room.getId(), room.getName(), PlanDecision.Kind.ROOM_FUNCTION, options,
                    current < 0 ? null : options.get(current), Double.POSITIVE_INFINITY));
            rooms.add(room);
            offers.add(null);
            List<HostedItem> items = hosted(canvas, room);
            hosted.add(items);
            roomEffects.add(new RoomEffect(room.getKind(), room.getCapacity(), functions, items.stream()
                    .map(item -> new HostedOffer(item.offer().getName(), slot(compiled, item.offer(), item.volume()),
                            item.hosts()))
                    .toList()));
            priceEffects.add(null);
        }
        List<Offer> all = new ArrayList<>();
        all.addAll(canvas.getOffers().getMembershipTiers());
        all.addAll(canvas.getOffers().getDropIns());
        all.addAll(canvas.getOffers().getRentals());
        all.addAll(canvas.getOffers().getServices());
        for (Offer offer : all) {
            if (offer.getPriceLadder() == null || offer.getPriceLadder().getLevels().isEmpty()) {
                continue;
            }
            int index = decisions.size();
            double[] levels = offer.getPriceLadder().getLevels().stream().mapToDouble(Double::doubleValue).distinct()
                    .sorted().toArray();
            List<PlanOption> options = new ArrayList<>();
            PlanOption current = null;
            OfferTerms terms = terms(offer);
            double price = (Double) offer.eGet(terms.price());
            for (int i = 0; i < levels.length; i++) {
                options.add(PlanOption.price(index, i, levels[i]));
                if (levels[i] == price) {
                    current = options.get(i);
                }
            }
            decisions.add(new PlanDecision(index, offer.getId(), offer.getName(), PlanDecision.Kind.PRICE, options, current,
                    offer.isSolidarityPriced() ? offer.getSolidarityPriceCap() : Double.POSITIVE_INFINITY));
            rooms.add(null);
            offers.add(offer);
            hosted.add(List.of());
            int[] volumeSlots = terms.volumes().stream().mapToInt(v -> slot(compiled, offer, v)).toArray();
            boolean[] atMostOne = new boolean[volumeSlots.length];
            for (int v = 0; v < atMostOne.length; v++) {
                atMostOne[v] = terms.volumes().get(v) == P.getRoomRental_OccupancyRate();
            }
            roomEffects.add(null);
            priceEffects.add(new PriceEffect(slot(compiled, offer, terms.price()), price,
                    offer.getPriceLadder().getElasticity(), levels, volumeSlots, atMostOne));
        }
        List<MembershipTier> tiers = canvas.getOffers().getMembershipTiers();
        int[] startSlots = tiers.stream().mapToInt(t -> slot(compiled, t, P.getMembershipTier_StartCount())).toArray();
        int[] usageSlots = tiers.stream().mapToInt(t -> slot(compiled, t, P.getMembershipTier_DeskUsage())).toArray();
        SpacePlanSettings settings = canvas.getSpacePlanSettings();
        PlanSimulator simulator = new PlanSimulator(compiled, roomEffects.toArray(RoomEffect[]::new),
                priceEffects.toArray(PriceEffect[]::new), startSlots, usageSlots, solidarity(all, compiled),
                settings == null ? 0 : settings.getMinimumResidentDesks(),
                settings == null ? 0 : settings.getMinimumPublicHoursPerWeek());
        PlanWeights weights = settings == null ? new PlanWeights()
                : new PlanWeights(settings.getResultWeight(), settings.getPublicHoursWeight(),
                        settings.getBeneficiariesWeight(), settings.getSolidarityWeight());
        plan = new SpacePlan(decisions, simulator, weights);
    }

    /** The plan to solve: one decision per room with a choice of function and per offer with a price ladder. */
    public SpacePlan problem() {
        return plan;
    }

    private static OfferTerms terms(Offer offer) {
        if (offer instanceof MembershipTier) {
            return new OfferTerms(P.getMembershipTier_MonthlyFee(),
                    List.of(P.getMembershipTier_StartCount(), P.getMembershipTier_TargetCount()));
        } else if (offer instanceof DropIn) {
            return new OfferTerms(P.getDropIn_PricePerVisit(), List.of(P.getDropIn_VisitsPerMonth()));
        } else if (offer instanceof RoomRental) {
            return new OfferTerms(P.getRoomRental_HourlyRate(), List.of(P.getRoomRental_OccupancyRate()));
        }
        return new OfferTerms(P.getService_UnitPrice(), List.of(P.getService_UnitsPerMonth()));
    }

    private static int slot(CompiledCanvas compiled, Offer offer, EAttribute attribute) {
        return compiled.slotsOf(offer, attribute.getName(), 0)[0];
    }

    /**
     * The rentals and services held in a room. What the room does now always hosts them: choosing
     * the current function keeps the canvas as it is.
     */
    private static List<HostedItem> hosted(Canvas canvas, Room room) {
        List<HostedItem> hosted = new ArrayList<>();
        for (RoomRental rental : canvas.getOffers().getRentals()) {
            if (rental.getRoom() == room) {
                hosted.add(new HostedItem(rental, P.getRoomRental_OccupancyRate(), withCurrent(RoomHosting.rentals(), room)));
            }
        }
        for (Service service : canvas.getOffers().getServices()) {
            if (service.getRoom() == room) {
                hosted.add(new HostedItem(service, P.getService_UnitsPerMonth(),
                        withCurrent(RoomHosting.services(service.getKind()), room)));
            }
        }
        return hosted;
    }

    private static Set<RoomFunction> withCurrent(Set<RoomFunction> functions, Room room) {
        Set<RoomFunction> all = EnumSet.copyOf(functions);
        all.add(room.getKind());
        return all;
    }

    private static List<SolidarityVolume> solidarity(List<Offer> offers, CompiledCanvas compiled) {
        List<SolidarityVolume> volumes = new ArrayList<>();
        for (Offer offer : offers) {
            if (!offer.isSolidarityPriced()) {
                continue;
            }
            if (offer instanceof RoomRental) {
                volumes.add(new SolidarityVolume(slot(compiled, offer, P.getRoomRental_OccupancyRate()),
                        slot(compiled, offer, P.getRoomRental_BookableHoursPerMonth())));
            } else {
                OfferTerms terms = terms(offer);
                volumes.add(new SolidarityVolume(slot(compiled, offer, terms.volumes().get(terms.volumes().size() - 1)), -1));
            }
        }
        return volumes;
    }

    /**
     * One undoable command putting a solved plan into the canvas: rooms' functions, offers' prices,
     * volumes moved along their demand curve, and the rentals and services a room's new function
     * stops set to zero. Simulating the canvas afterwards gives the plan's outcome.
     */
    public CompoundCommand apply(EditingDomain domain, SpacePlan solution) {
        CompoundCommand command = new CompoundCommand("Apply the space and pricing plan");
        for (PlanDecision decision : solution.getDecisions()) {
            PlanOption choice = decision.getChoice();
            if (choice == null) {
                continue;
            }
            Room room = rooms.get(decision.getIndex());
            if (room != null) {
                if (room.getKind() != choice.function()) {
                    command.append(SetCommand.create(domain, room, P.getRoom_Kind(), choice.function()));
                }
                continue;
            }
            Offer offer = offers.get(decision.getIndex());
            OfferTerms terms = terms(offer);
            double price = (Double) offer.eGet(terms.price());
            if (price == choice.price()) {
                continue;
            }
            command.append(SetCommand.create(domain, offer, terms.price(), choice.price()));
            double factor = PlanSimulator.demandFactor(choice.price(), price, offer.getPriceLadder().getElasticity());
            for (EAttribute volume : terms.volumes()) {
                double moved = (Double) offer.eGet(volume) * factor;
                if (volume == P.getRoomRental_OccupancyRate()) {
                    moved = Math.min(1, moved);
                }
                command.append(SetCommand.create(domain, offer, volume, moved));
            }
        }
        for (PlanDecision decision : solution.getDecisions()) {
            PlanOption choice = decision.getChoice();
            if (choice == null || rooms.get(decision.getIndex()) == null) {
                continue;
            }
            for (HostedItem item : hosted.get(decision.getIndex())) {
                if (!item.hosts().contains(choice.function()) && (Double) item.offer().eGet(item.volume()) != 0) {
                    command.append(SetCommand.create(domain, item.offer(), item.volume(), 0.0));
                }
            }
        }
        return command;
    }
}
