package com.channelstudio.jobs;

/** Bad input (a job row, an API request): names the field and the rule it breaks. */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidInputException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
