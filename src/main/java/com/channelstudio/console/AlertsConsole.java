package com.channelstudio.console;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The console's Alerts page: open alerts first, then the last resolved; an alert silenced from it (the API's own). */
@Controller
class AlertsConsole {

    private final StudioCalls studio;
    private final ConsoleAlerts alerts;

    AlertsConsole(StudioCalls studio, ConsoleAlerts alerts) {
        this.studio = studio;
        this.alerts = alerts;
    }

    @GetMapping("/console/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.all());
        return "console/alerts";
    }

    /** Silences as {@code POST /api/alerts/{id}/silence} does; the hours as the form gives them. */
    @PostMapping("/console/alerts/{id}/silence")
    String silence(@PathVariable String id, @RequestParam String hours) throws IOException {
        StudioCalls.Answer answer = studio.api("api-silence-alert", id, Map.of("hours", hours.matches("\\d{1,4}")
                ? Integer.parseInt(hours) : hours));
        if (!answer.ok()) {
            throw new ResponseStatusException(HttpStatus.valueOf(answer.status()), (String) answer.map().get("error"));
        }
        return "redirect:/console/alerts";
    }
}
