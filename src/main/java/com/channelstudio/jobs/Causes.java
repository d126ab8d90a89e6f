package com.channelstudio.jobs;

/** Looks through an exception's chain of causes (Camel wraps what beans throw). */
public final class Causes {

    private Causes() {}

    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
