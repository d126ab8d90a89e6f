package com.channelstudio.routes;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;

/**
 * A definition as text, to tell a changed definition from the same one: Camel's XML dump of the model (without
 * generated node ids or source lines, so moving a route within its file is no change), a template instance's
 * parameters filled in, so an instance differs when its template or its parameters do.
 */
final class RouteText {

    private RouteText() {}

    static String of(CamelContext camel, NamedNode definition) throws Exception {
        String dumped = PluginHelper.getModelToXMLDumper(camel).dumpModelAsXml(camel, definition, false, false, false);
        return definition instanceof RouteDefinition route ? Placeholders.fill(dumped, route.getTemplateParameters()) : dumped;
    }
}
