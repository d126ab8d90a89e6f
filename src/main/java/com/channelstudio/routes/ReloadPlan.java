package com.channelstudio.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.OptionalIdentifiedDefinition;
import org.apache.camel.model.RouteConfigurationDefinition;
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

    private final List<Replacement> replaced = new ArrayList<>();
    private final List<Replacement> added = new ArrayList<>();
    private final List<RouteTemplateDefinition> templates = new ArrayList<>();
    private final List<String> gone = new ArrayList<>();
    private final List<RouteProblem> refusals = new ArrayList<>();

    private ReloadPlan() {}

    static ReloadPlan of(CamelContext camel, RouteFileSet files, Map<String, RouteDefinition> instances) throws Exception {
        Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
        ReloadPlan plan = new ReloadPlan();
        Map<String, RouteDefinition> running = model.getRouteDefinitions().stream().filter(route -> !Boolean.TRUE.equals(route.isRest()))
                .collect(Collectors.toMap(RouteDefinition::getRouteId, route -> route, (a, b) -> a, LinkedHashMap::new));
        Map<String, TemplatedRouteDefinition> templated = files.templatedRoutes()
                .collect(Collectors.toMap(TemplatedRouteDefinition::getRouteId, wanted -> wanted));
        Map<String, RouteDefinition> wanted = new LinkedHashMap<>();
        files.routes().forEach(route -> wanted.put(route.getRouteId(), route));
        wanted.putAll(instances);
        for (RouteDefinition route : wanted.values()) {
            RouteDefinition now = running.get(route.getRouteId());
            Replacement replacement = new Replacement(now, route, templated.get(route.getRouteId()));
            if (now == null) {
                plan.added.add(replacement);
            } else {
                if (now.isCreatedFromTemplate() && route.isCreatedFromTemplate()) {
                    // each instance gets a node prefix of its own; it says nothing about the route
                    route.setNodePrefixId(now.getNodePrefixId());
                }
                if (!RouteText.of(camel, now).equals(RouteText.of(camel, route))) {
                    plan.replaced.add(replacement);
                }
            }
        }
        running.keySet().stream().filter(id -> !wanted.containsKey(id)).forEach(plan.gone::add);
        for (RouteTemplateDefinition template : files.templates().values()) {
            RouteTemplateDefinition now = model.getRouteTemplateDefinition(template.getId());
            if (now == null || !RouteText.of(camel, now).equals(RouteText.of(camel, template))) {
                plan.templates.add(template);
            }
        }
        List<RestDefinition> rests = files.rests().toList();
        for (RestDefinition rest : rests) {
            // as Camel does when it makes the verbs' routes, e.g. a parameter for each {name} of a path
            rest.asRouteDefinition(camel);
        }
        plan.refuseChanged(camel, "rest", model.getRestDefinitions(), rests,
                "the REST API's endpoints (and its OpenAPI document) are made from the REST definitions once, at start; "
                + "restart the studio to apply it (the routes a verb calls reload as any other)");
        plan.refuseChanged(camel, "routeConfiguration", model.getRouteConfigurationDefinitions(), files.configurations().toList(),
                "a route configuration is woven into every route that uses it as that route starts, so it would mean "
                + "replacing all of them at once, with their work in flight; restart the studio to apply it");
        return plan;
    }

    /**
     * Definitions compared as a whole, not by id (route configurations need none): one in the files that differs
     * from every running one is new or changed; a running one that differs from all in the files, and whose id no
     * file has, is gone.
     */
    private void refuseChanged(CamelContext camel, String kind, List<? extends OptionalIdentifiedDefinition<?>> running,
            List<? extends OptionalIdentifiedDefinition<?>> inFiles, String why) throws Exception {
        Set<String> runningTexts = texts(camel, running).keySet();
        Map<String, OptionalIdentifiedDefinition<?>> fileTexts = texts(camel, inFiles);
        fileTexts.forEach((text, definition) -> {
            if (!runningTexts.contains(text)) {
                refusals.add(RouteProblem.at(definition.getLocation(), definition.getLineNumber(),
                        kind + " " + name(definition) + " is new or changed: " + why));
            }
        });
        Set<String> idsInFiles = inFiles.stream().map(ReloadPlan::name).collect(Collectors.toSet());
        texts(camel, running).forEach((text, definition) -> {
            if (!fileTexts.containsKey(text) && !idsInFiles.contains(name(definition))) {
                refusals.add(RouteProblem.at(definition.getLocation(), definition.getLineNumber(),
                        kind + " " + name(definition) + " is gone from the files: " + why));
            }
        });
    }

    private static Map<String, OptionalIdentifiedDefinition<?>> texts(CamelContext camel,
            List<? extends OptionalIdentifiedDefinition<?>> definitions) throws Exception {
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
