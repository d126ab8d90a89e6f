package com.channelstudio.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files under the proof's work folder, where the studios run and every folder they are given lies, less those
 * folders: a snapshot before and one after tell which files the run created elsewhere. Only the work folder is
 * looked at, because test JVMs running beside the proof write under the project's target folder meanwhile.
 */
final class WorkFolderFiles {

    private final Path work;
    private final List<Path> allowed;

    /** {@code allowed}: folders where files may appear (the output root, logs, database, FFmpeg caches). */
    WorkFolderFiles(Path work, List<Path> allowed) {
        this.work = work;
        this.allowed = allowed.stream().map(path -> path.toAbsolutePath().normalize()).toList();
    }

    Set<Path> snapshot() {
        Set<Path> found = new TreeSet<>();
        try {
            Files.walkFileTree(work.toAbsolutePath().normalize(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return folder.getFileName().toString().equals(".git") || allowed.contains(folder)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!file.getFileName().toString().equals(".git")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A file removed while the tree is walked (a scratch file) was not there to stay.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Files present now that were not in {@code before}. */
    Set<Path> createdSince(Set<Path> before) {
        Set<Path> created = snapshot();
        created.removeAll(before);
        return created;
    }
}
