package com.channelstudio.api;

import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.List;

/**
 * {@code PATCH /api/channels/{id}}: the changes a request names; a field left out stays as it is, and
 * {@code render_motion: null} is a change (back to the studio's setting). Read field by field, so that a field a
 * channel does not change, or a value of the wrong type, is answered naming it.
 */
@JsonDeserialize(using = ChannelChanges.Reader.class)
public record ChannelChanges(
        @Schema(description = "false pauses the channel: nothing is planned or uploaded for it")
        @JsonProperty("is_active") Boolean isActive,
        @Schema(allowableValues = {"none", "zoom", "particles", "flicker"},
                description = "its pictures' motion; null: studio.render.motion's again")
        @JsonProperty("render_motion") String renderMotion,
        @JsonIgnore boolean changesActive,
        @JsonIgnore boolean changesMotion) {

    static final List<String> CHANGEABLE = List.of("is_active", "render_motion");

    static final class Reader extends JsonDeserializer<ChannelChanges> {

        @Override
        public ChannelChanges deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode request = parser.readValueAsTree();
            if (request == null || !request.isObject() || request.isEmpty()) {
                throw new InvalidInputException("body", "must be a JSON object with is_active, render_motion or both");
            }
            request.fieldNames().forEachRemaining(field -> {
                if (!CHANGEABLE.contains(field)) {
                    throw new InvalidInputException(field, "cannot be changed; a channel changes " + String.join(" and ", CHANGEABLE));
                }
            });
            JsonNode active = request.get("is_active");
            if (active != null && !active.isBoolean()) {
                throw new InvalidInputException("is_active", "must be true or false (was " + active + ")");
            }
            JsonNode motion = request.get("render_motion");
            if (motion != null && !motion.isNull() && !motion.isTextual()) {
                throw new InvalidInputException("render_motion", "must be a text or null (was " + motion + ")");
            }
            return new ChannelChanges(active == null ? null : active.booleanValue(), motion == null ? null : motion.textValue(),
                    active != null, motion != null);
        }
    }
}
