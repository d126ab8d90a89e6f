package com.channelstudio.routes;

import java.util.List;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.rest.RestDefinition;

/** What one route file defines, parsed by Camel's YAML DSL but not given to the running context. */
record RouteFile(String location, List<RouteDefinition> routes, List<RouteTemplateDefinition> templates,
        List<TemplatedRouteDefinition> templatedRoutes, List<RestDefinition> rests,
        List<RouteConfigurationDefinition> configurations) {}
