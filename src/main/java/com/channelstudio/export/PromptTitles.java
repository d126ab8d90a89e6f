package com.channelstudio.export;

/** A listener-facing track title made from its music prompt: the first sentence, without tempo or length. */
final class PromptTitles {

    static final int MAX_TITLE = 60;

    private PromptTitles() {}

    static String titleOf(String prompt) {
        String first = prompt.strip().split("\\.\\s+(?=[A-Z])|\\.$", 2)[0].strip();
        String title = first.replaceAll("\\s+", " ");
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }
}
