package com.channelstudio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.FileSystemResource;

/**
 * config/application.yml is the operators' reference: it holds every studio.* key the studio reads, each with the
 * default the code has; and a misspelt key or a bad value stops the start with a message naming it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsFileTest {

    @Test
    void theFileHoldsEveryKeyTheStudioReadsAndNoOther() throws IOException {
        Set<String> inTheFile = new TreeSet<>();
        for (var source : settingsFile()) {
            Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames())
                    .filter(name -> name.startsWith("studio.")).forEach(inTheFile::add);
        }
        assertThat(inTheFile).isEqualTo(keysOf(StudioProperties.class, "studio"));
    }

    @Test
    void everyKeyInTheFileHasTheDefaultTheCodeHas() throws IOException {
        MutablePropertySources file = settingsFile();
        PropertySourcesPropertyResolver placeholders = new PropertySourcesPropertyResolver(file);
        StudioProperties fromTheFile = new Binder(ConfigurationPropertySources.from(file),
                value -> value instanceof String text ? placeholders.resolvePlaceholders(text) : value)
                .bindOrCreate("studio", StudioProperties.class);

        StudioProperties defaults = new Binder(new MapConfigurationPropertySource()).bindOrCreate("studio", StudioProperties.class);

        assertThat(fromTheFile).usingRecursiveComparison().isEqualTo(defaults);
    }

    @Test
    void aValueNotAmongTheChoicesStopsTheStartNamingKeyValueAndChoices(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.llm.on-failure=fial")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.llm.on-failure", "\"fial\"", "FALL_BACK", "FAIL");
    }

    @Test
    void aMisspeltProviderStopsTheStartInsteadOfFailingEveryJobLater(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.music.provider=mubrt")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.music.provider", "\"mubrt\"", "DUMMY", "MUBERT", "BEATOVEN");
    }

    @Test
    void aMisspeltKeyStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.musik.provider=mubert")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.musik.provider", "left unbound");
    }

    @Test
    void aNumberOutOfRangeStopsTheStartNamingTheRule(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.render.workers=0")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.render.workers", "\"0\"", "must be greater than 0");
    }

    @Test
    void aBadCronStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--studio.render.cron=every night")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("studio.render.cron must be a Quartz cron expression, seconds first (was every night)");
    }

    /** Starts only the settings, as the studio's start binds them, with config/application.yml and these arguments. */
    private static void start(String... arguments) {
        SpringApplication settingsOnly = new SpringApplication(SettingsOnly.class);
        settingsOnly.setWebApplicationType(WebApplicationType.NONE);
        settingsOnly.run(arguments).close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StudioProperties.class)
    static class SettingsOnly {}

    private static MutablePropertySources settingsFile() throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        new YamlPropertySourceLoader().load("config/application.yml", new FileSystemResource("config/application.yml"))
                .forEach(sources::addLast);
        return sources;
    }

    /** The keys a record binds: its components in kebab case, nested records by their own keys. */
    private static Set<String> keysOf(Class<?> record, String prefix) {
        return Arrays.stream(record.getRecordComponents()).flatMap(component -> {
            String key = prefix + "." + kebab(component);
            return component.getType().isRecord() ? keysOf(component.getType(), key).stream() : java.util.stream.Stream.of(key);
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String kebab(RecordComponent component) {
        return component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
