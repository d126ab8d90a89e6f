package com.channelstudio.config;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The start's report of settings that broke a rule, naming each key as config/application.yml writes it
 * ({@code studio.distinct.image-distance}); Spring Boot's own report names the Java field ({@code imageDistance}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedSettingsAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException refusal) {
        StringBuilder description = new StringBuilder("The studio's settings break these rules:\n");
        for (ObjectError error : refusal.getValidationErrors()) {
            if (error instanceof FieldError field) {
                description.append("\n    Property: ").append(key(field))
                        .append("\n    Value: \"").append(field.getRejectedValue()).append('"');
                Origin origin = Origin.from(field);
                if (origin != null) {
                    description.append("\n    Origin: ").append(origin);
                }
                description.append("\n    Reason: ").append(field.getDefaultMessage()).append('\n');
            } else {
                description.append("\n    ").append(error.getDefaultMessage()).append('\n');
            }
        }
        return new FailureAnalysis(description.toString(), "Change the setting: config/application.yml describes every "
                + "key and its rule; an environment variable in relaxed form (STUDIO_DISTINCT_IMAGE_DISTANCE) overrides it.",
                refusal);
    }

    /** The key as written in the settings file: every part of the path in kebab case. */
    static String key(FieldError field) {
        return Arrays.stream((field.getObjectName() + "." + field.getField()).split("\\."))
                .map(DataObjectPropertyName::toDashedForm).collect(Collectors.joining("."));
    }
}
