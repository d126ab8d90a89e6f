package com.channelstudio.jobs;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Instances polling one database must see one storage: a job started on one host is finished on another, which
 * reads the files the first one made. The first instance leaves a marker file in its output folder and records
 * its content in {@code studio_storage}; every start checks that this instance's output folder holds that file.
 */
@Component
public class SharedStorage {

    static final String MARKER_FILE = ".channel-studio-storage";
    private static final Logger log = LoggerFactory.getLogger(SharedStorage.class);

    private final String marker;

    public SharedStorage(JdbcTemplate jdbc, JobFolders folders, StudioInstance instance) throws IOException {
        Path file = folders.outputRoot().resolve(MARKER_FILE);
        String recorded = recorded(jdbc);
        if (recorded == null) {
            jdbc.update("INSERT INTO studio_storage (marker, created_by) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    markerFile(file), instance.id());
            recorded = recorded(jdbc);
        }
        String seen = Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        if (!recorded.equals(seen)) {
            throw new IllegalStateException("studio.output-dir (" + folders.outputRoot() + ") is not the storage the "
                    + "other instances on this database use: it should hold the file " + MARKER_FILE + " containing "
                    + recorded + ", but " + (seen == null ? "there is no such file" : "it contains " + seen)
                    + ". Mount the shared volume (NFS, EFS, ...) at studio.output-dir on every instance. If this "
                    + "instance alone uses the database and its output folder was emptied on purpose, run "
                    + "DELETE FROM studio_storage; and start again.");
        }
        this.marker = recorded;
        log.info("Output folder {} is the shared storage {} of this database", folders.outputRoot(), marker);
    }

    public String marker() {
        return marker;
    }

    private static String recorded(JdbcTemplate jdbc) {
        List<String> markers = jdbc.queryForList("SELECT marker FROM studio_storage ORDER BY created_at LIMIT 1", String.class);
        return markers.isEmpty() ? null : markers.get(0);
    }

    /** The marker in the folder, written now if there is none; two instances starting at once agree on one. */
    private static String markerFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            Path written = Files.writeString(JobFolders.partial(file), UUID.randomUUID().toString());
            try {
                Files.createLink(file, written);
            } catch (FileAlreadyExistsException another) {
                // another instance wrote it first: its marker is the one
            } finally {
                Files.delete(written);
            }
        }
        return Files.readString(file).strip();
    }
}
