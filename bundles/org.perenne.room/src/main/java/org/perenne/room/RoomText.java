/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import java.util.Locale;

import org.perenne.model.Wording;

/** The room's words in one language: its page, its answers to the participants, its messages to the consultant. */
public final class RoomText {

    private final Wording words;

    public RoomText(Locale locale) {
        this.words = new Wording("org.perenne.room.messages", RoomText.class, locale);
    }

    public Locale locale() {
        return words.locale();
    }

    public String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }
}
