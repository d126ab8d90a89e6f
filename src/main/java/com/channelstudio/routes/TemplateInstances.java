package com.channelstudio.routes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.TemplatedRouteParameterDefinition;
import org.apache.camel.util.StringHelper;

/**
 * The routes the files' {@code templatedRoute} entries make from the files' templates, built the way Camel's model
 * builds them (the template's route copied, given the instance's id and parameters over the template's defaults,
 * prepared with the route configurations) so they can be checked and compared before anything changes. Applying a
 * reload leaves the making to Camel itself ({@code addRouteFromTemplatedRoute}).
 */
final class TemplateInstances {

    private TemplateInstances() {}

    /** Each instance by route id; what keeps one from being made goes to {@code problems}. */
    static Map<String, RouteDefinition> of(RouteFileSet files, CamelContext camel, List<RouteProblem> problems) {
        Map<String, RouteTemplateDefinition> templates = files.templates();
        Map<String, RouteDefinition> instances = new LinkedHashMap<>();
        for (TemplatedRouteDefinition wanted : files.templatedRoutes().toList()) {
            RouteTemplateDefinition template = templates.get(wanted.getRouteTemplateRef());
            if (wanted.getRouteId() == null) {
                problems.add(at(wanted, "templatedRoute of " + wanted.getRouteTemplateRef() + " has no routeId"));
            } else if (template == null) {
                problems.add(at(wanted, "route " + wanted.getRouteId() + " is made from route template "
                        + wanted.getRouteTemplateRef() + ", which no route file defines"));
            } else {
                Map<String, Object> parameters = parameters(template, wanted, problems);
                RouteDefinition instance = template.asRouteDefinition();
                instance.setId(wanted.getRouteId());
                instance.setLocation(location(wanted));
                instance.setTemplateParameters(parameters);
                RoutesDefinition preparing = new RoutesDefinition();
                preparing.setCamelContext(camel);
                preparing.prepareRoute(instance);
                if (instances.putIfAbsent(wanted.getRouteId(), instance) != null) {
                    problems.add(at(wanted, "route id " + wanted.getRouteId() + " is made by two templatedRoute entries"));
                }
            }
        }
        return instances;
    }

    /** The template's defaults, then the instance's values; under both spellings, as Camel accepts either. */
    private static Map<String, Object> parameters(RouteTemplateDefinition template, TemplatedRouteDefinition wanted,
            List<RouteProblem> problems) {
        Map<String, Object> given = new HashMap<>();
        if (wanted.getParameters() != null) {
            for (TemplatedRouteParameterDefinition parameter : wanted.getParameters()) {
                given.put(parameter.getName(), parameter.getValue());
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        List<RouteTemplateParameterDefinition> declaredParameters = template.getTemplateParameters() == null ? List.of()
                : template.getTemplateParameters();
        for (RouteTemplateParameterDefinition declared : declaredParameters) {
            if (declared.getDefaultValue() != null) {
                spellings(parameters, declared.getName(), declared.getDefaultValue());
            } else if (declared.isRequired() && !given.containsKey(declared.getName())) {
                problems.add(at(wanted, "route " + wanted.getRouteId() + " lacks parameter " + declared.getName()
                        + " of route template " + template.getId()));
            }
        }
        given.forEach((name, value) -> spellings(parameters, name, value));
        return parameters;
    }

    private static void spellings(Map<String, Object> parameters, String name, Object value) {
        parameters.put(name, value);
        parameters.put(StringHelper.dashToCamelCase(name), value);
        parameters.put(StringHelper.camelCaseToDash(name), value);
    }

    /** Camel keeps no line for a templatedRoute entry; its route id says which one. */
    private static RouteProblem at(TemplatedRouteDefinition wanted, String problem) {
        return new RouteProblem(location(wanted), null, problem);
    }

    private static String location(TemplatedRouteDefinition wanted) {
        return wanted.getResource() == null ? null : wanted.getResource().getLocation();
    }
}
