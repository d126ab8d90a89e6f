package com.channelstudio.look;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A choice of how the pictures look, written in lower case in the settings, the API and the database. */
public interface Look {

    String name();

    default String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every choice of {@code type} as written in the settings, the API and the database. */
    static <L extends Enum<L> & Look> List<String> labels(Class<L> type) {
        return Arrays.stream(type.getEnumConstants()).map(Look::label).toList();
    }

    /** A channel's own choice (a column of {@code channels}), or NULL for the studio's setting. */
    static <L extends Enum<L> & Look> L ofChannel(Class<L> type, String value, L studioDefault) {
        return value == null ? studioDefault : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
