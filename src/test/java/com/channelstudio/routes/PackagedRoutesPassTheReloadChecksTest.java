package com.channelstudio.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.routes.ReloadOutcome.Result;
import com.channelstudio.support.StudioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the default camel.main.routes-include-pattern (classpath:routes/*.yaml) a reload reads the packaged route
 * files: every one passes the checks, and as nothing changed, nothing is replaced.
 */
@StudioTest
class PackagedRoutesPassTheReloadChecksTest {

    @Autowired
    RouteReload reload;

    @Test
    void thePackagedRoutesPassTheChecksAndAreWhatRuns() {
        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.source()).isEqualTo("classpath:routes/*.yaml");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.UNCHANGED);
    }
}
