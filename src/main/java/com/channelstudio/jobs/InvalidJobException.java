package com.channelstudio.jobs;

/** Bad input in a job row: names the field and the rule it breaks. */
public class InvalidJobException extends RuntimeException {

    public InvalidJobException(String field, String rule) {
        super(field + ": " + rule);
    }
}
