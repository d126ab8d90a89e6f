package com.channelstudio.routes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one reload did on one instance: its result, in a sentence, and the routes it replaced and added, the
 * templates it replaced, the running routes the files no longer define (kept), and the problems that refused it.
 */
public record ReloadOutcome(Result result, Instant at, String instance, String source, String summary,
        List<String> replaced, List<String> added, List<String> templates, List<String> gone, List<RouteProblem> problems) {

    public enum Result {
        /** The files define what runs. */
        UNCHANGED(200),
        /** Changed routes replaced, new ones added. */
        APPLIED(200),
        /** A file has a problem or a change that takes a restart: nothing changed. */
        REFUSED(422),
        /** Work in flight outlasted the wait, or another reload was under way: nothing changed, try again. */
        BUSY(409),
        /** A new definition failed to start: every route went back to how it was. */
        ROLLED_BACK(422);

        private final int httpStatus;

        Result(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** The REST API's answer; a refusal carries the API's error shape ({@code error}) as well. */
    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.httpStatus() >= 400) {
            body.put("error", summary);
        }
        body.put("result", result.name().toLowerCase(Locale.ROOT));
        body.put("summary", summary);
        body.put("at", at.toString());
        body.put("instance", instance);
        body.put("routes_from", source);
        body.put("replaced", replaced);
        body.put("added", added);
        body.put("templates_replaced", templates);
        body.put("not_in_files", gone);
        body.put("problems", problems.stream().map(problem -> {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("file", problem.file());
            named.put("line", problem.line());
            named.put("problem", problem.problem());
            return named;
        }).toList());
        return body;
    }

    /** The JMX operation's answer, and the log's: the summary, then one line per route or problem. */
    public String text() {
        StringBuilder text = new StringBuilder(result.label()).append(" (").append(instance).append(", ").append(at)
                .append("): ").append(summary);
        lines(text, "replaced", replaced);
        lines(text, "added", added);
        lines(text, "template replaced", templates);
        lines(text, "still running, not in the files", gone);
        problems.forEach(problem -> text.append("\n  problem: ").append(problem));
        return text.toString();
    }

    private static void lines(StringBuilder text, String what, List<String> ids) {
        ids.forEach(id -> text.append("\n  ").append(what).append(": ").append(id));
    }
}
