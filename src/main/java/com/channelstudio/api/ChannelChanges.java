package com.channelstudio.api;

import com.channelstudio.config.LanguageTags;
import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PATCH /api/channels/{id}}: the changes a request names; a field left out stays as it is, and a null is a
 * change (back to the studio's setting, or no budget). Read field by field, so that a field a channel does not
 * change, or a value of the wrong type, is answered naming it.
 */
@JsonDeserialize(using = ChannelChanges.Reader.class)
public record ChannelChanges(
        @Schema(description = "false pauses the channel: nothing is planned or uploaded for it")
        @JsonProperty("is_active") Boolean isActive,
        @Schema(allowableValues = {"none", "zoom", "particles", "flicker"},
                description = "its pictures' motion; null: studio.render.motion's again")
        @JsonProperty("render_motion") String renderMotion,
        @Schema(allowableValues = {"none", "bars", "wave"},
                description = "the music seen moving along the bottom of its pictures; null: studio.render.visualizer's again")
        @JsonProperty("render_visualizer") String renderVisualizer,
        @Schema(minimum = "0", maximum = "3", description = "Shorts cut from each video; null: studio.shorts.per-video's again")
        @JsonProperty("shorts_per_video") Integer shortsPerVideo,
        @ArraySchema(schema = @Schema(pattern = LanguageTags.PATTERN), uniqueItems = true,
                arraySchema = @Schema(description = "BCP-47 tags of the languages its titles and descriptions are also given "
                        + "in (not en, every upload's default); []: none; null: studio.youtube.languages' again"))
        @JsonProperty("languages") List<String> languages,
        @Schema(minimum = "0", maximum = "9999999999.99", description = "US dollars its provider calls may cost in a "
                + "calendar month (UTC); null: no budget of its own")
        @JsonProperty("monthly_budget_usd") BigDecimal monthlyBudgetUsd,
        @JsonIgnore boolean changesActive,
        @JsonIgnore boolean changesMotion,
        @JsonIgnore boolean changesVisualizer,
        @JsonIgnore boolean changesShorts,
        @JsonIgnore boolean changesLanguages,
        @JsonIgnore boolean changesBudget) {

    static final List<String> CHANGEABLE = List.of("is_active", "render_motion", "render_visualizer", "shorts_per_video",
            "languages", "monthly_budget_usd");
    static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999.99");

    static final class Reader extends JsonDeserializer<ChannelChanges> {

        @Override
        public ChannelChanges deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode request = parser.readValueAsTree();
            if (request == null || !request.isObject() || request.isEmpty()) {
                throw new InvalidInputException("body", "must be a JSON object with one or more of " + String.join(", ", CHANGEABLE));
            }
            request.fieldNames().forEachRemaining(field -> {
                if (!CHANGEABLE.contains(field)) {
                    throw new InvalidInputException(field, "cannot be changed; a channel changes " + String.join(", ", CHANGEABLE));
                }
            });
            JsonNode active = request.get("is_active");
            if (active != null && !active.isBoolean()) {
                throw new InvalidInputException("is_active", "must be true or false (was " + active + ")");
            }
            JsonNode motion = textOrNull(request, "render_motion");
            JsonNode visualizer = textOrNull(request, "render_visualizer");
            JsonNode shorts = request.get("shorts_per_video");
            if (shorts != null && !shorts.isNull() && !(shorts.isIntegralNumber() && shorts.asInt() >= 0 && shorts.asInt() <= 3)) {
                throw new InvalidInputException("shorts_per_video", "must be a whole number from 0 to 3, or null to follow "
                        + "studio.shorts.per-video (was " + shorts + ")");
            }
            JsonNode languages = request.get("languages");
            JsonNode budget = request.get("monthly_budget_usd");
            if (budget != null && !budget.isNull() && (!budget.isNumber() || budget.decimalValue().signum() < 0
                    || budget.decimalValue().compareTo(MAX_BUDGET) > 0)) {
                throw new InvalidInputException("monthly_budget_usd", "must be US dollars from 0 to " + MAX_BUDGET
                        + ", or null for no budget (was " + budget + ")");
            }
            return new ChannelChanges(active == null ? null : active.booleanValue(),
                    motion == null || motion.isNull() ? null : motion.textValue(),
                    visualizer == null || visualizer.isNull() ? null : visualizer.textValue(),
                    shorts == null || shorts.isNull() ? null : shorts.asInt(),
                    languages == null || languages.isNull() ? null : languages(languages),
                    budget == null || budget.isNull() ? null : budget.decimalValue(),
                    active != null, motion != null, visualizer != null, shorts != null, languages != null, budget != null);
        }

        private static JsonNode textOrNull(JsonNode request, String field) {
            JsonNode value = request.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw new InvalidInputException(field, "must be a text or null (was " + value + ")");
            }
            return value;
        }

        /** A channel's own languages: BCP-47 tags, each once; an empty list: none (not the studio's). */
        private static List<String> languages(JsonNode languages) {
            if (!languages.isArray()) {
                throw new InvalidInputException("languages", "must be a list of BCP-47 language tags, e.g. [\"es\", \"pt-BR\"], "
                        + "or null to follow studio.youtube.languages (was " + languages + ")");
            }
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < languages.size(); i++) {
                JsonNode tag = languages.get(i);
                if (!tag.isTextual() || !LanguageTags.valid(tag.textValue())) {
                    throw new InvalidInputException("languages[" + i + "]", LanguageTags.RULE + " (was " + tag + ")");
                }
                if (tag.textValue().equalsIgnoreCase("en")) {
                    throw new InvalidInputException("languages[" + i + "]", "must not be en: it is every upload's default language");
                }
                if (tags.stream().anyMatch(tag.textValue()::equalsIgnoreCase)) {
                    throw new InvalidInputException("languages[" + i + "]", "must not repeat a language (was " + tag + ")");
                }
                tags.add(tag.textValue());
            }
            return tags;
        }
    }
}
