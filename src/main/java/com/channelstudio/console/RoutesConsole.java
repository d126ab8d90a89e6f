package com.channelstudio.console;

import com.channelstudio.jobs.StudioInstance;
import com.channelstudio.routes.ReloadOutcome;
import com.channelstudio.routes.RouteReload;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's Routes page: where this instance reads its route files, the outcome of its last reload, and the
 * button that reloads them (as POST /api/routes/reload does).
 */
@Controller
class RoutesConsole {

    private final RouteReload reload;
    private final String instance;

    RoutesConsole(RouteReload reload, StudioInstance instance) {
        this.reload = reload;
        this.instance = instance.id();
    }

    @GetMapping("/console/routes")
    ModelAndView routes() {
        return page(reload.last(), HttpStatus.OK);
    }

    @PostMapping("/console/routes/reload")
    ModelAndView reload() {
        ReloadOutcome outcome = reload.reload();
        return page(outcome, HttpStatus.valueOf(outcome.result().httpStatus()));
    }

    private ModelAndView page(ReloadOutcome outcome, HttpStatus status) {
        ModelAndView page = new ModelAndView("console/routes", status);
        page.addObject("source", reload.source());
        page.addObject("instance", instance);
        page.addObject("outcome", outcome);
        return page;
    }
}
