package com.channelstudio.faults;

/** One fault the proof injects, and the stage a job must be working in (claimed) when it is injected. */
record PlannedFault(Kind kind, String stage) {

    enum Kind {
        /** kill -9 of the studio JVM that holds the job; it is started again right after. */
        KILL_9,
        /** SIGTERM to the studio JVM that holds the job; it is started again once it has exited. */
        SIGTERM,
        /** PostgreSQL stopped for the outage, then started again on the same folder and port. */
        DATABASE_DOWN
    }

    @Override
    public String toString() {
        return kind + " during " + stage;
    }
}
