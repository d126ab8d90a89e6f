package com.channelstudio.lanes;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The classes of {@code @AlertingStudioTest}: the studio with both alert destinations set. */
@Suite(failIfNoTests = false)
@SelectPackages("com.channelstudio")
@IncludeTags("context-alerting")
class AlertingContextSuite {}
