/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.domain;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One choice of the space and pricing plan: the function of a room (among those it allows) or the
 * price of an offer (from its ladder).
 */
@PlanningEntity
public class PlanDecision {

    /** What is decided. */
    public enum Kind {
        ROOM_FUNCTION, PRICE
    }

    @PlanningId
    private int index;
    private String itemId;
    private String itemName;
    private Kind kind;
    /** The option matching the canvas as it is, or null when the canvas is on none of them. */
    private PlanOption current;
    /** For a solidarity-priced offer, the highest price allowed; infinity otherwise. */
    private double priceCap;
    private List<PlanOption> options;

    @PlanningVariable(valueRangeProviderRefs = "options")
    private PlanOption choice;

    public PlanDecision() {
        // for OptaPlanner's solution cloning
    }

    public PlanDecision(int index, String itemId, String itemName, Kind kind, List<PlanOption> options, PlanOption current,
            double priceCap) {
        this.index = index;
        this.itemId = itemId;
        this.itemName = itemName;
        this.kind = kind;
        this.options = options;
        this.current = current;
        this.priceCap = priceCap;
    }

    @ValueRangeProvider(id = "options")
    public List<PlanOption> getOptions() {
        return options;
    }

    public int getIndex() {
        return index;
    }

    public String getItemId() {
        return itemId;
    }

    public String getItemName() {
        return itemName;
    }

    public Kind getKind() {
        return kind;
    }

    public PlanOption getCurrent() {
        return current;
    }

    public double getPriceCap() {
        return priceCap;
    }

    public PlanOption getChoice() {
        return choice;
    }

    public void setChoice(PlanOption choice) {
        this.choice = choice;
    }

    /** True when the chosen price is above the solidarity cap. */
    public boolean isAboveCap() {
        return choice != null && kind == Kind.PRICE && choice.price() > priceCap;
    }

    @Override
    public String toString() {
        return itemName + " = " + (choice == null ? "?" : kind == Kind.PRICE ? choice.price() : choice.function());
    }
}
