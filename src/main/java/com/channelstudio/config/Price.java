package com.channelstudio.config;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a provider charges: US dollars per unit, written in the settings as {@code 0.08 per-track}. The unit says what
 * a call is counted in: a track or clip generated, a minute of music asked for, a picture, a thousand tokens of an
 * answer, or the API credits the provider reports for the call.
 */
public record Price(BigDecimal usd, Unit unit) {

    /** A price of music: per generated track (or clip of a longer track), or per minute asked for. */
    public static final String MUSIC = "\\d+(\\.\\d+)? (per-track|per-minute)";
    public static final String MUSIC_RULE = "must be US dollars and per-track or per-minute, e.g. 0.08 per-track";

    /** Leonardo reports each generation's cost in API credits (apiCreditCost). */
    public static final String LEONARDO = "\\d+(\\.\\d+)? (per-image|per-api-credit)";
    public static final String LEONARDO_RULE = "must be US dollars and per-image or per-api-credit, e.g. 0.0015 per-api-credit";

    /** Gemini reports the tokens of each answer (usageMetadata). */
    public static final String GEMINI = "\\d+(\\.\\d+)? (per-image|per-1k-tokens)";
    public static final String GEMINI_RULE = "must be US dollars and per-image or per-1k-tokens, e.g. 0.03 per-1k-tokens";

    public static final String PER_1K_TOKENS = "\\d+(\\.\\d+)? per-1k-tokens";
    public static final String PER_1K_TOKENS_RULE = "must be US dollars per-1k-tokens, e.g. 0.0006 per-1k-tokens";

    public static final Price FREE = new Price(BigDecimal.ZERO, Unit.PER_TRACK);

    public enum Unit implements StudioProperties.Named {
        PER_TRACK, PER_MINUTE, PER_IMAGE, PER_1K_TOKENS, PER_API_CREDIT;

        /** Whether the quantity is the provider's own figure in its answer, not something the studio counts. */
        public boolean reported() {
            return this == PER_1K_TOKENS || this == PER_API_CREDIT;
        }
    }

    /** @param setting as written in the settings, already checked against one of the patterns above */
    public static Price of(String setting) {
        String[] parts = setting.strip().split(" ");
        return new Price(new BigDecimal(parts[0]), Unit.valueOf(parts[1].toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    @Override
    public String toString() {
        return usd.toPlainString() + " " + unit.label();
    }
}
