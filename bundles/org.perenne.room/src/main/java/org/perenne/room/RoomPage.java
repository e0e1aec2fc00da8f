/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jetty.util.StringUtil;

/**
 * The participants' page: plain HTML that any phone's browser shows, with its own style sheet and a small script
 * (the participant's number kept on the phone, the values checked before sending); without the script the form
 * still works, and the server checks every value again.
 */
final class RoomPage {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RoomPage() {
    }

    /** A participant number for a new page: 16 random bytes, so two phones never share one. */
    static String newParticipant() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * @param reply the reply to the answer just sent, or null for a fresh page
     * @param typed the values just sent (shown again when refused), or null
     */
    static String page(Room room, RoomText text, String participant, Room.Reply reply, Function<String, String> typed) {
        Map<String, double[]> kept = room.answersOf(participant);
        StringBuilder html = new StringBuilder(4096);
        String language = text.locale().getLanguage();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"referrer\" content=\"no-referrer\">")
                .append("<title>").append(escape(text.get("page.title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"room.css\"></head><body><main>")
                .append("<h1>").append(escape(text.get("page.heading"))).append("</h1>")
                .append("<p class=\"intro\">").append(escape(text.get("page.intro"))).append("</p>");
        if (reply != null) {
            html.append("<p id=\"reply\" role=\"status\" class=\"").append(reply.status() == Room.Status.KEPT ? "kept" : "refused")
                    .append("\">").append(escape(reply.message())).append("</p>");
        }
        html.append("<form method=\"post\" action=\"./\" id=\"room\" novalidate")
                .append(data("incomplete", text.get("error.incomplete")))
                .append(data("order", text.get("error.order")))
                .append(data("number", text.get("error.numberShort")))
                .append(data("empty", text.get("reply.empty")))
                .append(data("problems", text.get("reply.check"))).append('>')
                .append("<input type=\"hidden\" name=\"participant\" value=\"").append(escape(participant)).append("\">");
        for (Question question : room.questions()) {
            String figure = question.figure();
            String id = "f" + room.questions().indexOf(question);
            double[] values = kept.get(figure);
            String problem = reply == null ? null : reply.problems().get(figure);
            html.append("<fieldset id=\"").append(id).append('"')
                    .append(data("lowest", Double.toString((Double) question.unit().shown(question.lowest()))))
                    .append(data("highest", Double.toString((Double) question.unit().shown(question.highest()))))
                    .append(data("bounds", text.get("error.bounds", withUnit(question, question.lowest(), text),
                            withUnit(question, question.highest(), text))))
                    .append("><legend>").append(escape(question.labelWithUnit(text.locale()))).append("</legend>")
                    .append("<p class=\"now\">")
                    .append(escape(question.current() == null ? text.get("page.currentNone")
                            : text.get("page.current", withUnit(question, question.current(), text))))
                    .append(question.highest() <= 1 ? " " + escape(text.get("page.range", withUnit(question, question.lowest(), text),
                            withUnit(question, question.highest(), text))) : "")
                    .append("</p><div class=\"values\">");
            String[] names = { "low", "likely", "high" };
            for (int i = 0; i < 3; i++) {
                String name = figure + "." + names[i];
                String value = problem != null && typed != null ? typed.apply(name)
                        : values != null ? question.shown(values[i], text.locale()) : null;
                html.append("<label>").append(escape(text.get("page." + names[i])))
                        .append("<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" maxlength=\"32\" name=\"")
                        .append(escape(name)).append("\" value=\"").append(value == null ? "" : escape(value)).append("\"></label>");
            }
            html.append("</div><p class=\"problem\" role=\"alert\">").append(problem == null ? "" : escape(problem))
                    .append("</p></fieldset>");
        }
        html.append("<button type=\"submit\">").append(escape(text.get("page.send"))).append("</button>")
                .append("</form><p class=\"privacy\">").append(escape(text.get("page.privacy"))).append("</p>")
                .append("</main><script src=\"room.js\"></script></body></html>\n");
        return html.toString();
    }

    private static String withUnit(Question question, double stored, RoomText text) {
        return question.unit().withUnit(question.shown(stored, text.locale()), text.locale());
    }

    private static String data(String name, String value) {
        return " data-" + name + "=\"" + escape(value) + "\"";
    }

    private static String escape(String text) {
        return StringUtil.sanitizeXmlString(text);
    }
}
