package com.channelstudio.routes;

import com.channelstudio.jobs.Causes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.main.DefaultRoutesCollector;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.spring.boot.CamelConfigurationProperties;
import org.apache.camel.support.PluginHelper;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.springframework.stereotype.Component;

/**
 * The route files the studio runs: the ones {@code camel.main.routes-include-pattern} names (a classpath: pattern the
 * packaged files, a file: pattern the operator's folder), found as Camel found them at start, and read by Camel's
 * YAML DSL into definitions that the running context does not see until a reload hands them over.
 */
@Component
class RouteFiles {

    /** What a route file may hold to be reloaded: what the studio's files use, each replaceable on its own. */
    private static final List<String> RELOADABLE =
            List.of("route", "routeTemplate", "templatedRoute", "rest", "routeConfiguration");

    private final CamelContext camel;
    private final String includePattern;
    private final String excludePattern;

    RouteFiles(CamelContext camel, CamelConfigurationProperties properties) {
        this.camel = camel;
        this.includePattern = properties.getMain().getRoutesIncludePattern();
        this.excludePattern = properties.getMain().getRoutesExcludePattern();
    }

    /** Where the routes are read from, as configured. */
    String pattern() {
        return includePattern;
    }

    RouteFileSet read() {
        List<RouteFile> files = new ArrayList<>();
        List<RouteProblem> problems = new ArrayList<>();
        Collection<Resource> found = new DefaultRoutesCollector()
                .findRouteResourcesFromDirectory(camel, excludePattern, includePattern);
        if (found.isEmpty()) {
            problems.add(new RouteProblem(includePattern, null,
                    "no route file found here (camel.main.routes-include-pattern): a reload never takes every route away"));
        }
        for (Resource resource : found) {
            List<RouteProblem> outline = outline(resource);
            if (outline.isEmpty()) {
                parse(resource, files, problems);
            } else {
                problems.addAll(outline);
            }
        }
        return new RouteFileSet(files, problems);
    }

    /** The file is YAML, and a list of entries that a reload can replace one by one. */
    private List<RouteProblem> outline(Resource resource) {
        String file = resource.getLocation();
        if (!file.endsWith(".yaml") && !file.endsWith(".yml")) {
            return List.of(new RouteProblem(file, null, "only YAML route files are reloaded"));
        }
        Optional<Node> root;
        try (InputStream in = resource.getInputStream()) {
            root = new Compose(LoadSettings.builder().setLabel(file).build())
                    .composeString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (MarkedYamlEngineException invalid) {
            return List.of(invalid(file, invalid));
        } catch (IOException | RuntimeException unreadable) {
            return List.of(new RouteProblem(file, null, "cannot be read: " + unreadable.getMessage()));
        }
        if (root.isEmpty() || !(root.get() instanceof SequenceNode entries)) {
            return List.of(new RouteProblem(file, null, "a route file is a YAML list of " + String.join(", ", RELOADABLE)
                    + " entries"));
        }
        List<RouteProblem> problems = new ArrayList<>();
        for (Node entry : entries.getValue()) {
            String kind = entry instanceof MappingNode mapping && mapping.getValue().size() == 1
                    && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key ? key.getValue() : null;
            if (!RELOADABLE.contains(kind)) {
                problems.add(RouteProblem.at(file, line(entry.getStartMark()), (kind == null ? "this entry" : kind)
                        + " is not reloaded while the studio runs (only " + String.join(", ", RELOADABLE)
                        + " are); restart to apply it"));
            }
        }
        return problems;
    }

    private void parse(Resource resource, List<RouteFile> files, List<RouteProblem> problems) {
        try {
            List<RouteFile> parsed = new ArrayList<>();
            for (RoutesBuilder loaded : PluginHelper.getRoutesLoader(camel).findRoutesBuilders(List.of(resource))) {
                parsed.add(definitions(resource.getLocation(), (RouteBuilder) loaded));
            }
            files.addAll(parsed);
        } catch (Exception refused) {
            problems.add(problem(resource.getLocation(), refused));
        }
    }

    /**
     * The definitions, built as Camel builds them at start (route configurations first, then routes, templates and
     * rests) but kept in the builder: nothing reaches the context's model.
     */
    private RouteFile definitions(String location, RouteBuilder builder) throws Exception {
        List<RouteConfigurationDefinition> configurations = List.of();
        if (builder instanceof RouteConfigurationBuilder withConfigurations) {
            withConfigurations.setCamelContext(camel);
            withConfigurations.configuration();
            configurations = withConfigurations.getRouteConfigurationCollection().getRouteConfigurations();
        }
        builder.configureRoutes(camel);
        builder.configureRests(camel);
        return new RouteFile(location, builder.getRouteCollection().getRoutes(),
                builder.getRouteTemplateCollection().getRouteTemplates(),
                builder.getTemplatedRouteCollection().getTemplatedRoutes(), builder.getRestCollection().getRests(),
                configurations);
    }

    /** The YAML DSL marks where in the file it stopped; other failures say only what. */
    private static RouteProblem problem(String file, Exception refused) {
        MarkedYamlEngineException marked = Causes.find(refused, MarkedYamlEngineException.class);
        if (marked != null) {
            return RouteProblem.at(file, line(marked.getProblemMark()), marked.getProblem());
        }
        Throwable cause = refused;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return new RouteProblem(file, null, cause.getMessage());
    }

    /** Where the broken construct began (an unclosed quote, say) is where to look; where the parser gave up follows. */
    private static RouteProblem invalid(String file, MarkedYamlEngineException invalid) {
        int problemLine = line(invalid.getProblemMark());
        if (invalid.getContext() == null || invalid.getContextMark().isEmpty()) {
            return RouteProblem.at(file, problemLine, "not valid YAML: " + invalid.getProblem());
        }
        return RouteProblem.at(file, line(invalid.getContextMark()), "not valid YAML: " + invalid.getContext() + ", "
                + invalid.getProblem() + " (line " + problemLine + ")");
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(at -> at.getLine() + 1).orElse(-1);
    }
}
