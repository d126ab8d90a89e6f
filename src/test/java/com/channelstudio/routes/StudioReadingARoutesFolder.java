package com.channelstudio.routes;

import com.channelstudio.support.StudioTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The studio as an operator runs it with edited routes: camel.main.routes-include-pattern names a folder (a copy of
 * routes/ made before the context starts), with Camel's JMX on for Hawtio and Jolokia. The test classes extending
 * this share one context; after each test the folder is a copy of routes/ again and the routes run as it says.
 */
@StudioTest
@DisableJmx(false)
@TestPropertySource(properties = {"camel.main.name=channel-studio-reload", "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/reload",
        "studio.routes.reload-wait-seconds=5"})
abstract class StudioReadingARoutesFolder {

    static final Path FOLDER = Path.of("target/reload-routes");
    private static final Path PACKAGED = Path.of("routes");

    @Autowired
    CamelContext camel;

    @Autowired
    RouteReload reload;

    @DynamicPropertySource
    static void routesFromTheFolder(DynamicPropertyRegistry properties) {
        copyTheRoutes();
        properties.add("camel.main.routes-include-pattern", () -> "file:" + FOLDER + "/*.yaml");
    }

    @AfterEach
    void theFolderAndTheRoutesAsTheyWere() throws Exception {
        copyTheRoutes();
        Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
        List<String> packaged = fileNames(PACKAGED).toList();
        for (RouteDefinition route : List.copyOf(model.getRouteDefinitions())) {
            String file = route.getInput().getLocation();
            if (file != null && packaged.stream().noneMatch(file::endsWith)) {
                model.removeRouteDefinition(route);
            }
        }
        reload.reload();
    }

    /** Replaces {@code old} (it must be there once) by {@code now} in a file of the folder. */
    static void edit(String file, String old, String now) throws IOException {
        Path path = FOLDER.resolve(file);
        String text = Files.readString(path);
        if (text.indexOf(old) < 0 || text.indexOf(old) != text.lastIndexOf(old)) {
            throw new IllegalArgumentException(file + " does not contain exactly once: " + old);
        }
        Files.writeString(path, text.replace(old, now));
    }

    /** The number (from 1) of the file's line that reads {@code text}, leading spaces aside, as it is now. */
    static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line " + text);
    }

    static void write(String file, String text) throws IOException {
        Files.writeString(FOLDER.resolve(file), text);
    }

    private static void copyTheRoutes() {
        try {
            Files.createDirectories(FOLDER);
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (String file : fileNames(PACKAGED).toList()) {
                Files.copy(PACKAGED.resolve(file), FOLDER.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> fileNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
