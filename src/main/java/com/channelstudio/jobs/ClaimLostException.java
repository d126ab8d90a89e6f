package com.channelstudio.jobs;

import java.util.UUID;

/**
 * This instance no longer holds the job it was working on: another instance took it over after the lease ran
 * out, or this instance is stopping and gave it back. The work stops and nothing more is recorded for it.
 */
public class ClaimLostException extends RuntimeException {

    public ClaimLostException(UUID jobId, String why) {
        super("Job " + jobId + ": " + why);
    }
}
