package com.channelstudio.routes;

/**
 * Why the route files cannot be taken up as they are: the file (its location as the include pattern found it), the
 * line where it is known (null otherwise) and what is wrong, in words an operator can act on.
 */
public record RouteProblem(String file, Integer line, String problem) {

    static RouteProblem at(String file, int line, String problem) {
        return new RouteProblem(file, line > 0 ? line : null, problem);
    }

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + problem;
    }
}
