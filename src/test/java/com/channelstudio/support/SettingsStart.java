package com.channelstudio.support;

import com.channelstudio.config.StudioProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Starts only the studio's settings, bound and checked as the studio's start does, with config/application.yml and
 * these arguments; a bad value stops it, and the start's report (in the captured output) says why.
 */
public final class SettingsStart {

    private SettingsStart() {}

    public static void start(String... arguments) {
        SpringApplication settingsOnly = new SpringApplication(SettingsOnly.class);
        settingsOnly.setWebApplicationType(WebApplicationType.NONE);
        settingsOnly.run(arguments).close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StudioProperties.class)
    static class SettingsOnly {}
}
