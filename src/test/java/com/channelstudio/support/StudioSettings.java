package com.channelstudio.support;

import com.channelstudio.config.StudioProperties;
import jakarta.validation.Validation;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** The studio's typed settings bound from a few keys, every other at its default, and checked as the application does. */
public final class StudioSettings {

    /** The operator's password in the tests' settings (application-test.yml). */
    public static final String OPERATOR_PASSWORD = "test-operator-secret";

    private static final SpringValidatorAdapter CHECKS =
            new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());

    private StudioSettings() {}

    public static StudioProperties of(Map<String, String> keys) {
        return new Binder(new MapConfigurationPropertySource(keys)).bindOrCreate("studio",
                Bindable.of(StudioProperties.class), new ValidationBindHandler(CHECKS));
    }
}
