/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

/** The command line was not used as documented (exit code 1). */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
