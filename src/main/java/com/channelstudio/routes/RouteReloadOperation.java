package com.channelstudio.routes;

import org.apache.camel.CamelContext;
import org.apache.camel.StaticService;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.stereotype.Component;

/**
 * The reload as a JMX operation, for Hawtio and Jolokia: a Camel service, so it is named with the Camel context
 * (org.apache.camel:context=…,type=services,name=RouteReloadOperation) and jolokia-access.xml can allow it alone.
 */
@Component
@ManagedResource(description = "Reloads the studio's route files on this instance (docs/routes.md)")
public class RouteReloadOperation extends ServiceSupport implements StaticService, CamelContextConfiguration {

    private final RouteReload reload;

    RouteReloadOperation(RouteReload reload) {
        this.reload = reload;
    }

    @ManagedOperation(description = "Reads and checks every route file, then replaces the routes that changed; "
            + "answers what it did, or why it changed nothing")
    public String reload() {
        return reload.reload().text();
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        try {
            camel.addService(this);
        } catch (Exception refused) {
            throw new IllegalStateException("the route reload's JMX operation could not be registered", refused);
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing to do once started
    }
}
