package com.channelstudio.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.OptionalIdentifiedDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.rest.RestDefinition;

/**
 * What a reload changes, found by comparing each definition in the files with the running one of the same id as
 * text: the routes to replace (a template instance whose template or parameters changed among them), the routes to
 * add, the templates to replace, and the running routes no file defines any more. REST definitions and route
 * configurations are compared too, but a change to them is refused: see {@link #refusals()}.
 */
final class ReloadPlan {

    /** A running route and what the files want in its place; {@code templated} says how to make it (null: as is). */
    record Replacement(RouteDefinition running, RouteDefinition wanted, TemplatedRouteDefinition templated) {

        String id() {
            return wanted.getRouteId();
        }
    }

    private final CamelContext camel;
    private final Model model;
    private final List<Replacement> replaced = new ArrayList<>();
    private final List<Replacement> added = new ArrayList<>();
    private final List<RouteTemplateDefinition> templates = new ArrayList<>();
    private final List<String> gone = new ArrayList<>();
    private final List<RouteProblem> refusals = new ArrayList<>();

    private ReloadPlan(CamelContext camel) {
        this.camel = camel;
        this.model = camel.getCamelContextExtension().getContextPlugin(Model.class);
    }

    static ReloadPlan of(CamelContext camel, RouteFileSet files, Map<String, RouteDefinition> instances) throws Exception {
        ReloadPlan plan = new ReloadPlan(camel);
        plan.compareRoutes(files, instances);
        plan.compareTemplates(files);
        List<RestDefinition> rests = files.rests().toList();
        for (RestDefinition rest : rests) {
            // as Camel does when it makes the verbs' routes, e.g. a parameter for each {name} of a path
            rest.asRouteDefinition(camel);
        }
        plan.refuseChanged("rest", plan.model.getRestDefinitions(), rests,
                "the REST API's endpoints (and its OpenAPI document) are made from the REST definitions once, at start; "
                + "restart the studio to apply it (the routes a verb calls reload as any other)");
        plan.refuseChanged("routeConfiguration", plan.model.getRouteConfigurationDefinitions(), files.configurations().toList(),
                "a route configuration is woven into every route that uses it when that route is made, so it would mean "
                + "replacing all of them at once, with their work in flight; restart the studio to apply it");
        return plan;
    }

    private void compareRoutes(RouteFileSet files, Map<String, RouteDefinition> instances) throws Exception {
        Map<String, RouteDefinition> running = new LinkedHashMap<>();
        model.getRouteDefinitions().stream().filter(route -> !Boolean.TRUE.equals(route.isRest()))
                .forEach(route -> running.put(route.getRouteId(), route));
        Map<String, TemplatedRouteDefinition> templated = files.templatedRoutes()
                .collect(Collectors.toMap(TemplatedRouteDefinition::getRouteId, Function.identity()));
        Map<String, RouteDefinition> wanted = new LinkedHashMap<>();
        files.routes().forEach(route -> wanted.put(route.getRouteId(), route));
        wanted.putAll(instances);
        for (RouteDefinition route : wanted.values()) {
            RouteDefinition now = running.get(route.getRouteId());
            Replacement replacement = new Replacement(now, route, templated.get(route.getRouteId()));
            if (now == null) {
                added.add(replacement);
                continue;
            }
            if (now.isCreatedFromTemplate() && route.isCreatedFromTemplate()) {
                // each instance gets a node prefix of its own; it says nothing about the route
                route.setNodePrefixId(now.getNodePrefixId());
            }
            if (!RouteText.of(camel, now).equals(RouteText.of(camel, route))) {
                replaced.add(replacement);
            }
        }
        running.keySet().stream().filter(id -> !wanted.containsKey(id)).forEach(gone::add);
    }

    private void compareTemplates(RouteFileSet files) throws Exception {
        for (RouteTemplateDefinition template : files.templates().values()) {
            RouteTemplateDefinition now = model.getRouteTemplateDefinition(template.getId());
            if (now == null || !RouteText.of(camel, now).equals(RouteText.of(camel, template))) {
                templates.add(template);
            }
        }
    }

    /**
     * Definitions compared as a whole, not by id (route configurations need none): one in the files that differs
     * from every running one is new or changed; a running one that differs from all in the files, and whose id no
     * file has, is gone.
     */
    private void refuseChanged(String kind, List<? extends OptionalIdentifiedDefinition<?>> running,
            List<? extends OptionalIdentifiedDefinition<?>> inFiles, String why) throws Exception {
        Map<String, OptionalIdentifiedDefinition<?>> runningTexts = texts(running);
        Map<String, OptionalIdentifiedDefinition<?>> fileTexts = texts(inFiles);
        fileTexts.forEach((text, definition) -> {
            if (!runningTexts.containsKey(text)) {
                refusals.add(RouteProblem.at(definition.getLocation(), definition.getLineNumber(),
                        kind + " " + name(definition) + " is new or changed: " + why));
            }
        });
        Set<String> idsInFiles = inFiles.stream().map(ReloadPlan::name).collect(Collectors.toSet());
        runningTexts.forEach((text, definition) -> {
            if (!fileTexts.containsKey(text) && !idsInFiles.contains(name(definition))) {
                refusals.add(RouteProblem.at(definition.getLocation(), definition.getLineNumber(),
                        kind + " " + name(definition) + " is gone from the files: " + why));
            }
        });
    }

    private Map<String, OptionalIdentifiedDefinition<?>> texts(List<? extends OptionalIdentifiedDefinition<?>> definitions)
            throws Exception {
        Map<String, OptionalIdentifiedDefinition<?>> texts = new LinkedHashMap<>();
        for (OptionalIdentifiedDefinition<?> definition : definitions) {
            texts.put(RouteText.of(camel, definition), definition);
        }
        return texts;
    }

    private static String name(OptionalIdentifiedDefinition<?> definition) {
        if (definition.getId() != null) {
            return definition.getId();
        }
        return definition instanceof RestDefinition rest ? rest.getPath() : "(without id)";
    }

    List<Replacement> replaced() {
        return replaced;
    }

    List<Replacement> added() {
        return added;
    }

    List<RouteTemplateDefinition> templates() {
        return templates;
    }

    /** Running routes no file defines any more: they keep running (see docs/routes.md), and are reported. */
    List<String> gone() {
        return gone;
    }

    /** Changes a reload will not make while the studio runs; any of them refuses the whole reload. */
    List<RouteProblem> refusals() {
        return refusals;
    }

    boolean changesNothing() {
        return replaced.isEmpty() && added.isEmpty() && templates.isEmpty();
    }
}
