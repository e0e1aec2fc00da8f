/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

/** The canvas could not be read, or has errors (exit code 2); the message says which. */
final class InvalidCanvasException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidCanvasException(String message) {
        super(message);
    }
}
