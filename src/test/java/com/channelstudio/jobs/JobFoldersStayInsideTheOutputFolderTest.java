package com.channelstudio.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An output_directory written by any system cannot make the studio write outside
 * studio.output-dir, by '..', an absolute path or a symbolic link, nor into another job's folder.
 */
@StudioTest
class JobFoldersStayInsideTheOutputFolderTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path elsewhere;

    @Test
    void aFolderOutsideTheOutputFolderFailsTheJobNamingTheRuleWithNothingWritten() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID climbing = jobs.planned("Lo-Fi Study Beats", "calm", 60, Path.of("../../escaped-" + UUID.randomUUID()));
        UUID absolute = jobs.planned("Lo-Fi Study Beats", "calm", 60, elsewhere.resolve("absolute"));

        for (UUID job : new UUID[] {climbing, absolute}) {
            assertThat(jobs.awaitFinished(job, Duration.ofSeconds(30))).isEqualTo("failed");
            assertThat((String) jobs.row(job).get("error_message"))
                    .startsWith("Stage planned failed: output_directory: must be a folder inside studio.output-dir ("
                            + TestOutput.ROOT + ")");
        }
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(TestOutput.ROOT.resolve("../..").normalize()).isDirectoryNotContaining("glob:**/escaped-*");
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheOutputFolderFailsTheJobWithNothingWrittenThere() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        Path link = TestOutput.newFolder().resolve("link");
        Files.createSymbolicLink(link, elsewhere);
        UUID job = jobs.planned("Lo-Fi Study Beats", "calm", 60, link.resolve("job"));

        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(30))).isEqualTo("failed");
        assertThat((String) jobs.row(job).get("error_message"))
                .contains("output_directory: must stay inside studio.output-dir (" + TestOutput.ROOT
                        + ") once symbolic links are followed, but " + link + " leads to " + elsewhere.toRealPath())
                .contains("nothing was written");
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSecondJobInTheFolderOfAnotherFailsAndTheFirstIsUntouched() {
        Jobs jobs = new Jobs(jdbc);
        Path shared = TestOutput.newFolder();
        UUID first = jobs.planned("Lo-Fi Study Beats", "calm, warm", 60, shared);
        assertThat(jobs.awaitFinished(first, Duration.ofMinutes(2))).isEqualTo("completed");
        // The same folder, written another way.
        UUID second = jobs.planned("Lo-Fi Study Beats", "calm, warm", 60,
                Path.of(TestOutput.ROOT.relativize(shared) + "/./"));

        assertThat(jobs.awaitFinished(second, Duration.ofSeconds(30))).isEqualTo("failed");
        assertThat((String) jobs.row(second).get("error_message")).startsWith("Stage planned failed: output_directory: "
                + "must be a folder of its own, but job " + first + " already uses " + shared);
        assertThat(jobs.status(first)).isEqualTo("completed");
        assertThat(shared.resolve("video/video.mp4")).exists();
    }
}
