package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** README: the first start prints a generated password; later starts keep it and never print it again. */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedPasswordTest {

    private static final Pattern LOGGED = Pattern.compile("generated password for user 'operator' is ([0-9a-f]{24})");

    @TempDir
    Path data;

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void theFirstStartLogsItOnceAndLaterStartsKeepItWithoutLoggingIt(CapturedOutput output) throws Exception {
        Path file = data.resolve("data/operator-password");

        String firstHash = GeneratedPassword.hash(file, "operator", encoder);
        Matcher logged = LOGGED.matcher(output.getOut());
        assertThat(logged.find()).as(output.getOut()).isTrue();
        String password = logged.group(1);
        assertThat(encoder.matches(password, firstHash)).isTrue();
        assertThat(Files.readString(file)).doesNotContain(password);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);

        int before = output.getOut().length();
        String laterHash = GeneratedPassword.hash(file, "operator", encoder);
        String laterLog = output.getOut().substring(before);
        assertThat(encoder.matches(password, laterHash)).isTrue();
        assertThat(laterLog).doesNotContain(password).contains(file.toAbsolutePath().toString(), "delete that file");

        Files.delete(file);
        String resetHash = GeneratedPassword.hash(file, "operator", encoder);
        assertThat(encoder.matches(password, resetHash)).isFalse();
        assertThat(LOGGED.matcher(output.getOut().substring(before)).find()).isTrue();
    }
}
