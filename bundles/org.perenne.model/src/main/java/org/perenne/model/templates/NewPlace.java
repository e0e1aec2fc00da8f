/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.templates;

import java.time.YearMonth;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.Element;
import org.perenne.model.FixedCost;
import org.perenne.model.MembershipTier;
import org.perenne.model.Room;
import org.perenne.model.StaffMember;

/**
 * A new place started from reference figures: the model sample closest to the kind of place and its
 * town, brought to the place's area, opening month and team. Every figure it changes is marked, in
 * the item's description, as an assumption to check.
 */
public final class NewPlace {

    /** The kinds of place the assistant knows, each with its reference sample. */
    public enum Kind {
        COWORKING, FABLAB, HYBRID
    }

    /** Where the place is: the reference of a coworking space differs between countryside and town. */
    public enum Town {
        RURAL, TOWN
    }

    /** What the assistant asks. */
    public record Answers(String name, Kind kind, Town town, double areaM2, YearMonth opening, double staffFte) {
    }

    private NewPlace() {
    }

    /** The file name (without extension) of the sample a place starts from. */
    public static String referenceOf(Kind kind, Town town) {
        return switch (kind) {
            case COWORKING -> town == Town.RURAL ? "coworking-rural" : "coworking-urbain";
            case FABLAB -> "fablab";
            case HYBRID -> "tiers-lieu-hybride";
        };
    }

    /**
     * A new canvas from the reference canvas (left untouched): rooms, members, rent and energy in
     * proportion to the area; staff in proportion to the team's full-time equivalents.
     *
     * @param toCheck the words put before each changed item's description ("À vérifier : …")
     */
    public static Canvas create(Canvas reference, Answers answers, String toCheck) {
        Canvas canvas = EcoreUtil.copy(reference);
        String source = reference.getName();
        canvas.setName(answers.name());
        canvas.setStartMonth(answers.opening());
        canvas.setDescription(null);
        double referenceArea = canvas.getSpaces().getRooms().stream().mapToDouble(Room::getAreaM2).sum();
        double area = referenceArea > 0 && answers.areaM2() > 0 ? answers.areaM2() / referenceArea : 1;
        for (Room room : canvas.getSpaces().getRooms()) {
            room.setAreaM2(Math.round(room.getAreaM2() * area));
            room.setCapacity(Math.max(1, (int) Math.round(room.getCapacity() * area)));
            mark(room, toCheck, source);
        }
        for (MembershipTier tier : canvas.getOffers().getMembershipTiers()) {
            tier.setStartCount(Math.round(tier.getStartCount() * area));
            tier.setTargetCount(Math.round(tier.getTargetCount() * area));
            mark(tier, toCheck, source);
        }
        for (FixedCost cost : canvas.getCosts().getFixedCosts()) {
            if (cost.getCategory() == CostCategory.RENT || cost.getCategory() == CostCategory.ENERGY) {
                cost.setMonthlyAmount(Math.round(cost.getMonthlyAmount() * area));
            }
            mark(cost, toCheck, source);
        }
        double referenceFte = canvas.getTeam().getStaff().stream().mapToDouble(StaffMember::getFte).sum();
        double team = referenceFte > 0 && answers.staffFte() >= 0 ? answers.staffFte() / referenceFte : 1;
        for (StaffMember staff : canvas.getTeam().getStaff()) {
            staff.setFte(Math.round(staff.getFte() * team * 100) / 100.0);
            mark(staff, toCheck, source);
        }
        canvas.getOffers().getDropIns().forEach(item -> mark(item, toCheck, source));
        canvas.getOffers().getRentals().forEach(item -> mark(item, toCheck, source));
        canvas.getOffers().getServices().forEach(item -> mark(item, toCheck, source));
        canvas.getFunding().getGrants().forEach(item -> mark(item, toCheck, source));
        return canvas;
    }

    private static void mark(Element item, String toCheck, String source) {
        String note = toCheck + " «\u00a0" + source + "\u00a0»";
        item.setDescription(item.getDescription() == null || item.getDescription().isBlank() ? note
                : note + ". " + item.getDescription());
    }
}
