package com.channelstudio.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.routes.ReloadOutcome.Result;
import org.junit.jupiter.api.Test;

class RouteReloadTest extends StudioReadingARoutesFolder {

    @Test
    void filesAsTheyStartedChangeNothing() {
        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.UNCHANGED);
    }
}
