/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The one rule for when a search stops unimproved, the desktop's and the command line's. */
class SearchTimeTest {

    @Test
    void aSearchStopsUnimprovedAfterAThirdOfItsTimeAtLeastASecondNeverBeyondIt() {
        assertEquals(Duration.ofSeconds(10), StoppableSolve.unimprovedLimit(Duration.ofSeconds(30)));
        assertEquals(Duration.ofMillis(1_333), StoppableSolve.unimprovedLimit(Duration.ofSeconds(4)), "whole milliseconds");
        assertEquals(Duration.ofSeconds(1), StoppableSolve.unimprovedLimit(Duration.ofSeconds(2)), "at least a second");
        assertEquals(Duration.ofMillis(500), StoppableSolve.unimprovedLimit(Duration.ofMillis(500)), "never beyond the time");
    }
}
