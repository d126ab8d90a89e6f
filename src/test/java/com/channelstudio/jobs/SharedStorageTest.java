package com.channelstudio.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/** An instance that does not see the storage the others use refuses to start, saying why. */
@StudioTest
class SharedStorageTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SharedStorage storage;

    @Autowired
    StudioInstance instance;

    @TempDir
    Path otherDisk;

    @Test
    void theRunningStudioRecordedTheMarkerItsOutputFolderHolds() throws Exception {
        assertThat(jdbc.queryForObject("SELECT marker FROM studio_storage", String.class)).isEqualTo(storage.marker());
        assertThat(Files.readString(TestOutput.ROOT.resolve(".channel-studio-storage")).strip()).isEqualTo(storage.marker());
    }

    @Test
    void anInstanceWithAnotherOutputFolderFailsToStartNamingTheFolderAndTheFix() throws Exception {
        JobFolders elsewhere = new JobFolders(properties(otherDisk));

        assertThatThrownBy(() -> new SharedStorage(jdbc, elsewhere, instance))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("studio.output-dir (" + otherDisk.toRealPath() + ") is not the storage the other "
                        + "instances on this database use: it should hold the file .channel-studio-storage containing "
                        + storage.marker() + ", but there is no such file")
                .hasMessageContaining("Mount the shared volume");
        assertThat(otherDisk.resolve(".channel-studio-storage")).doesNotExist();
    }

    private static StudioProperties properties(Path outputDir) {
        return new Binder(new MapConfigurationPropertySource(Map.of("studio.output-dir", outputDir.toString())))
                .bindOrCreate("studio", StudioProperties.class);
    }
}
