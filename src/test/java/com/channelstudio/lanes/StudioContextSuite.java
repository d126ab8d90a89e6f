package com.channelstudio.lanes;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The classes of {@code @StudioTest}: the studio on its embedded PostgreSQL with media shortened. */
@Suite(failIfNoTests = false)
@SelectPackages("com.channelstudio")
@IncludeTags("context-studio")
class StudioContextSuite {}
