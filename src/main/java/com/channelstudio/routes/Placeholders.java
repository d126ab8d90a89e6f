package com.channelstudio.routes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template instance's parameters into text written in its template ({@code direct:{{work}}}). Done here,
 * not through Camel's local properties, because those are one stack shared by every thread of the running context.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([^{}]+)}}");

    private Placeholders() {}

    static String fill(String text, Map<String, Object> parameters) {
        if (text == null || parameters == null || !text.contains("{{")) {
            return text;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Object value = parameters.get(placeholder.group(1));
            String replacement = value == null ? placeholder.group() : value.toString();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        return placeholder.appendTail(filled).toString();
    }
}
