package com.channelstudio.youtube;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A timestamptz as the SQL component hands it over ({@link Timestamp}), as an instant in UTC. */
final class Timestamps {

    private Timestamps() {}

    static OffsetDateTime utc(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return value == null ? null : ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
