/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The command line as an OSGi application: {@code -application org.perenne.cli.app COMMAND FILE …}. */
public final class PerenneApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Main.run(Arrays.asList(args == null ? new String[0] : args), System.out, System.err);
    }

    @Override
    public void stop() {
        // a command runs to its end
    }
}
