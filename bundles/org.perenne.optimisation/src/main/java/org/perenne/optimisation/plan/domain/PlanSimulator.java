/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.perenne.model.RoomFunction;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Projection;

/**
 * Runs the simulation engine on the canvas as a plan would change it. A plan changes assumptions of
 * the compiled canvas, never the model:
 * <ul>
 * <li>an offer's price becomes the chosen level and its volumes follow the constant-elasticity curve
 * {@code volume × (price / current price)^elasticity} (a rental's occupancy stays at most 1; when either
 * price is 0 the volume stays as it is);</li>
 * <li>a room gives its capacity as desks when its function is open coworking or private office, and the
 * rentals and services held in it stop when the function cannot host them ({@link RoomHosting}).</li>
 * </ul>
 * Decisions left open keep the canvas as it is. Not thread-safe beyond one solver: the last outcome is
 * kept, since the plan's constraints ask for the same one several times per move.
 */
public final class PlanSimulator {

    /** A rental or service held in a room, and the volume assumption that stops with it. */
    public record HostedOffer(String offerName, int volumeSlot, Set<RoomFunction> hosts) {
    }

    /**
     * What a room's function changes: its desks, the offers it hosts; {@code functions} are the
     * decision's options, in order.
     */
    public record RoomEffect(RoomFunction currentFunction, double capacity, List<RoomFunction> functions,
            List<HostedOffer> hosted) {
    }

    /**
     * What an offer's price changes: the price itself and the volumes that follow it; {@code levels}
     * are the decision's options, in order.
     */
    public record PriceEffect(int priceSlot, double referencePrice, double elasticity, double[] levels,
            int[] volumeSlots, boolean[] atMostOne) {
    }

    /** The monthly volume of a solidarity-priced offer: a slot, times another slot unless -1. */
    public record SolidarityVolume(int volumeSlot, int multiplierSlot) {
    }

    private final CompiledCanvas canvas;
    private final double[] base;
    private final RoomEffect[] rooms;
    private final PriceEffect[] prices;
    private final int[] tierStartSlots;
    private final int[] tierUsageSlots;
    private final List<SolidarityVolume> solidarity;
    private final double committedResidentDesks;
    private final double requiredPublicHoursPerWeek;

    private final CashFlowEngine engine;
    private final Projection projection;
    private final double[] assumptions;
    private final double[][] rows;
    private final int[] key;
    private int[] lastKey;
    private PlanOutcome last;

    /**
     * @param rooms  per decision index, the room effect, or null for a price decision
     * @param prices per decision index, the price effect, or null for a room decision
     */
    public PlanSimulator(CompiledCanvas canvas, RoomEffect[] rooms, PriceEffect[] prices, int[] tierStartSlots,
            int[] tierUsageSlots, List<SolidarityVolume> solidarity, double committedResidentDesks,
            double requiredPublicHoursPerWeek) {
        this.canvas = canvas;
        this.base = canvas.base();
        this.rooms = rooms;
        this.prices = prices;
        this.tierStartSlots = tierStartSlots;
        this.tierUsageSlots = tierUsageSlots;
        this.solidarity = List.copyOf(solidarity);
        this.committedResidentDesks = committedResidentDesks;
        this.requiredPublicHoursPerWeek = requiredPublicHoursPerWeek;
        engine = new CashFlowEngine(canvas);
        projection = new Projection(canvas);
        assumptions = new double[base.length];
        rows = new double[canvas.years()][];
        Arrays.fill(rows, assumptions);
        key = new int[rooms.length];
    }

    /** Desks the residents were promised (space-plan settings). */
    public double committedResidentDesks() {
        return committedResidentDesks;
    }

    /** Public hours per week the funders require (space-plan settings). */
    public double requiredPublicHoursPerWeek() {
        return requiredPublicHoursPerWeek;
    }

    public CompiledCanvas canvas() {
        return canvas;
    }

    /** Volume factor of the constant-elasticity demand curve. */
    public static double demandFactor(double price, double referencePrice, double elasticity) {
        return price > 0 && referencePrice > 0 ? Math.pow(price / referencePrice, elasticity) : 1;
    }

    /** The outcome of the plan made of these decisions; decisions not given keep the canvas as it is. */
    public synchronized PlanOutcome outcome(Collection<PlanDecision> decisions) {
        fillKey(decisions);
        if (last != null && Arrays.equals(key, lastKey)) {
            return last;
        }
        applyKey();
        engine.project(rows, null, projection);
        last = summarise();
        lastKey = key.clone();
        return last;
    }

    /** The full projection of the plan (before/after indicators). */
    public synchronized Projection project(Collection<PlanDecision> decisions) {
        fillKey(decisions);
        applyKey();
        Projection out = new Projection(canvas);
        engine.project(rows, null, out);
        return out;
    }

    /** Names of the rentals and services the plan stops because their room's new function cannot host them. */
    public List<String> stoppedOffers(Collection<PlanDecision> decisions) {
        return decisions.stream().filter(d -> d.getChoice() != null && rooms[d.getIndex()] != null)
                .flatMap(d -> rooms[d.getIndex()].hosted().stream().filter(h -> !h.hosts().contains(d.getChoice().function())))
                .map(HostedOffer::offerName).toList();
    }

    private void fillKey(Collection<PlanDecision> decisions) {
        Arrays.fill(key, -1);
        for (PlanDecision d : decisions) {
            if (d.getChoice() != null) {
                key[d.getIndex()] = d.getChoice().index();
            }
        }
    }

    /** Sets the assumptions of the plan in {@link #key}; room effects last, since a stopped offer sells nothing. */
    private void applyKey() {
        System.arraycopy(base, 0, assumptions, 0, base.length);
        for (int i = 0; i < key.length; i++) {
            PriceEffect price = prices[i];
            if (price == null || key[i] < 0) {
                continue;
            }
            double level = price.levels()[key[i]];
            assumptions[price.priceSlot()] = level;
            double factor = demandFactor(level, price.referencePrice(), price.elasticity());
            for (int v = 0; v < price.volumeSlots().length; v++) {
                double volume = base[price.volumeSlots()[v]] * factor;
                assumptions[price.volumeSlots()[v]] = price.atMostOne()[v] ? Math.min(1, volume) : volume;
            }
        }
        double desks = base[canvas.desksSlot()];
        for (int i = 0; i < key.length; i++) {
            RoomEffect room = rooms[i];
            if (room == null || key[i] < 0) {
                continue;
            }
            RoomFunction function = room.functions().get(key[i]);
            desks += (RoomHosting.givesDesks(function) ? room.capacity() : 0)
                    - (RoomHosting.givesDesks(room.currentFunction()) ? room.capacity() : 0);
            for (HostedOffer hosted : room.hosted()) {
                if (!hosted.hosts().contains(function)) {
                    assumptions[hosted.volumeSlot()] = 0;
                }
            }
        }
        assumptions[canvas.desksSlot()] = desks;
    }

    private PlanOutcome summarise() {
        int years = canvas.years();
        double result = 0, publicHours = 0, beneficiaries = 0, lowestWeek = Double.POSITIVE_INFINITY;
        for (int y = 0; y < years; y++) {
            double yearHours = 0;
            for (int m = 12 * y; m < 12 * y + 12; m++) {
                result += projection.result(m);
                yearHours += projection.publicHours(m);
                beneficiaries += projection.beneficiaries(m);
            }
            publicHours += yearHours;
            lowestWeek = Math.min(lowestWeek, yearHours / 52);
        }
        double members = 0;
        for (int t = 0; t < tierStartSlots.length; t++) {
            members += assumptions[tierStartSlots[t]] * assumptions[tierUsageSlots[t]];
        }
        double solidarityUnits = 0;
        for (SolidarityVolume volume : solidarity) {
            double monthly = assumptions[volume.volumeSlot()];
            if (volume.multiplierSlot() >= 0) {
                monthly *= assumptions[volume.multiplierSlot()];
            }
            solidarityUnits += 12 * monthly;
        }
        return new PlanOutcome(assumptions[canvas.desksSlot()], members, result / years, publicHours / years, lowestWeek,
                beneficiaries / years, solidarityUnits);
    }
}
