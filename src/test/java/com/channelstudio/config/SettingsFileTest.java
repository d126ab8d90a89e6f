package com.channelstudio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.support.SettingsStart;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
        assertThatThrownBy(() -> SettingsStart.start("--studio.llm.on-failure=fial")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.llm.on-failure", "\"fial\"", "FALL_BACK", "FAIL");
    }

    @Test
    void aMisspeltProviderStopsTheStartInsteadOfFailingEveryJobLater(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.music.provider=mubrt")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.music.provider", "\"mubrt\"", "DUMMY", "MUBERT", "BEATOVEN");
    }

    @Test
    void aMisspeltKeyStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.musik.provider=mubert")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.musik.provider", "left unbound");
    }

    @Test
    void aNumberOutOfRangeStopsTheStartNamingTheRule(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.render.workers=0")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.render.workers", "\"0\"", "must be greater than 0");
    }

    @Test
    void aBadCronStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.render.cron=every night")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("studio.render.cron", "\"every night\"", "must be a Quartz cron expression, seconds first");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "studio.distinct.image-distance | 300      | must be less than or equal to 256",
            "studio.youtube.quota.units-per-day | 0    | must be greater than 0",
            "studio.youtube.upload-chunk-bytes | 1000  | must be a positive multiple of 262144",
            "studio.api.max-body            | 512B     | must be at least 1KB",
            "studio.render.crf              | 60       | must be less than or equal to 51",
            "studio.youtube.redirect-uri    | https://studio.example.com/callback | ending in /oauth/youtube/callback"})
    void everyRecordIsCheckedAndTheRefusalNamesKeyValueAndRule(String key, String value, String rule, CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--" + key + "=" + value)).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains(key, "\"" + value + "\"", rule);
    }

    @Test
    void anOperatorsPasswordShorterThanTwelveCharactersStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.security.password=short-pw")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.security.password must be at least 12 characters (was 8)");
    }

    @Test
    void aRuleBetweenTwoKeysIsCheckedToo(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.lease.seconds=60", "--studio.lease.renew-ms=40000"))
                .isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.lease.renew-ms must be at most half of "
                + "studio.lease.seconds, so a claim is renewed before it runs out (was 40000 ms for a lease of 60 s)");
    }

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
