package com.channelstudio.planning;

import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;

/**
 * The fixed texts of a video's title and description in one language, as the export composes them around the
 * tracklist: the title (the niche, moods and length; the opening track's title goes before it when there is room),
 * the summary line, the tracklist's heading and the licence line. The LLM planner writes them for each of a channel's
 * languages; without it, {@link FixedTexts} has them for the languages it knows.
 */
public record VideoTexts(
        @JsonProperty("title") String title,
        @JsonProperty("summary") String summary,
        @JsonProperty("tracklist") String tracklist,
        @JsonProperty("licence") String licence) {

    /** YouTube's limit for a title: the opening track's title is left out when both do not fit. */
    public static final int MAX_TITLE_CHARS = 100;
    /** Each line of the description, so the whole (with the tracklist) stays under YouTube's 5,000 bytes. */
    static final int MAX_LINE_BYTES = 1000;

    /** Checks the texts by YouTube's rules, naming the language and the field: {@code prompts_json.localizations.es.title}. */
    void check(String language) {
        String field = "prompts_json.localizations." + language + ".";
        line(field + "title", title);
        if (title.codePointCount(0, title.length()) > MAX_TITLE_CHARS) {
            throw new InvalidInputException(field + "title", "must be at most " + MAX_TITLE_CHARS + " characters (has "
                    + title.codePointCount(0, title.length()) + ")");
        }
        line(field + "summary", summary);
        line(field + "tracklist", tracklist);
        line(field + "licence", licence);
    }

    private static void line(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            throw new InvalidInputException(field, "must not contain < or >");
        }
        if (text.contains("\n")) {
            throw new InvalidInputException(field, "must be one line");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_LINE_BYTES) {
            throw new InvalidInputException(field, "must be at most " + MAX_LINE_BYTES + " bytes in UTF-8 (has " + bytes + ")");
        }
    }
}
