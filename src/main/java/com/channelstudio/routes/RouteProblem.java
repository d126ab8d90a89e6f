package com.channelstudio.routes;

import org.apache.camel.model.RouteDefinition;

/**
 * Why the route files cannot be taken up as they are: the file (its location as the include pattern found it), the
 * line where it is known (null otherwise) and what is wrong, in words an operator can act on.
 */
public record RouteProblem(String file, Integer line, String problem) {

    static RouteProblem at(String file, int line, String problem) {
        return new RouteProblem(file, line > 0 ? line : null, problem);
    }

    /** A problem of a whole route, at its entry; a template instance's is its templatedRoute's file. */
    static RouteProblem in(RouteDefinition route, String problem) {
        String file = route.getLocation() != null ? route.getLocation() : route.getInput().getLocation();
        return at(file, route.getLineNumber(), problem);
    }

    /** The file, and the line if known: {@code file:target/routes/console.camel.yaml:12}. */
    String place() {
        return file + (line == null ? "" : ":" + line);
    }

    @Override
    public String toString() {
        return place() + ": " + problem;
    }
}
