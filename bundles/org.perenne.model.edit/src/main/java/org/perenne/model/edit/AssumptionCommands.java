/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.perenne.model.AssumptionChange;

/** An {@link AssumptionChange} made on an open canvas as one command, which one Ctrl+Z takes back. */
public final class AssumptionCommands {

    private AssumptionCommands() {
    }

    /** The command that makes {@code change} on {@code target}, named {@code label} in the Edit menu. */
    public static Command of(EditingDomain domain, EObject target, AssumptionChange change, String label) {
        if (!change.attribute().isMany()) {
            Object current = target.eGet(change.attribute());
            return SetCommand.create(domain, target, change.attribute(),
                    change.changed(current instanceof Number number ? number.doubleValue() : 0));
        }
        List<?> values = (List<?>) target.eGet(change.attribute());
        CompoundCommand all = new CompoundCommand(label);
        for (int i : change.positions(target)) {
            all.append(SetCommand.create(domain, target, change.attribute(),
                    change.changed(((Number) values.get(i)).doubleValue()), i));
        }
        return all;
    }
}
