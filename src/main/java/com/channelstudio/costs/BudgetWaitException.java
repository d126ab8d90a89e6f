package com.channelstudio.costs;

/**
 * A job's next provider calls would take its channel or the studio past the month's budget: the job waits (its stage
 * gives the claim back and looks again later), it does not fail. The message says what it waits for.
 */
public class BudgetWaitException extends RuntimeException {

    public BudgetWaitException(String message) {
        super(message);
    }
}
