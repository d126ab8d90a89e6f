package com.channelstudio.youtube;

import com.channelstudio.jobs.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YouTube's rules for the chapters it reads from a description's timestamped lines: the first at 0:00, at least
 * three, ascending, each at least 10 seconds long. A description with no timestamped line has no chapters.
 */
final class Chapters {

    static final int MIN_CHAPTERS = 3;
    static final int MIN_SECONDS = 10;
    private static final Pattern STAMP = Pattern.compile("^(?:(\\d+):)?(\\d{1,2}):(\\d{2})\\s", Pattern.MULTILINE);

    private Chapters() {}

    static void check(String description) {
        List<Long> starts = new ArrayList<>();
        Matcher stamp = STAMP.matcher(description);
        while (stamp.find()) {
            long hours = stamp.group(1) == null ? 0 : Long.parseLong(stamp.group(1));
            starts.add(hours * 3600 + Long.parseLong(stamp.group(2)) * 60 + Long.parseLong(stamp.group(3)));
        }
        if (starts.isEmpty()) {
            return;
        }
        if (starts.get(0) != 0) {
            throw invalid("the first must be at 0:00 (is at " + starts.get(0) + " s)");
        }
        if (starts.size() < MIN_CHAPTERS) {
            throw invalid("there must be at least " + MIN_CHAPTERS + " (has " + starts.size() + ")");
        }
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i) - starts.get(i - 1) < MIN_SECONDS) {
                throw invalid("each must be at least " + MIN_SECONDS + " s long and come after the one before (chapter " + i
                        + " at " + starts.get(i - 1) + " s, the next at " + starts.get(i) + " s)");
            }
        }
    }

    private static InvalidInputException invalid(String rule) {
        return new InvalidInputException("description", "chapters: " + rule);
    }
}
