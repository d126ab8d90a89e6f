package com.channelstudio.routes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.rest.RestDefinition;

/** The route files as read now: what each defines, and what kept a file from being read. */
record RouteFileSet(List<RouteFile> files, List<RouteProblem> problems) {

    Stream<RouteDefinition> routes() {
        return files.stream().flatMap(file -> file.routes().stream());
    }

    Stream<TemplatedRouteDefinition> templatedRoutes() {
        return files.stream().flatMap(file -> file.templatedRoutes().stream());
    }

    Stream<RestDefinition> rests() {
        return files.stream().flatMap(file -> file.rests().stream());
    }

    Stream<RouteConfigurationDefinition> configurations() {
        return files.stream().flatMap(file -> file.configurations().stream());
    }

    /** The route templates by id (the first of a duplicate; the checks name the duplicate). */
    Map<String, RouteTemplateDefinition> templates() {
        return files.stream().flatMap(file -> file.templates().stream())
                .collect(Collectors.toMap(RouteTemplateDefinition::getId, Function.identity(), (first, again) -> first));
    }
}
