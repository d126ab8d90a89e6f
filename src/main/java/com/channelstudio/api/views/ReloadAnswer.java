package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code POST /api/routes/reload}: what a reload of the route files did on this instance (docs/routes.md). */
public record ReloadAnswer(
        @Schema(description = "the summary, when the reload was refused or did not apply") String error,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"applied", "unchanged", "refused", "busy", "rolled_back"})
        String result,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime at,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String instance,
        @JsonProperty("routes_from") String routesFrom,
        List<String> replaced,
        List<String> added,
        @JsonProperty("templates_replaced") List<String> templatesReplaced,
        @JsonProperty("not_in_files") List<String> notInFiles,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Problem> problems) {

    /** A problem that stopped the reload, where it is written. */
    public record Problem(String file, Integer line, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String problem) {}
}
