package com.channelstudio.config;

import java.util.regex.Pattern;

/**
 * BCP-47 language tags as YouTube takes them for {@code snippet.defaultLanguage} and {@code localizations}: a language
 * (2 or 3 letters), then an optional script (4 letters), region (2 letters or 3 digits) and variants ({@code es},
 * {@code pt-BR}, {@code zh-Hant-TW}).
 */
public final class LanguageTags {

    public static final String PATTERN = "[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*";
    public static final String RULE = "must be a BCP-47 language tag, e.g. es, pt-BR, zh-Hant";
    private static final Pattern TAG = Pattern.compile(PATTERN);

    private LanguageTags() {}

    public static boolean valid(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }
}
